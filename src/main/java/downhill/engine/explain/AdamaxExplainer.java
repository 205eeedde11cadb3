package downhill.engine.explain;

import static downhill.engine.explain.ExplanationParts.number;
import static downhill.engine.explain.ExplanationParts.text;

import downhill.engine.optimizer.Hyperparameter;

/** Adamax: Adam with the infinity norm u in place of the second moment. */
final class AdamaxExplainer implements FamilyExplainer {

    @Override
    public void explain(StepInputs in, ExplanationBuilder out) {
        double[] g = ExplanationParts.coupledGradient(in, out);
        double[] m = ExplanationParts.firstMoment(in, out, g);
        double beta2 = in.h(Hyperparameter.BETA2);
        double eps = in.h(Hyperparameter.EPS);
        double[] u = in.after("infinityNorm");
        out.line(
                "u ← max(β₂·u, |g| + ε)",
                "u = max(" + number(beta2) + "·" + text(in.before("infinityNorm", 0)) + ", |" + text(g) + "| + "
                        + number(eps) + ") = " + text(u));
        out.quantity("u", "infinity norm (decaying max of |g|)", u);
        double c1 = ExplanationParts.biasCorrection(in, out, "β₁", Hyperparameter.BETA1);
        double[] mHat = ExplanationParts.corrected(out, "m", m, "1 − β₁ᵗ", c1, "first moment, bias-corrected");
        double[] effective = ExplanationParts.map(u, ui -> in.eta() / ui);
        out.effectiveRate("η/u", number(in.eta()) + "/" + text(u), effective, true);
        ExplanationParts.stepAlongMoment(in, out, "m̂", mHat, effective);
    }
}
