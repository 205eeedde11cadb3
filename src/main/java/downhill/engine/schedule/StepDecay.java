package downhill.engine.schedule;

/** η·γ^⌊t/k⌋: the rate is multiplied by {@code gamma} every {@code every} steps, as PyTorch's {@code StepLR}. */
public record StepDecay(int every, double gamma) implements Schedule {

    public StepDecay {
        if (every < 1) {
            throw new IllegalArgumentException("step schedule: every must be a whole number ≥ 1, got " + every);
        }
        Schedules.checkGamma("step", gamma);
    }

    @Override
    public double rate(double baseRate, long t) {
        return baseRate * Math.pow(gamma, t / every);
    }

    @Override
    public String spec() {
        return "step:every=" + every + ",gamma=" + gamma;
    }
}
