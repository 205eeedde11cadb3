package downhill.engine.explain;

import static downhill.engine.explain.ExplanationParts.minus;
import static downhill.engine.explain.ExplanationParts.number;
import static downhill.engine.explain.ExplanationParts.text;

import downhill.engine.optimizer.Hyperparameter;

/** SGD, with momentum and with Nesterov momentum: PyTorch's buffer b keeps η outside. */
final class SgdExplainer implements FamilyExplainer {

    @Override
    public void explain(StepInputs in, ExplanationBuilder out) {
        double[] g = ExplanationParts.coupledGradient(in, out);
        double mu = in.h(Hyperparameter.MOMENTUM);
        if (mu == 0) {
            out.effectiveRate("η", number(in.eta()), ExplanationParts.same(in.eta(), in.gradient()), false);
            out.step("−η·g", minus(in.eta()) + "·" + text(g));
            return;
        }
        double tau = in.h(Hyperparameter.DAMPENING);
        double[] b = in.after("velocity");
        if (in.t() == 1) {
            out.line("b ← g   (the buffer starts at the first gradient)", "b = " + text(b));
        } else {
            out.line(
                    "b ← μ·b + (1 − τ)·g",
                    "b = " + number(mu) + "·" + text(in.before("velocity", 0)) + " + " + number(1 - tau) + "·" + text(g)
                            + " = " + text(b));
        }
        out.quantity("b", "velocity (momentum buffer)", b);
        out.memory("−η·b", ExplanationParts.scale(-in.eta(), b));
        if (in.flag(Hyperparameter.NESTEROV)) {
            out.step("−η·(g + μ·b)", minus(in.eta()) + "·(" + text(g) + " + " + number(mu) + "·" + text(b) + ")");
        } else {
            out.step("−η·b", minus(in.eta()) + "·" + text(b));
        }
    }
}
