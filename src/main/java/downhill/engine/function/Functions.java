package downhill.engine.function;

import downhill.engine.function.expression.ExpressionException;
import downhill.engine.function.expression.ExpressionObjective;
import downhill.engine.function.expression.Suggestions;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The registry of objectives: the built-ins by name, and typed expressions. */
public final class Functions {

    private static final List<Objective> BUILTINS = Builtins.all();
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Functions() {}

    public static List<Objective> builtins() {
        return BUILTINS;
    }

    public static Optional<Objective> builtin(String name) {
        return BUILTINS.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * A built-in by name, else the text as an expression in x and y.
     *
     * @throws ExpressionException   where the expression has a mistake, located by column
     * @throws IllegalArgumentException when the text is a single unknown word, which is more likely a mistyped
     *                                  built-in than an expression: the message lists the built-ins
     */
    public static Objective resolve(String nameOrExpression) {
        String name = nameOrExpression.strip();
        Optional<Objective> builtin = builtin(name);
        if (builtin.isPresent()) {
            return builtin.get();
        }
        try {
            return ExpressionObjective.parse(nameOrExpression);
        } catch (ExpressionException e) {
            if (IDENTIFIER.matcher(name).matches()) {
                List<String> names = BUILTINS.stream().map(Objective::name).toList();
                throw new IllegalArgumentException(
                        "unknown function '" + name + "'"
                                + Suggestions.didYouMean(Suggestions.closest(name, names)) + " (built-ins: " + names()
                                + "; or type an expression in x and y)",
                        e);
            }
            throw e;
        }
    }

    public static String names() {
        return BUILTINS.stream().map(Objective::name).collect(Collectors.joining(", "));
    }
}
