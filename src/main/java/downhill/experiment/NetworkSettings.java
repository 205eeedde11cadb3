package downhill.experiment;

import downhill.engine.data.DrawnPoints;
import downhill.engine.data.Generators;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Initialization;
import downhill.engine.nn.Loss;
import downhill.engine.run.Contender;
import downhill.engine.slice.DirectionKind;
import downhill.engine.train.EarlyStopping;
import downhill.engine.train.TrainingPlan;
import java.util.List;
import java.util.Objects;

/**
 * Everything the neural network tab trains.
 *
 * @param seed          seeds the generated data, the train/test split, the initial weights and the batch order
 * @param loss          {@code auto} (from the data) or a loss's label ({@code bce}, {@code ce}, {@code mse})
 * @param batchSize     samples per update in {@link BatchMode#MINI_BATCH} mode (kept for the other modes)
 * @param lossLandscape how the loss-landscape view slices the network's loss
 * @param diagram       whether the network diagram is shown in place of the decision boundaries (file field
 *                      {@code "view": "diagram"}; absent in files written before it, which open on the boundaries)
 * @param initialization how the weights start (file field {@code "init"}, e.g. {@code "he-normal"}; absent for
 *                      {@link Initialization#DEFAULT})
 * @param dropout       dropout probabilities in training: none (empty, absent from files), one for every hidden
 *                      layer, or one per hidden layer (file field {@code "dropout"}: a number or a list)
 * @param earlyStopping when to stop before the last epoch, or null (file field {@code "earlyStopping"}, as
 *                      {@code train --early-stopping}; absent when null)
 * @param likeSklearn   whether training runs as scikit-learn's MLPClassifier does by default, as
 *                      {@code train --like sklearn} (file field {@code "like": "sklearn"}; absent when off)
 */
public record NetworkSettings(
        Data data,
        long seed,
        List<Integer> hiddenSizes,
        Activation activation,
        String loss,
        BatchMode batchMode,
        int batchSize,
        int epochs,
        double l2,
        boolean logScale,
        List<OptimizerEntry> optimizers,
        LossLandscape lossLandscape,
        boolean diagram,
        Initialization initialization,
        List<Double> dropout,
        EarlyStopping earlyStopping,
        boolean likeSklearn) {

    /** Seeds are stored as doubles by the tab's number field: beyond 2⁵³ they would not come back the same. */
    public static final long MAX_SEED = 1L << 53;

    public static final int MAX_HIDDEN_LAYERS = 16;
    public static final int MAX_LAYER_SIZE = 4096;
    public static final int MIN_EPOCHS = 1;
    public static final int MAX_EPOCHS = 100_000;
    public static final int MIN_BATCH_SIZE = 1;

    /**
     * Where the samples come from: a generator spec ({@code moons}, {@code circles:factor=0.3}) with its sample
     * count and noise, or a CSV file (then {@code csv} is its path and the generator fields are kept for later).
     * {@code testCsv}, with a CSV file only, is a file of the same columns tested on instead of a share of
     * {@code csv} (null: split off). {@code drawn}, when not null, is data drawn by hand, trained on instead of the
     * generator (file field {@code "drawn"}; never together with a CSV file).
     */
    public record Data(String generator, int samples, double noise, String csv, String testCsv, DrawnPoints drawn) {

        public static final int MIN_SAMPLES = 20;
        public static final int MAX_SAMPLES = 100_000;
        /** A generator's noise: 0 (clean) to 5 (the classes drown). */
        public static final double MAX_NOISE = 5;

        public Data {
            if (samples < MIN_SAMPLES || samples > MAX_SAMPLES) {
                throw new IllegalArgumentException(
                        "samples must be " + MIN_SAMPLES + " to " + MAX_SAMPLES + ", got " + samples);
            }
            if (!(noise >= 0 && noise <= MAX_NOISE)) {
                throw new IllegalArgumentException(
                        "noise must be a number from 0 to " + (int) MAX_NOISE + ", got " + noise);
            }
            // Generating the samples once checks the name and the parameters with the generator's own messages.
            Generators.generate(generator, samples, noise, 0);
            if (csv != null && csv.isBlank()) {
                csv = null;
            }
            if (testCsv != null && testCsv.isBlank()) {
                testCsv = null;
            }
            if (testCsv != null && csv == null) {
                throw new IllegalArgumentException("a test file needs the data to be a CSV file too, not a generator");
            }
            if (drawn != null && csv != null) {
                throw new IllegalArgumentException("drawn data and a CSV file exclude each other");
            }
        }

        /** Generated or CSV data, not drawn. */
        public Data(String generator, int samples, double noise, String csv, String testCsv) {
            this(generator, samples, noise, csv, testCsv, null);
        }

        /** Data whose test part is split off. */
        public Data(String generator, int samples, double noise, String csv) {
            this(generator, samples, noise, csv, null);
        }
    }

    /** How the samples are cut into batches. */
    public enum BatchMode {
        MINI_BATCH,
        BATCH,
        STOCHASTIC
    }

    /**
     * The loss-landscape view: its two directions, the range of α and β ({@link #AUTO}: fitted to the paths for
     * PCA, 1 for random directions), the seed of random directions, and whether the view is shown in place of the
     * decision boundaries.
     */
    public record LossLandscape(DirectionKind directions, double range, long seed, boolean shown) {

        /** The range the view fits itself. */
        public static final double AUTO = Double.NaN;

        public static final double MAX_RANGE = 1e6;
        public static final LossLandscape DEFAULT = new LossLandscape(DirectionKind.PCA, AUTO, 0, false);

        public LossLandscape {
            Objects.requireNonNull(directions, "directions");
            if (!Double.isNaN(range) && !(range > 0 && range <= MAX_RANGE)) {
                throw new IllegalArgumentException(
                        "the range must be \"auto\" or a number > 0 and ≤ 10⁶, got " + range);
            }
            checkSeed(seed);
        }

        public boolean autoRange() {
            return Double.isNaN(range);
        }
    }

    public NetworkSettings {
        checkSeed(seed);
        hiddenSizes = List.copyOf(hiddenSizes);
        if (hiddenSizes.size() > MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException(
                    "at most " + MAX_HIDDEN_LAYERS + " hidden layers, got " + hiddenSizes.size());
        }
        for (int size : hiddenSizes) {
            if (size < 1 || size > MAX_LAYER_SIZE) {
                throw new IllegalArgumentException("a hidden layer has 1 to " + MAX_LAYER_SIZE + " units, got " + size);
            }
        }
        if (!loss.equals("auto")) {
            loss = Loss.parse(loss).label();
        }
        if (batchSize < MIN_BATCH_SIZE) {
            throw new IllegalArgumentException("batch size must be at least " + MIN_BATCH_SIZE + ", got " + batchSize);
        }
        if (epochs < MIN_EPOCHS || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException(
                    "epochs must be " + MIN_EPOCHS + " to " + MAX_EPOCHS + ", got " + epochs);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("L2 must be a finite number ≥ 0, got " + l2);
        }
        optimizers = OptimizerList.canonical(optimizers);
        Objects.requireNonNull(initialization, "initialization");
        dropout = List.copyOf(dropout);
        TrainingPlan.checkDropout(dropout, hiddenSizes.size());
    }

    /** Settings with Downhill's own conventions (not scikit-learn's). */
    public NetworkSettings(
            Data data,
            long seed,
            List<Integer> hiddenSizes,
            Activation activation,
            String loss,
            BatchMode batchMode,
            int batchSize,
            int epochs,
            double l2,
            boolean logScale,
            List<OptimizerEntry> optimizers,
            LossLandscape lossLandscape,
            boolean diagram,
            Initialization initialization,
            List<Double> dropout,
            EarlyStopping earlyStopping) {
        this(
                data,
                seed,
                hiddenSizes,
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
                initialization,
                dropout,
                earlyStopping,
                false);
    }

    /** Settings without dropout or early stopping. */
    public NetworkSettings(
            Data data,
            long seed,
            List<Integer> hiddenSizes,
            Activation activation,
            String loss,
            BatchMode batchMode,
            int batchSize,
            int epochs,
            double l2,
            boolean logScale,
            List<OptimizerEntry> optimizers,
            LossLandscape lossLandscape,
            boolean diagram,
            Initialization initialization) {
        this(
                data,
                seed,
                hiddenSizes,
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
                initialization,
                List.of(),
                null);
    }

    /** Settings whose weights start as they always have ({@link Initialization#DEFAULT}). */
    public NetworkSettings(
            Data data,
            long seed,
            List<Integer> hiddenSizes,
            Activation activation,
            String loss,
            BatchMode batchMode,
            int batchSize,
            int epochs,
            double l2,
            boolean logScale,
            List<OptimizerEntry> optimizers,
            LossLandscape lossLandscape,
            boolean diagram) {
        this(
                data,
                seed,
                hiddenSizes,
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
                Initialization.DEFAULT);
    }

    /** Settings that show the decision boundaries or the loss landscape (not the diagram). */
    public NetworkSettings(
            Data data,
            long seed,
            List<Integer> hiddenSizes,
            Activation activation,
            String loss,
            BatchMode batchMode,
            int batchSize,
            int epochs,
            double l2,
            boolean logScale,
            List<OptimizerEntry> optimizers,
            LossLandscape lossLandscape) {
        this(
                data,
                seed,
                hiddenSizes,
                activation,
                loss,
                batchMode,
                batchSize,
                epochs,
                l2,
                logScale,
                optimizers,
                lossLandscape,
                false);
    }

    static void checkSeed(long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("a seed is a whole number from 0 to 2^53, got " + seed);
        }
    }

    /** The tab as it opens: the lecture's make_moons MLP(64, 64) with the given optimizers. */
    public static NetworkSettings of(List<OptimizerEntry> optimizers) {
        return new NetworkSettings(
                new Data("moons", 1000, 0.2, null),
                0,
                List.of(64, 64),
                Activation.RELU,
                "auto",
                BatchMode.MINI_BATCH,
                200,
                500,
                0,
                true,
                optimizers,
                LossLandscape.DEFAULT);
    }

    public List<Contender> racing() {
        return OptimizerList.racing(optimizers);
    }
}
