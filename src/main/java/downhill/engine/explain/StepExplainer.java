package downhill.engine.explain;

import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.optimizer.OptimizerState;
import downhill.engine.run.Contender;
import downhill.engine.run.Descent;
import downhill.engine.run.StopRule;
import downhill.engine.run.Trajectory;
import java.util.Map;
import java.util.Optional;

/**
 * Explains step k of a descent by replaying it: the optimizer runs from the start for k steps exactly as the race
 * ran it, its state is read, it takes step k + 1, its state is read again, and the family's explainer fills in
 * the equations. Replaying is cheap (thousands of steps take well under a millisecond) and keeps the explanation
 * true to the engine by construction.
 */
public final class StepExplainer {

    private static final FamilyExplainer SGD = new SgdExplainer();
    private static final FamilyExplainer ADAM = new AdamExplainer(false, false);

    private static final Map<String, FamilyExplainer> FAMILIES = Map.ofEntries(
            Map.entry("sgd", SGD),
            Map.entry("momentum", SGD),
            Map.entry("nesterov", SGD),
            Map.entry("adagrad", new AdagradExplainer()),
            Map.entry("rmsprop", new RmsPropExplainer()),
            Map.entry("adadelta", new AdadeltaExplainer()),
            Map.entry("adam", ADAM),
            Map.entry("amsgrad", new AdamExplainer(true, false)),
            Map.entry("adamw", new AdamExplainer(false, true)),
            Map.entry("nadam", new NAdamExplainer()),
            Map.entry("radam", new RAdamExplainer()),
            Map.entry("adamax", new AdamaxExplainer()),
            Map.entry("lion", new LionExplainer()));

    private StepExplainer() {}

    /** Whether optimizers named {@code name} can be explained (every registered one can). */
    public static boolean explains(String name) {
        return FAMILIES.containsKey(name);
    }

    /**
     * The next step of parameter {@code index} of a whole vector (a network's weights) that {@code contender}'s
     * optimizer takes from {@code state} with {@code gradient} at rate {@code learningRate}: the optimizer steps that
     * coordinate alone from its part of the state ({@link OptimizerState#coordinate}), which is the same step, bit
     * for bit, as the coordinate's in the whole vector. The explanation's step k is the steps already taken.
     */
    public static StepExplanation explainCoordinate(
            Contender contender,
            OptimizerState state,
            double learningRate,
            double[] parameters,
            double[] gradient,
            int index) {
        if (parameters.length != gradient.length) {
            throw new IllegalArgumentException(
                    parameters.length + " parameters but " + gradient.length + " gradient entries");
        }
        FamilyExplainer family = family(contender);
        Optimizer optimizer = contender.newOptimizer();
        optimizer.restore(state.coordinate(index, parameters.length));
        Map<String, double[]> before = optimizer.state();
        double[] theta = {parameters[index]};
        double[] after = theta.clone();
        double[] g = {gradient[index]};
        optimizer.step(after, g, learningRate);
        StepInputs in = new StepInputs(
                optimizer.hyperparameters(),
                state.steps() + 1,
                learningRate,
                theta,
                g,
                before,
                optimizer.state(),
                new double[] {after[0] - theta[0]});
        ExplanationBuilder out = new ExplanationBuilder(in);
        family.explain(in, out);
        return out.build(contender.type().name(), (int) Math.min(Integer.MAX_VALUE, state.steps()));
    }

    private static FamilyExplainer family(Contender contender) {
        FamilyExplainer family = FAMILIES.get(contender.type().name());
        if (family == null) {
            throw new IllegalArgumentException(
                    "no explanation for optimizer '" + contender.type().name() + "'");
        }
        return family;
    }

    /**
     * The step from θₖ to θₖ₊₁ of {@code contender} descending {@code objective} from {@code start}, or empty when
     * the descent stopped (converged, diverged, left the domain) before taking it.
     */
    public static Optional<StepExplanation> explain(Objective objective, Point start, Contender contender, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("the step must be ≥ 0, got " + k);
        }
        FamilyExplainer family = family(contender);
        Optimizer optimizer = contender.newOptimizer();
        Descent descent = new Descent(objective, start, optimizer, contender.schedule(), StopRule.DEFAULT, k + 1);
        descent.advance(k);
        if (descent.step() < k || descent.stopped()) {
            return Optional.empty();
        }
        Map<String, double[]> before = optimizer.state();
        descent.advance();
        Trajectory path = descent.trajectory();
        if (path.size() < k + 2) {
            return Optional.empty();
        }
        double[] theta = {path.x(k), path.y(k)};
        double[] delta = {path.x(k + 1) - path.x(k), path.y(k + 1) - path.y(k)};
        StepInputs in = new StepInputs(
                optimizer.hyperparameters(),
                k + 1L,
                path.learningRate(k),
                theta,
                new double[] {path.gradX(k), path.gradY(k)},
                before,
                optimizer.state(),
                delta);
        ExplanationBuilder out = new ExplanationBuilder(in);
        family.explain(in, out);
        return Optional.of(out.build(contender.type().name(), k));
    }
}
