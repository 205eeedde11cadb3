package downhill.engine.explain;

import java.util.List;
import java.util.Optional;

/**
 * Why one optimizer's step k, from θₖ to θₖ₊₁, is what it is: the equations with and without numbers and every
 * quantity they involve. The states are the optimizer's own after the step and {@link #delta()} is the trajectory's
 * θₖ₊₁ − θₖ, bit for bit.
 *
 * @param optimizer     the registry name, e.g. {@code adam}
 * @param step          k: the step explained leads from θₖ to θₖ₊₁ (t = k + 1 in the equations)
 * @param position      θₖ
 * @param gradient      ∇f(θₖ), before any weight decay
 * @param learningRate  ηₖ, after the schedule
 * @param lines         the equations in the order the optimizer applies them
 * @param quantities    the gradient, every state, the derived values, the effective rate and Δθ, in that order
 * @param delta         θₖ₊₁ − θₖ
 * @param effectiveRate the learning rate per coordinate, in the optimizer's own definition
 * @param adaptive      whether the rate per coordinate adapts to the gradients (AdaGrad, RMSProp, Adam and kin)
 * @param memory        the velocity or first moment scaled like a step (e.g. −η·m̂), or null when there is none
 */
public record StepExplanation(
        String optimizer,
        int step,
        double[] position,
        double[] gradient,
        double learningRate,
        List<Line> lines,
        List<Quantity> quantities,
        double[] delta,
        double[] effectiveRate,
        boolean adaptive,
        Quantity memory) {

    public StepExplanation {
        position = position.clone();
        gradient = gradient.clone();
        lines = List.copyOf(lines);
        quantities = List.copyOf(quantities);
        delta = delta.clone();
        effectiveRate = effectiveRate.clone();
    }

    /** The quantity written {@code symbol}, if this step has one. */
    public Optional<Quantity> quantity(String symbol) {
        return quantities.stream().filter(q -> q.symbol().equals(symbol)).findFirst();
    }

    /** −η·g: where plain gradient descent at this rate would go. */
    public double[] gradientStep() {
        double[] step = new double[gradient.length];
        for (int i = 0; i < step.length; i++) {
            step[i] = -learningRate * gradient[i];
        }
        return step;
    }

    public Optional<Quantity> memoryStep() {
        return Optional.ofNullable(memory);
    }

    @Override
    public double[] position() {
        return position.clone();
    }

    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    @Override
    public double[] delta() {
        return delta.clone();
    }

    @Override
    public double[] effectiveRate() {
        return effectiveRate.clone();
    }
}
