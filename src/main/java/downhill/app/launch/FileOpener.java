package downhill.app.launch;

import downhill.app.experiment.ExperimentController;
import downhill.app.experiment.ExperimentViewModel;
import downhill.app.i18n.Messages;
import downhill.app.network.NetworkViewModel;
import downhill.experiment.Experiment;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a file that came from outside the window (the command line, a later start, a drop) the way the menus open
 * one: an experiment as File → Open does (unsaved changes asked about first, a bad file explained in the same
 * dialog, nothing changed), a CSV file as the network tab's Load CSV… does (the tab comes to the front), anything
 * else refused in that same dialog. Runs on the FX thread.
 */
public final class FileOpener {

    /** What a file is taken for, by its ending. */
    public enum Kind {
        EXPERIMENT,
        CSV,
        UNSUPPORTED;

        /** {@code .json} and {@code .downhill} are experiments, {@code .csv} is data, in any case of letters. */
        public static Kind of(Path file) {
            Path name = file.getFileName();
            String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
            if (text.endsWith(".json") || text.endsWith(".downhill")) {
                return EXPERIMENT;
            }
            return text.endsWith(".csv") ? CSV : UNSUPPORTED;
        }
    }

    private final ExperimentController experiments;
    private final ExperimentViewModel experiment;
    private final NetworkViewModel network;

    public FileOpener(ExperimentController experiments, ExperimentViewModel experiment, NetworkViewModel network) {
        this.experiments = experiments;
        this.experiment = experiment;
        this.network = network;
    }

    /** Opens {@code file} as its kind says. */
    public void open(Path file) {
        switch (Kind.of(file)) {
            case EXPERIMENT -> {
                if (experiments.confirmLeave()) {
                    experiments.open(file);
                }
            }
            case CSV -> {
                // As Load CSV… does: a bad file shows its error under the data settings and the old data stays.
                experiment.activeTabProperty().set(Experiment.Tab.NETWORK);
                network.data().loadCsv(file);
            }
            case UNSUPPORTED ->
                experiments.showOpenProblem(
                        file,
                        Messages.text(
                                "launch.unsupported",
                                file.getFileName() == null
                                        ? file.toString()
                                        : file.getFileName().toString()));
        }
    }
}
