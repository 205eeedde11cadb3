package downhill.experiment;

import static downhill.experiment.ExperimentReader.fields;
import static downhill.experiment.ExperimentReader.orDefault;

import downhill.engine.data.DrawnPoints;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Initialization;
import downhill.engine.nn.Loss;
import downhill.engine.slice.DirectionKind;
import downhill.engine.train.EarlyStopping;
import downhill.engine.train.TrainingPlan;
import downhill.experiment.NetworkSettings.BatchMode;
import downhill.experiment.NetworkSettings.LossLandscape;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code network} section of an experiment file for {@link ExperimentReader}: the data (generated, CSV or
 * drawn), the layers, the training settings, the optimizers and the loss landscape; each problem names its JSON path.
 */
final class NetworkReader {

    private static final Set<String> NETWORK_FIELDS = fields(
            "data",
            "seed",
            "hiddenSizes",
            "activation",
            "loss",
            "batchMode",
            "batchSize",
            "epochs",
            "l2",
            "logScale",
            "optimizers",
            "lossLandscape",
            "view",
            "init",
            "dropout",
            "earlyStopping",
            "like");
    private static final Set<String> DATA_FIELDS = fields("generator", "samples", "noise", "csv", "testCsv", "drawn");
    private static final Set<String> DRAWN_FIELDS = fields("classes", "points");
    private static final Set<String> LOSS_LANDSCAPE_FIELDS = fields("directions", "range", "seed", "shown");

    private NetworkReader() {}

    static NetworkSettings read(JsonValue v, CsvFiles files) {
        v.object(NETWORK_FIELDS);
        NetworkSettings opening = Experiment.defaultNetwork();
        NetworkSettings.Data data = orDefault(v.field("data"), opening.data(), s -> data(s, files));
        long seed = orDefault(v.field("seed"), opening.seed(), s -> s.whole(0L, NetworkSettings.MAX_SEED));
        List<Integer> hidden = orDefault(v.field("hiddenSizes"), opening.hiddenSizes(), NetworkReader::hidden);
        Activation activation =
                orDefault(v.field("activation"), opening.activation(), s -> s.choice(ExperimentNames.ACTIVATIONS));
        String loss = orDefault(v.field("loss"), opening.loss(), s -> {
            String text = s.text();
            return text.equals("auto") ? text : s.checked(() -> Loss.parse(text).label());
        });
        BatchMode batchMode =
                orDefault(v.field("batchMode"), opening.batchMode(), s -> s.choice(ExperimentNames.BATCH_MODES));
        int batchSize = orDefault(v.field("batchSize"), opening.batchSize(), s -> s.whole(1, Integer.MAX_VALUE));
        int epochs = orDefault(v.field("epochs"), opening.epochs(), s -> s.whole(1, NetworkSettings.MAX_EPOCHS));
        double l2 = orDefault(v.field("l2"), opening.l2(), s -> {
            double value = s.number();
            if (value < 0) {
                throw s.error("must be a number ≥ 0, got " + value);
            }
            return value;
        });
        boolean logScale = orDefault(v.field("logScale"), opening.logScale(), JsonValue::bool);
        List<OptimizerEntry> optimizers =
                orDefault(v.field("optimizers"), opening.optimizers(), ExperimentReader::optimizers);
        LossLandscape lossLandscape =
                orDefault(v.field("lossLandscape"), opening.lossLandscape(), NetworkReader::lossLandscape);
        boolean diagram = orDefault(v.field("view"), opening.diagram(), s -> {
            Boolean shown = ExperimentNames.NETWORK_VIEWS.get(s.text());
            if (shown == null) {
                throw s.error("must be \"boundaries\" or \"diagram\", got \"" + s.text() + "\"");
            }
            return shown;
        });
        Initialization init = orDefault(
                v.field("init"), opening.initialization(), s -> s.checked(() -> Initialization.parse(s.text())));
        List<Double> dropout = orDefault(v.field("dropout"), opening.dropout(), s -> dropout(s, hidden.size()));
        EarlyStopping stopping = orDefault(
                v.field("earlyStopping"), opening.earlyStopping(), s -> s.checked(() -> EarlyStopping.parse(s.text())));
        boolean like = orDefault(v.field("like"), opening.likeSklearn(), s -> {
            if (!s.text().equals("sklearn")) {
                throw s.error("must be \"sklearn\" (scikit-learn's conventions, as train --like sklearn), got \""
                        + s.text() + "\"");
            }
            return true;
        });
        return v.checked(() -> new NetworkSettings(
                data,
                seed,
                hidden,
                activation,
                loss,
                batchMode,
                batchSize,
                epochs,
                l2,
                logScale,
                optimizers,
                lossLandscape,
                diagram,
                init,
                dropout,
                stopping,
                like));
    }

    /** One probability (for every hidden layer) or a list of one per hidden layer, checked where it stands. */
    private static List<Double> dropout(JsonValue v, int hiddenLayers) {
        List<Double> rates = new ArrayList<>();
        for (JsonValue item : v.isArray() ? v.items() : List.of(v)) {
            double p = item.number();
            if (!(p >= 0 && p < 1)) {
                throw item.error("must be a probability ≥ 0 and < 1, got " + p);
            }
            rates.add(p);
        }
        return v.checked(() -> {
            TrainingPlan.checkDropout(rates, hiddenLayers);
            return rates;
        });
    }

    private static NetworkSettings.Data data(JsonValue v, CsvFiles files) {
        v.object(DATA_FIELDS);
        NetworkSettings.Data opening = Experiment.defaultNetwork().data();
        int samples = orDefault(
                v.field("samples"),
                opening.samples(),
                s -> s.whole(NetworkSettings.Data.MIN_SAMPLES, NetworkSettings.Data.MAX_SAMPLES));
        double noise = orDefault(v.field("noise"), opening.noise(), s -> {
            double value = s.number();
            if (value < 0 || value > 5) {
                throw s.error("must be a number from 0 to 5, got " + value);
            }
            return value;
        });
        JsonValue generatorValue = v.field("generator");
        String generator = orDefault(generatorValue, opening.generator(), JsonValue::text);
        generatorValue.checked(() -> new NetworkSettings.Data(generator, samples, noise, null));
        String csv = existingFile(v.field("csv"), files);
        JsonValue testValue = v.field("testCsv");
        String testCsv = existingFile(testValue, files);
        if (testCsv != null && csv == null) {
            throw testValue.error("a test file needs \"csv\" to name the training data's file too");
        }
        JsonValue drawnValue = v.field("drawn");
        DrawnPoints drawn = !drawnValue.present() || drawnValue.isNull() ? null : drawn(drawnValue);
        if (drawn != null && csv != null) {
            throw drawnValue.error("drawn data and \"csv\" exclude each other");
        }
        return v.checked(() -> new NetworkSettings.Data(generator, samples, noise, csv, testCsv, drawn));
    }

    /** {@code {"classes": k, "points": [[x, y, class], ...]}}, each problem located at its point. */
    private static DrawnPoints drawn(JsonValue v) {
        v.object(DRAWN_FIELDS);
        JsonValue classesValue = v.field("classes");
        int classes = orDefault(
                classesValue, DrawnPoints.MIN_CLASSES, s -> s.whole(DrawnPoints.MIN_CLASSES, DrawnPoints.MAX_CLASSES));
        List<JsonValue> items = v.required("points").items();
        if (items.size() > DrawnPoints.MAX_POINTS) {
            throw v.field("points").error("at most " + DrawnPoints.MAX_POINTS + " points, got " + items.size());
        }
        List<DrawnPoints.Point> points = new ArrayList<>();
        for (JsonValue item : items) {
            List<JsonValue> xyc = item.items();
            if (xyc.size() != 3) {
                throw item.error("a point is [x, y, class], got " + xyc.size() + " numbers");
            }
            points.add(new DrawnPoints.Point(
                    xyc.get(0).number(), xyc.get(1).number(), xyc.get(2).whole(0, classes - 1)));
        }
        return v.checked(() -> new DrawnPoints(classes, points));
    }

    /** A file field's path (absent, null or blank: null), refused when no such file is there. */
    private static String existingFile(JsonValue value, CsvFiles files) {
        String path = !value.present() || value.isNull() ? null : value.text();
        return path == null || path.isBlank() ? null : files.resolve(path, value);
    }

    private static List<Integer> hidden(JsonValue v) {
        List<JsonValue> items = v.items();
        if (items.size() > NetworkSettings.MAX_HIDDEN_LAYERS) {
            throw v.error("at most " + NetworkSettings.MAX_HIDDEN_LAYERS + " hidden layers, got " + items.size());
        }
        return items.stream()
                .map(item -> item.whole(1, NetworkSettings.MAX_LAYER_SIZE))
                .toList();
    }

    private static LossLandscape lossLandscape(JsonValue v) {
        v.object(LOSS_LANDSCAPE_FIELDS);
        LossLandscape opening = LossLandscape.DEFAULT;
        DirectionKind directions =
                orDefault(v.field("directions"), opening.directions(), s -> s.choice(ExperimentNames.DIRECTIONS));
        JsonValue rangeValue = v.field("range");
        double range = orDefault(
                rangeValue,
                opening.range(),
                s -> s.isTextual() && s.text().equals("auto") ? LossLandscape.AUTO : s.number());
        long seed = orDefault(v.field("seed"), opening.seed(), s -> s.whole(0L, NetworkSettings.MAX_SEED));
        boolean shown = orDefault(v.field("shown"), opening.shown(), JsonValue::bool);
        return rangeValue.checked(() -> new LossLandscape(directions, range, seed, shown));
    }
}
