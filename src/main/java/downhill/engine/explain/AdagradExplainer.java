package downhill.engine.explain;

import static downhill.engine.explain.ExplanationParts.minus;
import static downhill.engine.explain.ExplanationParts.number;
import static downhill.engine.explain.ExplanationParts.text;

import downhill.engine.optimizer.Hyperparameter;

/** AdaGrad: the rate per coordinate shrinks with the running sum of squared gradients. */
final class AdagradExplainer implements FamilyExplainer {

    @Override
    public void explain(StepInputs in, ExplanationBuilder out) {
        double[] g = ExplanationParts.coupledGradient(in, out);
        double decay = in.h(Hyperparameter.LR_DECAY);
        double rate = in.eta() / (1 + (in.t() - 1) * decay);
        if (decay != 0) {
            out.line(
                    "η̃ = η/(1 + (t − 1)·δ)",
                    "η̃ = " + number(in.eta()) + "/(1 + " + (in.t() - 1) + "·" + number(decay) + ") = " + number(rate));
        }
        double[] old = in.before("sumOfSquares", in.h("initial-accumulator"));
        double[] s = in.after("sumOfSquares");
        out.line("s ← s + g²", "s = " + text(old) + " + " + text(g) + "² = " + text(s));
        out.quantity("s", "running sum of g²", s);
        double eps = in.h(Hyperparameter.EPS);
        double[] effective = ExplanationParts.map(s, si -> rate / (Math.sqrt(si) + eps));
        String eta = decay != 0 ? "η̃" : "η";
        out.effectiveRate(
                eta + "/(√s + ε)", number(rate) + "/(√" + text(s) + " + " + number(eps) + ")", effective, true);
        out.step("−" + ExplanationBuilder.EFFECTIVE_RATE + "·g", minus(effective) + "·" + text(g));
    }
}
