package downhill.engine.data;

import downhill.engine.Numbers;
import java.util.OptionalInt;

/** How many samples one update uses: 1 is stochastic, {@link #ALL} is batch gradient descent, between is mini-batch. */
public final class BatchSize {

    /** Every sample in each update; any size at least the data's works the same. */
    public static final int ALL = Integer.MAX_VALUE;

    private BatchSize() {}

    /** Reads {@code all} or a whole number ≥ 1, as typed in a field or on the command line; empty for anything else. */
    public static OptionalInt parse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String t = text.strip();
        if (t.equals("all")) {
            return OptionalInt.of(ALL);
        }
        try {
            int size = Numbers.parseInt(t);
            return size >= 1 ? OptionalInt.of(size) : OptionalInt.empty();
        } catch (IllegalArgumentException e) {
            return OptionalInt.empty();
        }
    }

    /** The text {@link #parse} reads back: {@code all} or the number. */
    public static String format(int size) {
        return size == ALL ? "all" : Integer.toString(size);
    }
}
