package downhill.experiment;

import downhill.engine.data.BatchSize;
import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.function.data.DataModel;
import downhill.engine.function.data.DataObjective;
import downhill.engine.function.data.DataObjectives;
import downhill.engine.landscape.Colormap;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Everything the landscape tab shows and races.
 *
 * @param function      a built-in's name, a data model's name ({@code linear-regression}, {@code
 *                      logistic-regression}) or an expression in x and y (kept in its canonical spelling)
 * @param batchSize     samples per step of a data model, {@link BatchSize#ALL} for all; ignored for functions
 * @param seed          seeds the mini-batch order and the gradient noise
 * @param gradientNoise std of Gaussian noise added to each gradient component of a function (0: exact gradients)
 * @param speed         steps per second of the animation, a whole number from 1 to 500 (the slider's steps)
 * @param map           what the Map layout maps, or null for its defaults (the first racing optimizer, lr × its
 *                      momentum or β₁)
 */
public record LandscapeSettings(
        String function,
        int batchSize,
        long seed,
        double gradientNoise,
        Window window,
        Point start,
        int stepLimit,
        double speed,
        Layout layout,
        Colormap colormap,
        boolean logScale,
        boolean lossLogScale,
        View view,
        List<OptimizerEntry> optimizers,
        MapAxes map) {

    /**
     * The Map layout's optimizer and its two hyperparameters, by their registry names and keys, each over
     * [from, to] (NaN for both: the editor slider's range, on its scale).
     */
    public record MapAxes(String optimizer, String x, String y, double xFrom, double xTo, double yFrom, double yTo) {

        public MapAxes {
            var type = Optimizers.byName(optimizer);
            for (String key : new String[] {x, y}) {
                if (!type.has(key) || type.hyperparameter(key).isFlag()) {
                    throw new IllegalArgumentException(optimizer + " has no numeric hyperparameter '" + key
                            + "' to map (it has " + type.keys() + ")");
                }
            }
            if (x.equals(y)) {
                throw new IllegalArgumentException("the map's two axes must differ, both are " + x);
            }
            checkRange(type.hyperparameter(x), xFrom, xTo);
            checkRange(type.hyperparameter(y), yFrom, yTo);
        }

        /** Both axes over their sliders' ranges. */
        public MapAxes(String optimizer, String x, String y) {
            this(optimizer, x, y, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }

        public boolean hasXRange() {
            return !Double.isNaN(xFrom);
        }

        public boolean hasYRange() {
            return !Double.isNaN(yFrom);
        }

        /**
         * Refuses a range whose ends are not both given, not accepted values of {@code h}, not increasing, or not
         * positive on a log axis; both NaN is no range.
         */
        public static void checkRange(Hyperparameter h, double from, double to) {
            if (Double.isNaN(from) && Double.isNaN(to)) {
                return;
            }
            if (!(from < to)) {
                throw new IllegalArgumentException(h.key() + ": the map's range must run from a smaller to a larger"
                        + " value, got " + from + " to " + to);
            }
            h.check(from);
            h.check(to);
            if (h.logarithmic() && !(from > 0)) {
                throw new IllegalArgumentException(h.key() + ": a log axis needs values > 0, got " + from);
            }
        }
    }

    public static final int MAX_STEPS = 20_000;
    /** Made once: each holds its data, and its minimum comes from Newton's method. */
    private static final List<DataObjective> MODELS =
            Arrays.stream(DataModel.values()).map(DataObjectives::onDefaultData).toList();

    /** All paths on one landscape, one small panel each, or one optimizer's hyperparameter map. */
    public enum Layout {
        OVERLAY,
        GRID,
        MAP
    }

    /** The heatmap from above, or the 3-D surface. */
    public enum View {
        FLAT,
        SURFACE
    }

    public LandscapeSettings {
        function = canonicalFunction(function);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (!(gradientNoise >= 0) || Double.isInfinite(gradientNoise)) {
            throw new IllegalArgumentException("gradient noise must be a finite number ≥ 0, got " + gradientNoise);
        }
        if (!Double.isFinite(start.x()) || !Double.isFinite(start.y())) {
            throw new IllegalArgumentException("the start must be finite, got " + start);
        }
        if (stepLimit < 1 || stepLimit > MAX_STEPS) {
            throw new IllegalArgumentException("the step limit must be 1 to " + MAX_STEPS + ", got " + stepLimit);
        }
        if (!(speed >= 1 && speed <= 500) || speed != Math.rint(speed)) {
            throw new IllegalArgumentException(
                    "speed must be a whole number of steps per second from 1 to 500, got " + speed);
        }
        optimizers = OptimizerList.canonical(optimizers);
    }

    /** The tab as it opens on {@code function}: its window, start and colour scaling, the given optimizers. */
    public static LandscapeSettings of(String function, List<OptimizerEntry> optimizers) {
        Objective f = objective(function);
        return new LandscapeSettings(
                function,
                BatchSize.ALL,
                0,
                0,
                f.window(),
                f.start(),
                500,
                60,
                Layout.OVERLAY,
                Colormap.standard(),
                f.prefersLogScale(),
                true,
                View.FLAT,
                optimizers,
                null);
    }

    /** The objective {@code function} names: a built-in, a data model on its default data, or an expression. */
    public static Objective objective(String function) {
        return model(function).orElseGet(() -> Functions.resolve(function));
    }

    public Objective objective() {
        return objective(function);
    }

    private static Optional<Objective> model(String name) {
        return MODELS.stream()
                .filter(m -> m.name().equals(name.strip()))
                .map(Objective.class::cast)
                .findFirst();
    }

    /** The name of a built-in or a model; an expression in the canonical spelling its parser prints. */
    private static String canonicalFunction(String text) {
        Objective f = objective(text);
        boolean named =
                model(text).isPresent() || Functions.builtin(text.strip()).isPresent();
        return named ? f.name() : f.formula();
    }

    public List<Contender> racing() {
        return OptimizerList.racing(optimizers);
    }
}
