package downhill.cli;

import downhill.engine.Numbers;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code optimizers}: every optimizer with its hyperparameters and their defaults. */
@Command(
        name = "optimizers",
        mixinStandardHelpOptions = true,
        description = "List the optimizers with their hyperparameters and defaults.")
final class OptimizersCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (OptimizerType type : Optimizers.all()) {
            String hyperparameters = type.hyperparameters().stream()
                    .map(OptimizersCommand::describe)
                    .collect(Collectors.joining(" "));
            out.printf("%-10s %-18s %s   [%s]%n", type.name(), type.displayName(), hyperparameters, type.reference());
        }
    }

    private static String describe(Hyperparameter h) {
        if (h.isFlag()) {
            return "--" + h.key() + "=" + (h.defaultValue() != 0);
        }
        return "--" + h.key() + "=" + Numbers.format(h.defaultValue());
    }
}
