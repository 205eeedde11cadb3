package downhill.engine.optimizer;

import java.util.LinkedHashMap;
import java.util.Map;

/** What every optimizer shares: its name and hyperparameters, the step counter, and lazily sized state. */
abstract class BaseOptimizer implements Optimizer {

    private final String name;
    private final Hyperparameters hyperparameters;
    private long steps;
    private int dimension = -1;
    /** The gradient with coupled weight decay added; kept so a step allocates nothing. */
    private double[] decayed = new double[0];

    BaseOptimizer(String name, Hyperparameters hyperparameters) {
        this.name = name;
        this.hyperparameters = hyperparameters;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Hyperparameters hyperparameters() {
        return hyperparameters;
    }

    @Override
    public final long stepCount() {
        return steps;
    }

    @Override
    public final void step(double[] parameters, double[] gradient, double learningRate) {
        if (parameters.length != gradient.length) {
            throw new IllegalArgumentException(
                    name + ": " + parameters.length + " parameters but " + gradient.length + " gradient entries");
        }
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("lr must be a finite number ≥ 0, got " + learningRate);
        }
        if (dimension != parameters.length) {
            if (dimension >= 0) {
                throw new IllegalArgumentException(name + " was stepping " + dimension + " parameters and now got "
                        + parameters.length + "; reset it first");
            }
            dimension = parameters.length;
            decayed = new double[dimension];
            allocate(dimension);
        }
        steps++;
        update(parameters, gradient, learningRate, steps);
    }

    @Override
    public final Map<String, double[]> state() {
        Map<String, double[]> copies = new LinkedHashMap<>();
        if (dimension >= 0) {
            describe(copies);
            copies.replaceAll((key, value) -> value.clone());
        }
        return copies;
    }

    @Override
    public final void reset() {
        steps = 0;
        dimension = -1;
        forget();
    }

    @Override
    public final void restore(OptimizerState saved) {
        reset();
        int size =
                saved.values().values().stream().mapToInt(a -> a.length).max().orElse(-1);
        if (size >= 0) {
            // The state's own arrays, as the optimizer allocates them, filled with the saved values.
            dimension = size;
            decayed = new double[size];
            allocate(size);
            Map<String, double[]> own = new LinkedHashMap<>();
            describe(own);
            if (!own.keySet().equals(saved.values().keySet())) {
                throw new IllegalArgumentException(name + " keeps " + own.keySet() + ", the saved state has "
                        + saved.values().keySet());
            }
            own.forEach((key, array) -> {
                double[] from = saved.values().get(key);
                if (from.length != array.length) {
                    throw new IllegalArgumentException(
                            name + ": saved '" + key + "' has " + from.length + " values, expected " + array.length);
                }
                System.arraycopy(from, 0, array, 0, array.length);
            });
        }
        steps = saved.steps();
    }

    /** Allocates the state for {@code dimension} parameters, zeroed (or as the optimizer starts it). */
    abstract void allocate(int dimension);

    /** The update of step {@code t} (1 for the first step after creation or a reset). */
    abstract void update(double[] parameters, double[] gradient, double learningRate, long t);

    /** Puts the state into {@code state} by name; the caller copies it. */
    abstract void describe(Map<String, double[]> state);

    /** Drops the state so the next step allocates it again. */
    abstract void forget();

    /** PyTorch's coupled weight decay, {@code grad + weight_decay · param}, without touching the caller's gradient. */
    final double[] withWeightDecay(double[] parameters, double[] gradient, double weightDecay) {
        if (weightDecay == 0) {
            return gradient;
        }
        for (int i = 0; i < gradient.length; i++) {
            decayed[i] = gradient[i] + weightDecay * parameters[i];
        }
        return decayed;
    }

    /** {@code torch.lerp_(end, weight)} as ATen computes it on the CPU, so moments match PyTorch's bits. */
    static double lerp(double start, double end, double weight) {
        return weight < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight);
    }
}
