package downhill.engine;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Looks up an enum constant by the name users type (its label), with an error that lists every label. */
public final class EnumByLabel {

    private EnumByLabel() {}

    /**
     * The constant of {@code values} whose label is {@code text} (trimmed), or an {@link IllegalArgumentException}
     * such as {@code unknown activation 'relux' (known: relu, tanh)}.
     *
     * @param kind what the constants are, for the message (e.g. {@code activation})
     * @param alsoKnown labels the caller accepts besides the constants', listed first in the message (e.g.
     *        {@code auto})
     */
    public static <E extends Enum<E>> E parse(
            E[] values, Function<E, String> label, String text, String kind, String... alsoKnown) {
        return Arrays.stream(values)
                .filter(v -> label.apply(v).equals(text.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + kind + " '" + text + "' (known: "
                        + Stream.concat(
                                        Arrays.stream(alsoKnown),
                                        Arrays.stream(values).map(label))
                                .collect(Collectors.joining(", "))
                        + ")"));
    }
}
