package downhill.cli;

import downhill.experiment.Lesson;
import downhill.experiment.Presets;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code presets}: the scenarios of the Scenarios menu, one per line, the name first and then the title; a lesson of
 * several steps adds their number in brackets, e.g. {@code (3 steps)}.
 */
@Command(
        name = "presets",
        mixinStandardHelpOptions = true,
        description = "List the ready scenarios (lessons): name, then title, then a lesson's number of steps.")
final class PresetsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        int width = Presets.names().stream().mapToInt(String::length).max().orElse(0);
        for (Lesson lesson : Presets.lessons()) {
            int steps = lesson.steps().size();
            out.printf(
                    "%-" + width + "s  %s%s%n",
                    lesson.name(),
                    lesson.title(),
                    steps > 1 ? "  (" + steps + " steps)" : "");
        }
    }
}
