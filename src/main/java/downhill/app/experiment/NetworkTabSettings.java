package downhill.app.experiment;

import downhill.app.network.LossLandscapeViewModel;
import downhill.app.network.NetworkViewModel;
import downhill.engine.Numbers;
import downhill.engine.train.EarlyStopping;
import downhill.experiment.NetworkSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.Observable;

/** The network tab's view-model as {@link NetworkSettings}, and back. */
final class NetworkTabSettings {

    private final NetworkViewModel network;

    NetworkTabSettings(NetworkViewModel network) {
        this.network = network;
    }

    /** Everything {@link #capture()} reads (but the drawing): a change to any may be an unsaved change. */
    List<Observable> observables() {
        NetworkViewModel n = network;
        LossLandscapeViewModel slice = n.lossLandscape();
        return List.of(
                n.generatorProperty(),
                n.samplesProperty(),
                n.noiseProperty(),
                n.csvProperty(),
                n.seedProperty(),
                n.hiddenSizesProperty(),
                n.activationProperty(),
                n.lossProperty(),
                n.batchModeProperty(),
                n.batchSizeProperty(),
                n.epochsProperty(),
                n.l2Property(),
                n.logScaleProperty(),
                n.optimizers().revisionProperty(),
                slice.directionsProperty(),
                slice.rangeTextProperty(),
                slice.seedProperty(),
                slice.selectedProperty(),
                n.diagram().selectedProperty(),
                n.likeSklearnProperty());
    }

    NetworkSettings capture() {
        NetworkViewModel n = network;
        Path csv = n.dataFile();
        Path testCsv = n.testCsvProperty().get();
        return new NetworkSettings(
                new NetworkSettings.Data(
                        n.generatorProperty().get(),
                        (int) n.samplesProperty().get(),
                        n.noiseProperty().get(),
                        csv == null ? null : csv.toString(),
                        csv == null || testCsv == null ? null : testCsv.toString(),
                        n.drawingOnProperty().get()
                                ? n.drawing().pointsProperty().get()
                                : null),
                (long) n.seedProperty().get(),
                n.hiddenSizesProperty().get(),
                n.activationProperty().get(),
                n.lossProperty().get(),
                n.batchModeProperty().get(),
                (int) n.batchSizeProperty().get(),
                (int) n.epochsProperty().get(),
                n.l2Property().get(),
                n.logScaleProperty().get(),
                OptimizerEntries.capture(n.optimizers()),
                captureLossLandscape(n.lossLandscape()),
                n.diagram().selectedProperty().get(),
                n.initializationProperty().get(),
                dropoutOf(n),
                earlyStoppingOf(n),
                n.likeSklearnProperty().get());
    }

    /** The dropout typed, or none while it is not (yet) valid: a half-typed field is not saved. */
    private static List<Double> dropoutOf(NetworkViewModel n) {
        try {
            return n.dropout();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static EarlyStopping earlyStoppingOf(NetworkViewModel n) {
        try {
            return n.earlyStopping();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A range being typed that is not (yet) a number counts as "auto", as the view reads it. */
    private static NetworkSettings.LossLandscape captureLossLandscape(LossLandscapeViewModel slice) {
        double range;
        try {
            range = Double.parseDouble(slice.rangeTextProperty().get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            range = NetworkSettings.LossLandscape.AUTO;
        }
        if (!(range > 0 && range <= NetworkSettings.LossLandscape.MAX_RANGE)) {
            range = NetworkSettings.LossLandscape.AUTO;
        }
        return new NetworkSettings.LossLandscape(
                slice.directionsProperty().get(),
                range,
                (long) slice.seedProperty().get(),
                slice.selectedProperty().get());
    }

    /** Sets the tab to {@code s}, stopping any training. */
    void apply(NetworkSettings s) {
        NetworkViewModel n = network;
        n.reset();
        n.generatorProperty().set(s.data().generator());
        n.samplesProperty().set(s.data().samples());
        n.noiseProperty().set(s.data().noise());
        n.seedProperty().set(s.seed());
        if (s.data().drawn() != null) {
            n.drawing().replace(s.data().drawn(), false);
            n.useDrawing();
        } else if (s.data().csv() != null) {
            n.loadCsv(
                    Path.of(s.data().csv()),
                    s.data().testCsv() == null ? null : Path.of(s.data().testCsv()));
        } else if (n.dataFile() != null || n.drawingOnProperty().get()) {
            // dataFile, not csv: a file still loading (pending) must give way too.
            n.useGenerator();
        }
        n.hiddenTextProperty().set(s.hiddenSizes().stream().map(String::valueOf).collect(Collectors.joining(",")));
        n.activationProperty().set(s.activation());
        n.lossProperty().set(s.loss());
        n.batchModeProperty().set(s.batchMode());
        n.batchSizeProperty().set(s.batchSize());
        n.epochsProperty().set(s.epochs());
        n.l2Property().set(s.l2());
        n.logScaleProperty().set(s.logScale());
        OptimizerEntries.apply(n.optimizers(), s.optimizers());
        NetworkSettings.LossLandscape view = s.lossLandscape();
        n.lossLandscape().directionsProperty().set(view.directions());
        n.lossLandscape().rangeTextProperty().set(view.autoRange() ? "auto" : Numbers.format(view.range()));
        n.lossLandscape().seedProperty().set(view.seed());
        n.lossLandscape().selectedProperty().set(view.shown());
        n.diagram().selectedProperty().set(s.diagram());
        n.initializationProperty().set(s.initialization());
        n.dropoutTextProperty().set(s.dropout().stream().map(Numbers::format).collect(Collectors.joining(",")));
        n.earlyStoppingTextProperty()
                .set(s.earlyStopping() == null ? "" : s.earlyStopping().spec());
        // Last: while on, it sets the rows it governs to scikit-learn's values for the data.
        n.likeSklearnProperty().set(s.likeSklearn());
    }
}
