package downhill.app.backprop;

/**
 * Which units of a layer the diagram draws: all of a small layer, and of a wide one (the default 64) up to
 * {@value #MOST} spread evenly from the first to the last, with the rest counted ("+52 more"), so a big network
 * never turns into a hairball of 4 096 edges.
 */
public final class UnitSampler {

    /** The most units drawn per layer. */
    public static final int MOST = 12;

    /**
     * @param indices the units drawn, ascending (0-based)
     * @param hidden  how many are not drawn
     */
    public record Shown(int[] indices, int hidden) {

        /** The position among the drawn units of unit {@code unit}, or −1 when it is not drawn. */
        public int positionOf(int unit) {
            for (int i = 0; i < indices.length; i++) {
                if (indices[i] == unit) {
                    return i;
                }
            }
            return -1;
        }
    }

    private UnitSampler() {}

    /** The units drawn of a layer of {@code units}. */
    public static Shown sample(int units) {
        int count = Math.min(units, MOST);
        int[] indices = new int[count];
        for (int i = 0; i < count; i++) {
            // Evenly spread, first and last included: the ends of a layer are as typical as its middle.
            indices[i] = count == 1 ? 0 : (int) Math.round(i * (units - 1) / (double) (count - 1));
        }
        return new Shown(indices, units - count);
    }
}
