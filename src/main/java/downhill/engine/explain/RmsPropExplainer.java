package downhill.engine.explain;

import static downhill.engine.explain.ExplanationParts.minus;
import static downhill.engine.explain.ExplanationParts.number;
import static downhill.engine.explain.ExplanationParts.text;

import downhill.engine.optimizer.Hyperparameter;

/** RMSProp, plain, centred and with momentum: divide by a running root mean square of the gradient. */
final class RmsPropExplainer implements FamilyExplainer {

    @Override
    public void explain(StepInputs in, ExplanationBuilder out) {
        double[] g = ExplanationParts.coupledGradient(in, out);
        double[] v = ExplanationParts.average(
                in, out, g, "v", "squareAverage", "α", Hyperparameter.ALPHA, "²", "running mean of g²");
        double eps = in.h(Hyperparameter.EPS);
        double[] d;
        if (in.flag(Hyperparameter.CENTERED)) {
            double[] mean = ExplanationParts.average(
                    in, out, g, "ḡ", "gradientAverage", "α", Hyperparameter.ALPHA, "", "running mean of g");
            d = ExplanationParts.zip(v, mean, (vi, mi) -> Math.sqrt(vi - mi * mi) + eps);
            out.line(
                    "d = √(v − ḡ²) + ε",
                    "d = √(" + text(v) + " − " + text(mean) + "²) + " + number(eps) + " = " + text(d));
        } else {
            d = ExplanationParts.map(v, vi -> Math.sqrt(vi) + eps);
            out.line("d = √v + ε", "d = √" + text(v) + " + " + number(eps) + " = " + text(d));
        }
        out.quantity("d", "denominator", d);
        double[] effective = ExplanationParts.map(d, di -> in.eta() / di);
        out.effectiveRate("η/d", number(in.eta()) + "/" + text(d), effective, true);
        double mu = in.h(Hyperparameter.MOMENTUM);
        if (mu > 0) {
            double[] b = in.after("velocity");
            out.line(
                    "b ← μ·b + g/d",
                    "b = " + number(mu) + "·" + text(in.before("velocity", 0)) + " + " + text(g) + "/" + text(d) + " = "
                            + text(b));
            out.quantity("b", "velocity (momentum buffer)", b);
            out.memory("−η·b", ExplanationParts.scale(-in.eta(), b));
            out.step("−η·b", minus(in.eta()) + "·" + text(b));
        } else {
            out.step("−" + ExplanationBuilder.EFFECTIVE_RATE + "·g", minus(effective) + "·" + text(g));
        }
    }
}
