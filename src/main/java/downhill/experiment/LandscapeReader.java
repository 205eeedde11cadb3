package downhill.experiment;

import static downhill.experiment.ExperimentReader.fields;
import static downhill.experiment.ExperimentReader.orDefault;

import downhill.engine.data.BatchSize;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.landscape.Colormap;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.StopRule;
import downhill.experiment.LandscapeSettings.Layout;
import downhill.experiment.LandscapeSettings.View;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code landscape} section of an experiment file for {@link ExperimentReader}: the function, its window
 * and start, the race's settings, the optimizers and the hyperparameter map; each problem names its JSON path.
 */
final class LandscapeReader {

    private static final Set<String> LANDSCAPE_FIELDS = fields(
            "function",
            "batchSize",
            "seed",
            "gradientNoise",
            "window",
            "start",
            "stepLimit",
            "speed",
            "layout",
            "colormap",
            "logScale",
            "lossLogScale",
            "view",
            "map",
            "optimizers");

    private LandscapeReader() {}

    static LandscapeSettings read(JsonValue v) {
        v.object(LANDSCAPE_FIELDS);
        JsonValue functionValue = v.required("function");
        String function = functionValue.text();
        Objective f = functionValue.checked(() -> LandscapeSettings.objective(function));
        LandscapeSettings opening =
                LandscapeSettings.of(function, Experiment.defaultLandscape().optimizers());
        JsonValue batch = v.field("batchSize");
        int batchSize = !batch.present()
                ? opening.batchSize()
                : batch.isTextual() && batch.text().equals("all")
                        ? BatchSize.ALL
                        : batch.isTextual() ? throwBatch(batch) : batch.whole(1, Integer.MAX_VALUE);
        long seed = v.field("seed").present() ? v.field("seed").whole(0L, NetworkSettings.MAX_SEED) : 0;
        double noise = orDefault(v.field("gradientNoise"), 0.0, JsonValue::number);
        JsonValue noiseValue = v.field("gradientNoise");
        if (noise < 0) {
            throw noiseValue.error("must be a number ≥ 0, got " + noise);
        }
        Window window = orDefault(v.field("window"), f.window(), LandscapeReader::window);
        Point start = orDefault(v.field("start"), f.start(), LandscapeReader::point);
        if (!StopRule.DEFAULT.admitsStart(f, start)) {
            // A race from there would have no first row: refused here, as the CLI and the window refuse it.
            throw (v.field("start").present() ? v.field("start") : functionValue).error(Objective.outsideDomain(start));
        }
        int stepLimit =
                orDefault(v.field("stepLimit"), opening.stepLimit(), s -> s.whole(1, LandscapeSettings.MAX_STEPS));
        double speed = orDefault(v.field("speed"), opening.speed(), s -> (double) s.whole(1, 500));
        Layout layout = orDefault(v.field("layout"), opening.layout(), s -> s.choice(ExperimentNames.LAYOUTS));
        Colormap colormap =
                orDefault(v.field("colormap"), opening.colormap(), s -> s.choice(ExperimentNames.COLORMAPS));
        boolean logScale = orDefault(v.field("logScale"), opening.logScale(), JsonValue::bool);
        boolean lossLogScale = orDefault(v.field("lossLogScale"), opening.lossLogScale(), JsonValue::bool);
        View view = orDefault(v.field("view"), opening.view(), s -> s.choice(ExperimentNames.VIEWS));
        List<OptimizerEntry> optimizers =
                orDefault(v.field("optimizers"), opening.optimizers(), ExperimentReader::optimizers);
        JsonValue mapValue = v.field("map");
        LandscapeSettings.MapAxes map = null;
        if (mapValue.present()) {
            mapValue.object(Set.of("optimizer", "x", "y", "xRange", "yRange"));
            JsonValue name = mapValue.required("optimizer");
            String optimizer = name.text();
            name.checked(() -> Optimizers.byName(optimizer));
            String x = mapValue.required("x").text();
            String y = mapValue.required("y").text();
            double[] xRange = range(mapValue.field("xRange"));
            double[] yRange = range(mapValue.field("yRange"));
            map = mapValue.checked(
                    () -> new LandscapeSettings.MapAxes(optimizer, x, y, xRange[0], xRange[1], yRange[0], yRange[1]));
        }
        LandscapeSettings.MapAxes axes = map;
        return v.checked(() -> new LandscapeSettings(
                function,
                batchSize,
                seed,
                noise,
                window,
                start,
                stepLimit,
                speed,
                layout,
                colormap,
                logScale,
                lossLogScale,
                view,
                optimizers,
                axes));
    }

    /** A map axis' {@code [from, to]}, or NaN for both when absent (the slider's range). */
    private static double[] range(JsonValue v) {
        if (!v.present()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        List<JsonValue> ends = v.items();
        if (ends.size() != 2) {
            throw v.error("must be [from, to], got " + ends.size() + " numbers");
        }
        return new double[] {ends.get(0).number(), ends.get(1).number()};
    }

    private static int throwBatch(JsonValue batch) {
        throw batch.error("must be \"all\" or a whole number ≥ 1, got '" + batch.text() + "'");
    }

    private static Window window(JsonValue v) {
        v.object(fields("xMin", "xMax", "yMin", "yMax"));
        double xMin = v.required("xMin").number();
        double xMax = v.required("xMax").number();
        double yMin = v.required("yMin").number();
        double yMax = v.required("yMax").number();
        return v.checked(() -> new Window(xMin, xMax, yMin, yMax));
    }

    private static Point point(JsonValue v) {
        v.object(fields("x", "y"));
        return new Point(v.required("x").number(), v.required("y").number());
    }
}
