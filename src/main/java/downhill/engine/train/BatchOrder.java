package downhill.engine.train;

import java.util.SplittableRandom;

/**
 * The order in which a trainer takes the training samples, cut into batches of the plan's size (the last one may be
 * smaller): the samples' indices, reshuffled each epoch by Fisher–Yates from a stream of the plan's seed, or left in
 * the data's order when the plan does not shuffle.
 */
final class BatchOrder {

    private final int[] indices;
    private final int batchSize;
    private final boolean shuffles;
    private final SplittableRandom shuffler;

    /**
     * @param batchSize the plan's batch size; beyond {@code samples} it is one batch of them all
     * @param shuffles  false to keep the samples in their order every epoch
     */
    BatchOrder(int samples, int batchSize, boolean shuffles, SplittableRandom shuffler) {
        indices = new int[samples];
        for (int i = 0; i < samples; i++) {
            indices[i] = i;
        }
        this.batchSize = Math.min(batchSize, samples);
        this.shuffles = shuffles;
        this.shuffler = shuffler;
    }

    /** Reshuffles the order (Fisher–Yates), or does nothing without shuffling. */
    void reshuffle() {
        if (!shuffles) {
            return;
        }
        for (int i = indices.length - 1; i > 0; i--) {
            int j = shuffler.nextInt(i + 1);
            int kept = indices[i];
            indices[i] = indices[j];
            indices[j] = kept;
        }
    }

    /** The sample indices in their present order: the array itself, read by the network batch by batch. */
    int[] indices() {
        return indices;
    }

    int samples() {
        return indices.length;
    }

    int batchSize() {
        return batchSize;
    }

    /** The rows of the batch that starts at position {@code from}: the batch size, or what is left. */
    int rowsFrom(int from) {
        return Math.min(batchSize, indices.length - from);
    }

    int batchCount() {
        return (indices.length + batchSize - 1) / batchSize;
    }
}
