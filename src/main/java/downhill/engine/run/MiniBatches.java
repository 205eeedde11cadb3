package downhill.engine.run;

import downhill.engine.function.data.DataObjective;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Mini-batch gradients of a {@link DataObjective}: each epoch shuffles the samples from the seed and cuts them into
 * batches of {@code batchSize} (the last may be smaller, as PyTorch's DataLoader does); step k takes the next batch.
 * A batch size of 1 is stochastic gradient descent.
 */
public final class MiniBatches implements GradientSource {

    private final DataObjective objective;
    private final int batchSize;
    private final long seed;
    private final int[] order;
    private final int batchesPerEpoch;
    private SplittableRandom random;
    private int epoch = -1;

    private MiniBatches(DataObjective objective, int batchSize, long seed) {
        this.objective = objective;
        this.batchSize = batchSize;
        this.seed = seed;
        this.order = new int[objective.sampleCount()];
        this.batchesPerEpoch = (order.length + batchSize - 1) / batchSize;
        reset();
    }

    /**
     * The source for {@code batchSize} samples per step; null when the batch holds every sample, because then the
     * step's gradient is the objective's exact one and the descent needs no source.
     */
    public static MiniBatches of(DataObjective objective, int batchSize, long seed) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch size must be ≥ 1, got " + batchSize);
        }
        return batchSize >= objective.sampleCount() ? null : new MiniBatches(objective, batchSize, seed);
    }

    public int batchSize() {
        return batchSize;
    }

    @Override
    public void gradient(int step, double x, double y, double[] out) {
        int from = seek(step);
        objective.batchValueAndGradient(x, y, order, from, Math.min(batchSize, order.length - from), out);
    }

    /** The samples of the batch the step from step {@code step} takes (a copy), for drawing that batch's loss. */
    public int[] rows(int step) {
        int from = seek(step);
        return Arrays.copyOfRange(order, from, Math.min(from + batchSize, order.length));
    }

    /** Shuffles up to the epoch of {@code step}; returns where its batch begins in {@link #order}. */
    private int seek(int step) {
        int wanted = step / batchesPerEpoch;
        if (wanted < epoch) {
            reset();
        }
        while (epoch < wanted) {
            shuffle();
        }
        return (step % batchesPerEpoch) * batchSize;
    }

    @Override
    public void reset() {
        random = new SplittableRandom(seed);
        epoch = -1;
    }

    /** A fresh permutation of all samples (Fisher–Yates), as each epoch of a DataLoader with shuffle=True. */
    private void shuffle() {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int kept = order[i];
            order[i] = order[j];
            order[j] = kept;
        }
        epoch++;
    }
}
