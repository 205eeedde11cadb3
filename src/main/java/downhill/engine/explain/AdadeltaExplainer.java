package downhill.engine.explain;

import static downhill.engine.explain.ExplanationParts.minus;
import static downhill.engine.explain.ExplanationParts.number;
import static downhill.engine.explain.ExplanationParts.text;

import downhill.engine.optimizer.Hyperparameter;

/** Adadelta: the step's size comes from the running mean of past squared steps over that of squared gradients. */
final class AdadeltaExplainer implements FamilyExplainer {

    @Override
    public void explain(StepInputs in, ExplanationBuilder out) {
        double[] g = ExplanationParts.coupledGradient(in, out);
        double[] squaredGradients = ExplanationParts.average(
                in, out, g, "E[g²]", "squaredGradientAverage", "ρ", Hyperparameter.RHO, "²", "running mean of g²");
        double eps = in.h(Hyperparameter.EPS);
        double[] oldSteps = in.before("squaredUpdateAverage", 0);
        double[] ratio =
                ExplanationParts.zip(oldSteps, squaredGradients, (u, s) -> Math.sqrt(u + eps) / Math.sqrt(s + eps));
        double[] unit = ExplanationParts.zip(ratio, g, (r, gi) -> r * gi);
        out.line(
                "u = √(E[Δ²] + ε)/√(E[g²] + ε)·g",
                "u = √(" + text(oldSteps) + " + " + number(eps) + ")/√(" + text(squaredGradients) + " + " + number(eps)
                        + ")·" + text(g) + " = " + text(unit));
        out.quantity("u", "step before η", unit);
        double rho = in.h(Hyperparameter.RHO);
        double[] steps = in.after("squaredUpdateAverage");
        out.line(
                "E[Δ²] ← ρ·E[Δ²] + (1 − ρ)·u²",
                "E[Δ²] = " + number(rho) + "·" + text(oldSteps) + " + " + number(1 - rho) + "·" + text(unit) + "² = "
                        + text(steps));
        out.quantity("E[Δ²]", "running mean of squared steps", steps);
        out.effectiveRate(
                "η·√(E[Δ²] + ε)/√(E[g²] + ε)",
                number(in.eta()) + "·" + text(ratio),
                ExplanationParts.scale(in.eta(), ratio),
                true);
        out.step("−η·u", minus(in.eta()) + "·" + text(unit));
    }
}
