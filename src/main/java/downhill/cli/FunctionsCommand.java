package downhill.cli;

import downhill.engine.Numbers;
import downhill.engine.function.Functions;
import downhill.engine.function.Minimum;
import downhill.engine.function.Objective;
import downhill.engine.function.Window;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code functions}: every built-in with its name, formula, window and minima. */
@Command(
        name = "functions",
        mixinStandardHelpOptions = true,
        description = "List the built-in functions with their formulas, windows and minima.")
final class FunctionsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (Objective f : Functions.builtins()) {
            Window w = f.window();
            out.printf("%-16s %s%n", f.name(), f.formula());
            out.printf(
                    "%-16s window x in [%s, %s], y in [%s, %s]; start %s,%s%n",
                    "",
                    Numbers.format(w.xMin()),
                    Numbers.format(w.xMax()),
                    Numbers.format(w.yMin()),
                    Numbers.format(w.yMax()),
                    Numbers.format(f.start().x()),
                    Numbers.format(f.start().y()));
            String minima = f.minima().isEmpty()
                    ? "none"
                    : f.minima().stream().map(FunctionsCommand::minimum).collect(Collectors.joining("; "));
            out.printf("%-16s minima %s%n", "", minima);
        }
    }

    private static String minimum(Minimum m) {
        return "(" + Numbers.format(m.x()) + ", " + Numbers.format(m.y()) + ")" + (m.global() ? " global" : " local");
    }
}
