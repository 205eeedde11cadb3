package downhill.app.control;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows items of a choice control by a name made for people; choices are never typed, so nothing is parsed. */
public final class DisplayNames {

    private DisplayNames() {}

    public static <T> StringConverter<T> of(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
