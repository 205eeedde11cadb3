package downhill.engine.run;

import downhill.engine.function.Objective;
import java.util.SplittableRandom;

/** The objective's exact gradient plus independent Gaussian noise of std σ on each component, from a seed. */
public final class GradientNoise implements GradientSource {

    private final Objective objective;
    private final double sigma;
    private final long seed;
    private SplittableRandom random;

    public GradientNoise(Objective objective, double sigma, long seed) {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("the gradient noise σ must be a finite number ≥ 0, got " + sigma);
        }
        this.objective = objective;
        this.sigma = sigma;
        this.seed = seed;
        reset();
    }

    @Override
    public void gradient(int step, double x, double y, double[] out) {
        objective.valueAndGradient(x, y, out);
        out[0] += sigma * random.nextGaussian();
        out[1] += sigma * random.nextGaussian();
    }

    @Override
    public void reset() {
        random = new SplittableRandom(seed);
    }
}
