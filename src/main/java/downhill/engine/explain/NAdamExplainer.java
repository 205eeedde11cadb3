package downhill.engine.explain;

import static downhill.engine.explain.ExplanationParts.minus;
import static downhill.engine.explain.ExplanationParts.number;
import static downhill.engine.explain.ExplanationParts.text;

import downhill.engine.optimizer.Hyperparameter;

/** NAdam: Adam with Nesterov momentum and Dozat's warming momentum schedule μₜ. */
final class NAdamExplainer implements FamilyExplainer {

    @Override
    public void explain(StepInputs in, ExplanationBuilder out) {
        double[] g = ExplanationParts.coupledGradient(in, out);
        double beta1 = in.h(Hyperparameter.BETA1);
        double psi = in.h(Hyperparameter.MOMENTUM_DECAY);
        long t = in.t();
        double mu = beta1 * (1 - 0.5 * Math.pow(0.96, t * psi));
        double muNext = beta1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * psi));
        double product = in.after("muProduct")[0];
        double before = in.before("muProduct", 1)[0];
        out.line(
                "μₜ = β₁·(1 − ½·0.96^(t·ψ)),   μₜ₊₁ = β₁·(1 − ½·0.96^((t+1)·ψ))",
                "μₜ = " + number(mu) + ",   μₜ₊₁ = " + number(muNext));
        out.line("Πₜ = Πₜ₋₁·μₜ", "Πₜ = " + number(before) + "·" + number(mu) + " = " + number(product));
        out.quantity("μₜ", "momentum of this step", mu);
        out.quantity("μₜ₊₁", "momentum of the next step", muNext);
        out.quantity("Πₜ", "product of the momenta so far", product);
        double[] m = ExplanationParts.firstMoment(in, out, g);
        double[] v = ExplanationParts.secondMoment(in, out, g);
        double c2 = ExplanationParts.biasCorrection(in, out, "β₂", Hyperparameter.BETA2);
        double eps = in.h(Hyperparameter.EPS);
        double[] d = ExplanationParts.map(v, vi -> Math.sqrt(vi / c2) + eps);
        out.line(
                "d = √(v/(1 − β₂ᵗ)) + ε",
                "d = √(" + text(v) + "/" + number(c2) + ") + " + number(eps) + " = " + text(d));
        out.quantity("d", "denominator", d);
        double[] effective = ExplanationParts.map(d, di -> in.eta() / di);
        out.effectiveRate("η/d", number(in.eta()) + "/" + text(d), effective, true);
        double gradientWeight = (1 - mu) / (1 - product);
        double momentWeight = muNext / (1 - product * muNext);
        out.memory("−η·m", ExplanationParts.scale(-in.eta(), m));
        out.step(
                "−" + ExplanationBuilder.EFFECTIVE_RATE + "·((1 − μₜ)/(1 − Πₜ)·g + μₜ₊₁/(1 − Πₜ·μₜ₊₁)·m)",
                minus(effective) + "·(" + number(gradientWeight) + "·" + text(g) + " + " + number(momentWeight) + "·"
                        + text(m) + ")");
    }
}
