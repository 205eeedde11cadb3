package downhill.cli;

import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The optimizer and its hyperparameter flags, shared by every command that optimizes. The flags are made from the
 * engine's declarations ({@link Hyperparameter}), not written here: one per key that any optimizer has (a switch
 * for a flag such as {@code --nesterov}, a number otherwise), its help the declaration's description and the
 * optimizers that take it. A new optimizer's hyperparameter is a new flag without a line in the CLI.
 */
final class OptimizerOptions {

    @Option(
            names = "--optimizer",
            required = true,
            paramLabel = "NAME",
            completionCandidates = Names.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String optimizer;

    /** The hyperparameter flags given, by key, in the order given. */
    private final Map<String, Double> given = new LinkedHashMap<>();

    /** The optimizers' names, for the help. */
    static final class Names implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Optimizers.all().stream().map(OptimizerType::name).iterator();
        }
    }

    OptimizerType type() {
        return Optimizers.byName(optimizer);
    }

    /** The flags given, by hyperparameter key; a flag the optimizer does not have is an error naming both. */
    Hyperparameters hyperparameters() {
        OptimizerType type = type();
        for (String key : given.keySet()) {
            if (!type.has(key)) {
                throw new UserError("--" + key + " does not apply to " + type.name() + " (its flags: --"
                        + type.keys().replace(", ", ", --") + ")");
            }
        }
        return new Hyperparameters(given);
    }

    /**
     * Adds the hyperparameter flags to every command under {@code root} that mixes these options in (also through
     * another mixin, as the network options do). Before converters are registered, so numbers parse as strictly as
     * every other option's.
     */
    static void install(CommandLine root) {
        CommandSpec command = root.getCommandSpec();
        for (OptimizerOptions options : mixedIn(command)) {
            for (OptionSpec flag : flags(options)) {
                command.addOption(flag);
            }
        }
        for (CommandLine sub : root.getSubcommands().values()) {
            install(sub);
        }
    }

    private static List<OptimizerOptions> mixedIn(CommandSpec spec) {
        List<OptimizerOptions> found = new ArrayList<>();
        for (CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof OptimizerOptions options) {
                found.add(options);
            }
            found.addAll(mixedIn(mixin));
        }
        return found;
    }

    private static List<OptionSpec> flags(OptimizerOptions options) {
        Map<String, Hyperparameter> declared = new LinkedHashMap<>();
        Map<String, List<String>> takers = new LinkedHashMap<>();
        for (OptimizerType type : Optimizers.all()) {
            for (Hyperparameter h : type.hyperparameters()) {
                declared.putIfAbsent(h.key(), h);
                takers.computeIfAbsent(h.key(), k -> new ArrayList<>()).add(type.name());
            }
        }
        List<OptionSpec> flags = new ArrayList<>();
        for (Hyperparameter h : declared.values()) {
            String key = h.key();
            String users =
                    takers.get(key).size() == Optimizers.all().size() ? "all" : String.join(", ", takers.get(key));
            String help = Character.toUpperCase(h.description().charAt(0))
                    + h.description().substring(1) + " (" + users + ").";
            ISetter setter = new ISetter() {
                @Override
                public <T> T set(T value) {
                    if (value == null) {
                        options.given.remove(key);
                    } else {
                        options.given.put(key, value instanceof Boolean b ? (b ? 1.0 : 0.0) : (Double) value);
                    }
                    return null;
                }
            };
            OptionSpec.Builder flag =
                    OptionSpec.builder("--" + key).description(help).setter(setter);
            // A switch may be given a value too: --nesterov=false turns off what the nesterov optimizer has on.
            flags.add(
                    h.isFlag()
                            ? flag.type(Boolean.class)
                                    .arity("0..1")
                                    .paramLabel("true|false")
                                    .build()
                            : flag.type(Double.class).paramLabel("F").build());
        }
        return flags;
    }
}
