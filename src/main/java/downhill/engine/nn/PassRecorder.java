package downhill.engine.nn;

/**
 * Sees a gradient pass's intermediates while {@link Network} computes them, so that {@link Backprop} shows the
 * numbers training itself produced. Rows are counted from the batch's first; a batch computed as two halves calls
 * once per half (on two threads, at the same time, for disjoint rows).
 */
interface PassRecorder {

    /** Layer {@code layer}'s z = W·a + b for {@code count} rows from {@code first}, before its activation. */
    void preActivations(int layer, int first, double[][] z, int count);

    /** After the backward pass: layer {@code layer}'s a = σ(z) and δ = ∂L/∂z for {@code count} rows. */
    void outputsAndDeltas(int layer, int first, double[][] outputs, double[][] deltas, int count);
}
