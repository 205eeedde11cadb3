package downhill.engine.explain;

import static downhill.engine.explain.ExplanationParts.minus;
import static downhill.engine.explain.ExplanationParts.number;
import static downhill.engine.explain.ExplanationParts.text;

import downhill.engine.optimizer.Hyperparameter;

/** RAdam: momentum SGD on m̂ until ρₜ &gt; 5, then Adam rectified by r. */
final class RAdamExplainer implements FamilyExplainer {

    @Override
    public void explain(StepInputs in, ExplanationBuilder out) {
        double[] g = ExplanationParts.coupledGradient(in, out);
        double[] m = ExplanationParts.firstMoment(in, out, g);
        double[] v = ExplanationParts.secondMoment(in, out, g);
        double c1 = ExplanationParts.biasCorrection(in, out, "β₁", Hyperparameter.BETA1);
        double c2 = ExplanationParts.biasCorrection(in, out, "β₂", Hyperparameter.BETA2);
        double[] mHat = ExplanationParts.corrected(out, "m", m, "1 − β₁ᵗ", c1, "first moment, bias-corrected");
        double beta2 = in.h(Hyperparameter.BETA2);
        double rhoInfinity = 2 / (1 - beta2) - 1;
        double rho = in.after("rho")[0];
        out.line(
                "ρ∞ = 2/(1 − β₂) − 1,   ρₜ = ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ)",
                "ρ∞ = " + number(rhoInfinity) + ",   ρₜ = "
                        + number(rhoInfinity) + " − 2·" + in.t() + "·" + number(1 - c2) + "/" + number(c2) + " = "
                        + number(rho));
        out.quantity("ρₜ", "length of the approximated moving average", rho);
        boolean rectify = rho > 5;
        out.quantity("rectified", "1 when ρₜ > 5: the adaptive rate is used", rectify ? 1 : 0);
        if (!rectify) {
            out.line("ρₜ ≤ 5: no rectification, momentum SGD", "ρₜ = " + number(rho) + " ≤ 5");
            out.effectiveRate("η", number(in.eta()), ExplanationParts.same(in.eta(), in.gradient()), false);
            out.memory("−η·m̂", ExplanationParts.scale(-in.eta(), mHat));
            out.step("−η·m̂", minus(in.eta()) + "·" + text(mHat));
            return;
        }
        double r = Math.sqrt((rho - 4) * (rho - 2) * rhoInfinity / ((rhoInfinity - 4) * (rhoInfinity - 2) * rho));
        out.line("r = √((ρₜ − 4)(ρₜ − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρₜ))", "r = " + number(r));
        out.quantity("r", "rectification", r);
        double eps = in.h(Hyperparameter.EPS);
        double[] effective = ExplanationParts.map(v, vi -> in.eta() * r * Math.sqrt(c2) / (Math.sqrt(vi) + eps));
        out.effectiveRate(
                "η·r·√(1 − β₂ᵗ)/(√v + ε)",
                number(in.eta()) + "·" + number(r) + "·" + number(Math.sqrt(c2)) + "/(√" + text(v) + " + " + number(eps)
                        + ")",
                effective,
                true);
        ExplanationParts.stepAlongMoment(in, out, "m̂", mHat, effective);
    }
}
