package downhill.cli;

import downhill.engine.Numbers;
import downhill.engine.data.Generator;
import downhill.engine.data.GeneratorParameter;
import downhill.engine.data.Generators;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code datasets}: the built-in data generators with their parameters, and what a CSV file must look like. */
@Command(
        name = "datasets",
        mixinStandardHelpOptions = true,
        description = "List the built-in datasets with their parameters, and the CSV format.")
final class DatasetsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "Every generator takes --samples N (default %d), --noise F (default %s) and --seed S (default 0).%n",
                DataOptions.DEFAULT_SAMPLES, Numbers.format(DataOptions.DEFAULT_NOISE));
        out.println("Give a generator's own parameters after a colon, e.g. --data circles:factor=0.3.");
        out.println();
        for (Generator g : Generators.all()) {
            out.printf("%-10s %s%n", g.name(), g.description());
            out.printf("%-10s noise: %s%n", "", g.noiseMeaning());
            for (GeneratorParameter p : g.parameters()) {
                String value = p.whole() ? Long.toString((long) p.defaultValue()) : Numbers.format(p.defaultValue());
                out.printf("%-10s %s=%s  %s%n", "", p.name(), value, p.description());
            }
        }
        out.printf(
                "%-10s a CSV file: a header row of names, then numbers only; the label is the last column%n",
                "FILE.csv");
        out.printf(
                "%-10s (or --label NAME). Whole-number labels are classes, anything else a regression target.%n", "");
    }
}
