package downhill.engine.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.CsvLoader;
import downhill.engine.data.Dataset;
import downhill.engine.data.Generators;
import downhill.engine.nn.Evaluation;
import downhill.engine.nn.Network;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import downhill.engine.schedule.Constant;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lecture's example: 1000 samples, 20% held out, standardised, hidden 64, 64 ReLU, batches of 200, 500 epochs,
 * Adam at lr 0.001 and SGD with momentum 0.9 at lr 0.01. Both optimizers train side by side as a comparison.
 */
class LectureExampleTest {

    private static final List<Contender> ADAM_AND_MOMENTUM = List.of(
            new Contender(Optimizers.byName("adam"), Hyperparameters.of(Hyperparameter.LR, 0.001), new Constant()),
            new Contender(Optimizers.byName("momentum"), Hyperparameters.of(Hyperparameter.LR, 0.01), new Constant()));

    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    private static List<TrainingRun> train(TrainingData data, long seed) throws InterruptedException {
        Comparison comparison = new Comparison(data, TrainingPlan.defaults().withSeed(seed), ADAM_AND_MOMENTUM);
        comparison.start(pool);
        assertTrue(comparison.await(5, TimeUnit.MINUTES));
        return comparison.runs();
    }

    private static double testAccuracy(TrainingRun run) {
        assertTrue(run.state() == TrainingState.FINISHED, run.name() + ": " + run.message());
        return run.history().last(Metric.TEST_ACCURACY);
    }

    /**
     * On scikit-learn's own data (make_moons(1000, noise=0.2, random_state=42) and its stratified split, read
     * through the CSV loader) scikit-learn's MLPClassifier reaches 0.99 with either optimizer.
     */
    @Test
    void scikitLearnMoonsThroughTheCsvLoader() throws Exception {
        Dataset train = CsvLoader.load(resource("/data/moons_sklearn42_train.csv"));
        Dataset test = CsvLoader.load(resource("/data/moons_sklearn42_test.csv"));
        List<TrainingRun> runs = train(TrainingData.of(train, test, true), 0);
        assertTrue(testAccuracy(runs.get(0)) >= 0.975, "adam: " + testAccuracy(runs.get(0)));
        assertTrue(testAccuracy(runs.get(1)) >= 0.97, "momentum: " + testAccuracy(runs.get(1)));
    }

    /**
     * The built-in generator, seed 0. A 200-sample test part measures accuracy to about ±0.012 (one standard
     * error), and moons with noise 0.2 allow about 0.971 at best (a network trained on 50,000 samples scores
     * that on 200,000 fresh ones), so the 200-sample figure lands anywhere from 0.945 to 0.98 depending on the
     * seed, for scikit-learn as for us (see docs/training.md). The test therefore checks what is stable: accuracy
     * on 20,000 fresh samples, where both optimizers must come within 0.011 of that ceiling.
     */
    @Test
    void builtInMoonsReachTheAccuracyTheNoiseAllows() throws InterruptedException {
        TrainingData data = TrainingData.prepare(Generators.moons(1000, 0.2, 0), 0.2, 0, true);
        Dataset fresh = data.standardization().apply(Generators.moons(20_000, 0.2, 12_345));
        List<TrainingRun> runs = train(data, 0);
        for (TrainingRun run : runs) {
            assertTrue(testAccuracy(run) >= 0.94, run.name() + ": " + testAccuracy(run));
            Network network = run.trainer().network();
            Evaluation onFresh = network.evaluate(fresh.features(), fresh.targets(), fresh.sampleCount());
            assertTrue(onFresh.accuracy() >= 0.96, run.name() + " on fresh samples: " + onFresh.accuracy());
        }
    }

    /** Three blobs of std 0.3 around centres 1 apart from the origin (the default noise 0.2 makes it trivial). */
    @Test
    void threeBlobs() throws InterruptedException {
        List<TrainingRun> runs = train(TrainingData.prepare(Generators.blobs(1000, 0.3, 3, 0), 0.2, 0, true), 0);
        for (TrainingRun run : runs) {
            assertTrue(testAccuracy(run) >= 0.98, run.name() + ": " + testAccuracy(run));
        }
    }

    /** Two circles, factor 0.5, noise 0.1 (at noise 0.2 the rings overlap so much that about 0.89 is the best). */
    @Test
    void twoCircles() throws InterruptedException {
        List<TrainingRun> runs = train(TrainingData.prepare(Generators.circles(1000, 0.1, 0.5, 0), 0.2, 0, true), 0);
        for (TrainingRun run : runs) {
            assertTrue(testAccuracy(run) >= 0.98, run.name() + ": " + testAccuracy(run));
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(LectureExampleTest.class.getResource(name).toURI());
    }
}
