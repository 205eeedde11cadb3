package downhill.engine.explain;

import downhill.engine.Numbers;
import downhill.engine.optimizer.Hyperparameter;
import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** The pieces several families share: number text, per-coordinate arithmetic, and the common equations. */
final class ExplanationParts {

    private ExplanationParts() {}

    /** {@code (1.25, −0.5)} for a vector, {@code 0.271} for a scalar; minus signs as people write them. */
    static String text(double... values) {
        if (values.length == 1) {
            // One coordinate (a network weight): a negative number is bracketed, as it stands in products.
            return values[0] < 0 ? "(" + number(values[0]) + ")" : number(values[0]);
        }
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(number(values[i]));
        }
        return out.append(')').toString();
    }

    static String number(double value) {
        return Numbers.compact(value).replace('-', '−');
    }

    /** {@code −0.01} for 0.01, and {@code 0}, never {@code −0}, for a zero (a warm-up's first rate). */
    static String minus(double... values) {
        if (values.length == 1) {
            return number(-values[0] + 0.0);
        }
        return Arrays.stream(values).allMatch(v -> v == 0) ? text(values) : "−" + text(values);
    }

    /** {@code value} for each of {@code like}'s coordinates. */
    static double[] same(double value, double[] like) {
        double[] out = new double[like.length];
        Arrays.fill(out, value);
        return out;
    }

    static double[] map(double[] a, DoubleUnaryOperator f) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = f.applyAsDouble(a[i]);
        }
        return out;
    }

    static double[] zip(double[] a, double[] b, DoubleBinaryOperator f) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = f.applyAsDouble(a[i], b[i]);
        }
        return out;
    }

    static double[] scale(double factor, double[] a) {
        return map(a, x -> factor * x);
    }

    /** g + λθ with its equation when the optimizer adds coupled (L2) weight decay; the plain gradient otherwise. */
    static double[] coupledGradient(StepInputs in, ExplanationBuilder out) {
        double lambda = in.h(Hyperparameter.WEIGHT_DECAY);
        if (lambda == 0) {
            return in.gradient();
        }
        double[] g = zip(in.gradient(), in.theta(), (gi, ti) -> gi + lambda * ti);
        out.line(
                "g ← ∇f + λ·θ",
                "g = " + text(in.gradient()) + " + " + number(lambda) + "·" + text(in.theta()) + " = " + text(g));
        out.quantity("g + λθ", "gradient with weight decay", g);
        return g;
    }

    /** AdamW's and Lion's decoupled decay θ ← θ·(1 − η·λ), shown when λ ≠ 0. */
    static void decoupledDecay(StepInputs in, ExplanationBuilder out) {
        double lambda = in.h(Hyperparameter.WEIGHT_DECAY);
        if (lambda != 0) {
            double shrink = 1 - in.eta() * lambda;
            out.line(
                    "θ ← θ·(1 − η·λ)",
                    "θ = " + text(in.theta()) + "·" + number(shrink) + " = " + text(scale(shrink, in.theta())));
        }
    }

    /** m ← β₁·m + (1 − β₁)·g: the first moment as the optimizer keeps it, with its equation. */
    static double[] firstMoment(StepInputs in, ExplanationBuilder out, double[] g) {
        return average(in, out, g, "m", "firstMoment", "β₁", Hyperparameter.BETA1, "", "first moment (mean of g)");
    }

    /** v ← β₂·v + (1 − β₂)·g²: the second moment as the optimizer keeps it, with its equation. */
    static double[] secondMoment(StepInputs in, ExplanationBuilder out, double[] g) {
        return average(in, out, g, "v", "secondMoment", "β₂", Hyperparameter.BETA2, "²", "second moment (mean of g²)");
    }

    /**
     * An exponential moving average {@code s ← β·s + (1 − β)·g^power} read from the optimizer's state
     * {@code key}; {@code square} is "" or "²".
     */
    static double[] average(
            StepInputs in,
            ExplanationBuilder out,
            double[] g,
            String symbol,
            String key,
            String beta,
            String betaKey,
            String square,
            String meaning) {
        double b = in.h(betaKey);
        double[] old = in.before(key, 0);
        double[] now = in.after(key);
        out.line(
                symbol + " ← " + beta + "·" + symbol + " + (1 − " + beta + ")·g" + square,
                symbol + " = " + number(b) + "·" + text(old) + " + " + number(1 - b) + "·" + text(g) + square + " = "
                        + text(now));
        out.quantity(symbol, meaning, now);
        return now;
    }

    /** 1 − βᵗ with its equation, as a scalar quantity. */
    static double biasCorrection(StepInputs in, ExplanationBuilder out, String beta, String betaKey) {
        double b = in.h(betaKey);
        double correction = 1 - Math.pow(b, in.t());
        String symbol = "1 − " + beta + "ᵗ";
        out.line(
                symbol + "   (bias correction)",
                symbol + " = 1 − " + number(b) + "^" + in.t() + " = " + number(correction));
        out.quantity(symbol, "bias correction, t = " + in.t(), correction);
        return correction;
    }

    /** x̂ = x/(1 − βᵗ) with its equation. */
    static double[] corrected(
            ExplanationBuilder out,
            String symbol,
            double[] value,
            String correctionSymbol,
            double correction,
            String meaning) {
        double[] hat = scale(1 / correction, value);
        out.line(
                symbol + "̂ = " + symbol + "/(" + correctionSymbol + ")",
                symbol + "̂ = " + text(value) + "/" + number(correction) + " = " + text(hat));
        out.quantity(symbol + "̂", meaning, hat);
        return hat;
    }

    /** −η·x̂ as the memory arrow, and η_eff·x̂ as Δθ, for the optimizers that step along a corrected moment. */
    static void stepAlongMoment(
            StepInputs in, ExplanationBuilder out, String momentSymbol, double[] moment, double[] rate) {
        out.memory("−η·" + momentSymbol, scale(-in.eta(), moment));
        out.step("−" + ExplanationBuilder.EFFECTIVE_RATE + "·" + momentSymbol, minus(rate) + "·" + text(moment));
    }
}
