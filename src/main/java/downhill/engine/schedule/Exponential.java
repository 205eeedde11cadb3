package downhill.engine.schedule;

/** η·γᵗ: the rate is multiplied by {@code gamma} each step (e.g. 0.98), as PyTorch's {@code ExponentialLR}. */
public record Exponential(double gamma) implements Schedule {

    public Exponential {
        Schedules.checkGamma("exp", gamma);
    }

    @Override
    public double rate(double baseRate, long t) {
        return baseRate * Math.pow(gamma, t);
    }

    @Override
    public String spec() {
        return "exp:gamma=" + gamma;
    }
}
