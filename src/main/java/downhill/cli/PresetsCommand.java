package downhill.cli;

import downhill.experiment.Preset;
import downhill.experiment.Presets;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code presets}: the scenarios of the Scenarios menu, one per line, the name first and then the title. */
@Command(name = "presets", mixinStandardHelpOptions = true,
        description = "List the ready scenarios (lessons): name, then title.")
final class PresetsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        int width = Presets.names().stream().mapToInt(String::length).max().orElse(0);
        for (Preset preset : Presets.all()) {
            out.printf("%-" + width + "s  %s%n", preset.name(), preset.title());
        }
    }
}
