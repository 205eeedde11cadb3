package downhill.app.experiment;

import downhill.app.network.LossLandscapeViewModel;
import downhill.app.network.NetworkData;
import downhill.app.network.NetworkShape;
import downhill.app.network.NetworkViewModel;
import downhill.app.network.TrainingSettings;
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
    private final NetworkData data;
    private final NetworkShape shape;
    private final TrainingSettings training;

    NetworkTabSettings(NetworkViewModel network) {
        this.network = network;
        this.data = network.data();
        this.shape = network.shape();
        this.training = network.trainingSettings();
    }

    /** Everything {@link #capture()} reads (but the drawing): a change to any may be an unsaved change. */
    List<Observable> observables() {
        NetworkViewModel n = network;
        LossLandscapeViewModel slice = n.lossLandscape();
        return List.of(
                data.generatorProperty(),
                data.samplesProperty(),
                data.noiseProperty(),
                data.csvProperty(),
                data.seedProperty(),
                shape.hiddenSizesProperty(),
                shape.activationProperty(),
                shape.lossProperty(),
                training.batchModeProperty(),
                training.batchSizeProperty(),
                training.epochsProperty(),
                training.l2Property(),
                n.logScaleProperty(),
                n.optimizers().revisionProperty(),
                slice.directionsProperty(),
                slice.rangeTextProperty(),
                slice.seedProperty(),
                slice.selectedProperty(),
                n.diagram().selectedProperty(),
                training.likeSklearnProperty());
    }

    NetworkSettings capture() {
        NetworkViewModel n = network;
        Path csv = data.dataFile();
        Path testCsv = data.testCsvProperty().get();
        return new NetworkSettings(
                new NetworkSettings.Data(
                        data.generatorProperty().get(),
                        (int) data.samplesProperty().get(),
                        data.noiseProperty().get(),
                        csv == null ? null : csv.toString(),
                        csv == null || testCsv == null ? null : testCsv.toString(),
                        data.drawingOnProperty().get()
                                ? data.drawing().pointsProperty().get()
                                : null),
                (long) data.seedProperty().get(),
                shape.hiddenSizesProperty().get(),
                shape.activationProperty().get(),
                shape.lossProperty().get(),
                training.batchModeProperty().get(),
                (int) training.batchSizeProperty().get(),
                (int) training.epochsProperty().get(),
                training.l2Property().get(),
                n.logScaleProperty().get(),
                OptimizerEntries.capture(n.optimizers()),
                captureLossLandscape(n.lossLandscape()),
                n.diagram().selectedProperty().get(),
                shape.initializationProperty().get(),
                validDropout(),
                validEarlyStopping(),
                training.likeSklearnProperty().get());
    }

    /** The dropout typed, or none while it is not (yet) valid: a half-typed field is not saved. */
    private List<Double> validDropout() {
        try {
            return shape.dropout();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private EarlyStopping validEarlyStopping() {
        try {
            return training.earlyStopping();
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
        n.training().reset();
        data.generatorProperty().set(s.data().generator());
        data.samplesProperty().set(s.data().samples());
        data.noiseProperty().set(s.data().noise());
        data.seedProperty().set(s.seed());
        if (s.data().drawn() != null) {
            data.drawing().replace(s.data().drawn(), false);
            data.useDrawing();
        } else if (s.data().csv() != null) {
            n.data()
                    .loadCsv(
                            Path.of(s.data().csv()),
                            s.data().testCsv() == null ? null : Path.of(s.data().testCsv()));
        } else if (data.dataFile() != null || data.drawingOnProperty().get()) {
            // dataFile, not csv: a file still loading (pending) must give way too.
            data.useGenerator();
        }
        n.shape()
                .hiddenTextProperty()
                .set(s.hiddenSizes().stream().map(String::valueOf).collect(Collectors.joining(",")));
        shape.activationProperty().set(s.activation());
        shape.lossProperty().set(s.loss());
        training.batchModeProperty().set(s.batchMode());
        training.batchSizeProperty().set(s.batchSize());
        training.epochsProperty().set(s.epochs());
        training.l2Property().set(s.l2());
        n.logScaleProperty().set(s.logScale());
        OptimizerEntries.apply(n.optimizers(), s.optimizers());
        NetworkSettings.LossLandscape view = s.lossLandscape();
        n.lossLandscape().directionsProperty().set(view.directions());
        n.lossLandscape().rangeTextProperty().set(view.autoRange() ? "auto" : Numbers.format(view.range()));
        n.lossLandscape().seedProperty().set(view.seed());
        n.lossLandscape().selectedProperty().set(view.shown());
        n.diagram().selectedProperty().set(s.diagram());
        shape.initializationProperty().set(s.initialization());
        n.shape()
                .dropoutTextProperty()
                .set(s.dropout().stream().map(Numbers::format).collect(Collectors.joining(",")));
        n.trainingSettings()
                .earlyStoppingTextProperty()
                .set(s.earlyStopping() == null ? "" : s.earlyStopping().spec());
        // Last: while on, it sets the rows it governs to scikit-learn's values for the data.
        training.likeSklearnProperty().set(s.likeSklearn());
    }
}
