package downhill.engine.explain;

import static downhill.engine.explain.ExplanationParts.minus;
import static downhill.engine.explain.ExplanationParts.number;
import static downhill.engine.explain.ExplanationParts.text;

import downhill.engine.optimizer.Hyperparameter;

/** Lion: every coordinate moves by exactly η, in the sign of an interpolated momentum. */
final class LionExplainer implements FamilyExplainer {

    @Override
    public void explain(StepInputs in, ExplanationBuilder out) {
        ExplanationParts.decoupledDecay(in, out);
        double beta1 = in.h(Hyperparameter.BETA1);
        double[] old = in.before("momentum", 0);
        double[] c = ExplanationParts.zip(old, in.gradient(), (mi, gi) -> beta1 * mi + (1 - beta1) * gi);
        out.line(
                "c = β₁·m + (1 − β₁)·g",
                "c = " + number(beta1) + "·" + text(old) + " + " + number(1 - beta1) + "·" + text(in.gradient()) + " = "
                        + text(c));
        out.quantity("c", "interpolated momentum", c);
        double[] sign = ExplanationParts.map(c, Math::signum);
        out.quantity("sign(c)", "the direction of the step, per coordinate", sign);
        out.memory("−η·m", ExplanationParts.scale(-in.eta(), old));
        out.step("−η·sign(c)", minus(in.eta()) + "·" + text(sign));
        double beta2 = in.h(Hyperparameter.BETA2);
        double[] m = in.after("momentum");
        out.line(
                "m ← β₂·m + (1 − β₂)·g   (after the step)",
                "m = " + number(beta2) + "·" + text(old) + " + " + number(1 - beta2) + "·" + text(in.gradient()) + " = "
                        + text(m));
        out.quantity("m", "momentum", m);
    }
}
