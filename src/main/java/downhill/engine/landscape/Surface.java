package downhill.engine.landscape;

/**
 * A scalar field over the plane, sampled a row at a time: what the landscape renderer draws. A built-in or typed
 * objective passes {@code objective::valueRow}; a network's loss slice passes a {@link GridSurface}.
 * Implementations must be safe to call from several threads.
 */
@FunctionalInterface
public interface Surface {

    /** Stores f(xs[i], y) in {@code out[i]}; NaN or ±∞ where f has no value (outside its domain). */
    void valueRow(double[] xs, double y, double[] out);
}
