package downhill.engine.function;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The registry of objectives: the built-ins by name. */
public final class Functions {

    private static final List<Objective> BUILTINS = Builtins.all();

    private Functions() {
    }

    public static List<Objective> builtins() {
        return BUILTINS;
    }

    public static Optional<Objective> builtin(String name) {
        return BUILTINS.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** A built-in by name, or an error listing the names. */
    public static Objective resolve(String nameOrExpression) {
        return builtin(nameOrExpression.strip()).orElseThrow(() -> new IllegalArgumentException(
                "unknown function '" + nameOrExpression + "' (built-ins: " + names() + ")"));
    }

    public static String names() {
        return BUILTINS.stream().map(Objective::name).collect(Collectors.joining(", "));
    }
}
