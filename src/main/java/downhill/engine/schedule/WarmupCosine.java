package downhill.engine.schedule;

/**
 * Linear warm-up then cosine cool-down: η·t/w for t &lt; w; then from η down to {@code floor} along half a cosine,
 * reaching the floor at step {@code total} and staying there. The same curve as the Hugging Face
 * {@code cosine_with_min_lr} warm-up schedule, with an absolute floor. Step 0 of a warm-up has rate 0.
 */
public record WarmupCosine(int warmup, int total, double floor) implements Schedule {

    public WarmupCosine {
        if (warmup < 0) {
            throw new IllegalArgumentException("warmup-cosine schedule: warmup must be ≥ 0, got " + warmup);
        }
        if (total <= warmup) {
            throw new IllegalArgumentException(
                    "warmup-cosine schedule: total must be greater than warmup (" + warmup + "), got " + total);
        }
        if (!(floor >= 0) || Double.isInfinite(floor)) {
            throw new IllegalArgumentException(
                    "warmup-cosine schedule: floor must be a finite number ≥ 0, got " + floor);
        }
    }

    @Override
    public double rate(double baseRate, long t) {
        if (t < warmup) {
            return baseRate * t / warmup;
        }
        if (t >= total) {
            return floor;
        }
        double progress = (double) (t - warmup) / (total - warmup);
        return floor + (baseRate - floor) * 0.5 * (1 + Math.cos(Math.PI * progress));
    }

    @Override
    public String spec() {
        return "warmup-cosine:warmup=" + warmup + ",total=" + total + ",floor=" + floor;
    }
}
