package downhill.engine.explain;

import static downhill.engine.explain.ExplanationParts.number;
import static downhill.engine.explain.ExplanationParts.text;

import downhill.engine.optimizer.Hyperparameter;

/**
 * Adam, AMSGrad and AdamW, in the paper's form m̂/(√v̂ + ε), which is PyTorch's folded form η/(1 − β₁ᵗ)·m/(√v/√(1 −
 * β₂ᵗ) + ε) rearranged.
 */
final class AdamExplainer implements FamilyExplainer {

    private final boolean amsgrad;
    private final boolean decoupled;

    AdamExplainer(boolean amsgrad, boolean decoupled) {
        this.amsgrad = amsgrad;
        this.decoupled = decoupled;
    }

    @Override
    public void explain(StepInputs in, ExplanationBuilder out) {
        double[] g;
        if (decoupled) {
            ExplanationParts.decoupledDecay(in, out);
            g = in.gradient();
        } else {
            g = ExplanationParts.coupledGradient(in, out);
        }
        double[] m = ExplanationParts.firstMoment(in, out, g);
        double[] v = ExplanationParts.secondMoment(in, out, g);
        String second = "v";
        if (amsgrad) {
            double[] old = in.before("maxSecondMoment", 0);
            v = in.after("maxSecondMoment");
            second = "v_max";
            out.line(
                    "v_max ← max(v_max, v)",
                    "v_max = max(" + text(old) + ", " + text(in.after("secondMoment")) + ") = " + text(v));
            out.quantity("v_max", "running maximum of v", v);
        }
        double c1 = ExplanationParts.biasCorrection(in, out, "β₁", Hyperparameter.BETA1);
        double c2 = ExplanationParts.biasCorrection(in, out, "β₂", Hyperparameter.BETA2);
        double[] mHat = ExplanationParts.corrected(out, "m", m, "1 − β₁ᵗ", c1, "first moment, bias-corrected");
        double[] vHat = ExplanationParts.scale(1 / c2, v);
        out.line("v̂ = " + second + "/(1 − β₂ᵗ)", "v̂ = " + text(v) + "/" + number(c2) + " = " + text(vHat));
        out.quantity("v̂", "second moment, bias-corrected", vHat);
        double eps = in.h(Hyperparameter.EPS);
        double[] effective = ExplanationParts.map(vHat, x -> in.eta() / (Math.sqrt(x) + eps));
        out.effectiveRate(
                "η/(√v̂ + ε)", number(in.eta()) + "/(√" + text(vHat) + " + " + number(eps) + ")", effective, true);
        ExplanationParts.stepAlongMoment(in, out, "m̂", mHat, effective);
    }
}
