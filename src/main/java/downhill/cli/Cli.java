package downhill.cli;

import downhill.engine.MemoryBudget;
import downhill.engine.Numbers;
import downhill.engine.function.expression.ExpressionException;
import downhill.engine.function.expression.Suggestions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless commands on the jar. Every failure a user can cause ends as one {@code error:} line on stderr and
 * exit code 2; no stack trace reaches the user.
 */
@Command(
        name = "downhill",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Gradient descent, made visible. Without a command, java -jar downhill.jar opens the window.",
        subcommands = {
            FunctionsCommand.class,
            OptimizersCommand.class,
            TraceCommand.class,
            SweepCommand.class,
            TrainCommand.class,
            LrFindCommand.class,
            NnLandscapeCommand.class,
            DatasetsCommand.class,
            PresetsCommand.class,
            RenderCommand.class,
            BackpropCommand.class
        })
public final class Cli {

    public static final int USAGE_ERROR = 2;

    /** Runs a command; {@code extraCommands} are picocli commands that live outside this package (the window's). */
    public static int run(String[] args, Object... extraCommands) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), extraCommands);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Object... extraCommands) {
        CommandLine commandLine = new CommandLine(new Cli());
        for (Object command : extraCommands) {
            commandLine.addSubcommand(command);
        }
        OptimizerOptions.install(commandLine);
        strictNumbers(commandLine);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            err.println("error: " + parameterProblem(exception) + " (see '"
                    + failed.getCommandSpec().qualifiedName() + " --help')");
            return USAGE_ERROR;
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            if (exception instanceof UserError userError) {
                err.println("error: " + userError.getMessage());
                userError.detail().ifPresent(err::println);
                return USAGE_ERROR;
            }
            if (exception instanceof ExpressionException mistake) {
                // The message, then the expression with a caret under the mistake.
                err.println("error: " + oneLine(mistake.getMessage()));
                err.println(mistake.sourceLine());
                err.println(mistake.caretLine());
                return USAGE_ERROR;
            }
            if (exception instanceof IllegalArgumentException) {
                err.println("error: " + oneLine(exception.getMessage()));
                return USAGE_ERROR;
            }
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof OutOfMemoryError) {
                    // Out of memory on a worker thread, handed back wrapped.
                    err.println("error: " + MemoryBudget.ofThisJvm().outOfMemory());
                    return USAGE_ERROR;
                }
            }
            err.println("error: internal error: " + oneLine(String.valueOf(exception))
                    + " (please report it with the command you ran)");
            return 1;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // A size that passed its check and still did not fit: one line with what to do, no stack trace.
            err.println("error: " + MemoryBudget.ofThisJvm().outOfMemory());
            return USAGE_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The command words the jar answers to ({@code trace}, {@code render}…, with {@code extraCommands}'), read from
     * the annotations alone: the launcher asks on every start, and building the whole command line costs more.
     */
    public static Set<String> commandNames(Object... extraCommands) {
        Set<String> names = new TreeSet<>();
        List<Class<?>> commands =
                new ArrayList<>(List.of(Cli.class.getAnnotation(Command.class).subcommands()));
        for (Object extra : extraCommands) {
            commands.add(extra.getClass());
        }
        for (Class<?> command : commands) {
            Command declared = command.getAnnotation(Command.class);
            names.add(declared.name());
            names.addAll(List.of(declared.aliases()));
        }
        return Collections.unmodifiableSet(names);
    }

    /** A word where only options belong, e.g. {@code train --data moons extra}. */
    static String unexpectedArgument(String word) {
        return "unexpected argument '" + word + "': this command takes options only (--name value)";
    }

    /** "unknown option --bogus — did you mean '--size'?", the options being the command's. */
    static String unknownOption(String option, Collection<String> options) {
        return "unknown option " + option + Suggestions.didYouMean(Suggestions.closest(option, List.copyOf(options)));
    }

    /**
     * Picocli's own wording made ours: an unmatched argument names the option and suggests the closest one, and
     * a number option says what was wrong with the number.
     */
    static String parameterProblem(CommandLine.ParameterException exception) {
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            CommandLine where = exception.getCommandLine();
            if (word.startsWith("-")) {
                String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                return unknownOption(option, where.getCommandSpec().optionsMap().keySet());
            }
            if (!where.getSubcommands().isEmpty()) {
                // "Unmatched argument at index 0: 'trian'" said as what it is.
                return "unknown command '" + word + "'"
                        + Suggestions.didYouMean(
                                Suggestions.closest(word, where.getSubcommands().keySet()));
            }
            return unexpectedArgument(word);
        }
        String message = oneLine(exception.getMessage());
        // "Invalid value for option '--samples': '1e9' is not a whole number" → "--samples: '1e9' is not ...".
        Matcher invalid = INVALID_VALUE.matcher(message);
        return invalid.matches() ? invalid.group(1) + ": " + invalid.group(2) : message;
    }

    private static final Pattern INVALID_VALUE = Pattern.compile("Invalid value for option '([^']+)': (.*)");

    /**
     * Every number option reads through {@link Numbers#parse} (no 1d, 0x1p3, Infinity or NaN) and every whole-number
     * option through {@link Numbers#parseWhole} (no 1e9, 2.5, 0x10, or a value past the type): one converter each.
     */
    static void strictNumbers(CommandLine commandLine) {
        CommandLine.ITypeConverter<Double> strict = text -> converted(() -> Numbers.parse(text));
        commandLine.registerConverter(Double.class, strict);
        commandLine.registerConverter(Double.TYPE, strict);
        CommandLine.ITypeConverter<Integer> strictInt = text -> converted(() -> Numbers.parseInt(text));
        commandLine.registerConverter(Integer.class, strictInt);
        commandLine.registerConverter(Integer.TYPE, strictInt);
        CommandLine.ITypeConverter<Long> strictLong =
                text -> converted(() -> Numbers.parseWhole(text, Long.MIN_VALUE, Long.MAX_VALUE));
        commandLine.registerConverter(Long.class, strictLong);
        commandLine.registerConverter(Long.TYPE, strictLong);
    }

    /** Our message, which picocli prefixes with the option's name. */
    private static <T> T converted(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
