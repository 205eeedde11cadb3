package downhill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.nn.Loss;
import downhill.engine.run.Descent;
import downhill.engine.run.Outcome;
import downhill.engine.run.Trajectory;
import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.Metric;
import downhill.engine.train.Trainer;
import downhill.engine.train.TrainingData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every scenario loads and plays, and the ones whose lesson is a checkable outcome really show it. */
class PresetsTest {

    /** The paths of a landscape preset by optimizer name. */
    private static Map<String, Descent> race(String preset) {
        LandscapeSettings settings = Presets.byName(preset).experiment().landscape();
        List<Descent> descents = ExperimentRuns.race(settings);
        List<OptimizerEntry> racing =
                settings.optimizers().stream().filter(OptimizerEntry::enabled).toList();
        Map<String, Descent> byName = new LinkedHashMap<>();
        for (int i = 0; i < descents.size(); i++) {
            byName.put(racing.get(i).name(), descents.get(i));
        }
        return byName;
    }

    private static double distance(Descent d, double x, double y) {
        Trajectory t = d.trajectory();
        return Math.hypot(t.x(t.size() - 1) - x, t.y(t.size() - 1) - y);
    }

    private static double finalLoss(Descent d) {
        return d.trajectory().loss(d.trajectory().size() - 1);
    }

    @Test
    void atLeastTwelvePresetsLoadWithTitleNoteAndTheirOwnName() {
        List<Preset> presets = Presets.all();
        assertTrue(presets.size() >= 12, "presets: " + presets.size());
        Set<String> names = presets.stream().map(Preset::name).collect(Collectors.toSet());
        assertEquals(presets.size(), names.size());
        assertEquals(Presets.names(), presets.stream().map(Preset::name).toList());
        for (Preset p : presets) {
            assertFalse(p.title().isBlank(), p.name());
            long sentences = p.note()
                    .chars()
                    .filter(c -> c == '.' || c == '!' || c == '?')
                    .count();
            assertTrue(p.note().length() > 80 && sentences >= 2, p.name() + ": " + p.note());
            assertEquals(p.experiment(), ExperimentCodec.read(ExperimentCodec.write(p.experiment())), p.name());
        }
    }

    /** The menu's titles, read without the experiments, are the presets' own, in the same order. */
    @Test
    void theMenusTitlesAreThePresetsTitlesInOrder() {
        Map<String, String> expected = new LinkedHashMap<>();
        Presets.all().forEach(p -> expected.put(p.name(), p.title()));
        assertEquals(
                List.copyOf(expected.entrySet()), List.copyOf(Presets.titles().entrySet()));
    }

    @Test
    void everyPresetPlaysHeadless() {
        for (Preset p : Presets.all()) {
            Experiment e = p.experiment();
            if (e.activeTab() == Experiment.Tab.LANDSCAPE) {
                List<Descent> paths = ExperimentRuns.race(e.landscape());
                assertFalse(paths.isEmpty(), p.name());
                paths.forEach(d -> assertTrue(d.trajectory().size() > 10, p.name() + " " + d.outcome()));
            } else {
                TrainingData data = ExperimentRuns.trainingData(e.network());
                for (var contender : e.network().racing()) {
                    try (Trainer trainer =
                            new Trainer(data, ExperimentRuns.plan(e.network()).withEpochs(3), contender)) {
                        trainer.run();
                        assertEquals(3, trainer.epochsDone(), p.name() + " " + trainer.status());
                        assertTrue(Double.isFinite(trainer.history().snapshot().last(Metric.TRAIN_LOSS)), p.name());
                    }
                }
            }
        }
    }

    @Test
    void tooLargeDivergesWhileBelowOneSettles() {
        Map<String, Descent> paths = race("lr-too-large");
        assertEquals(Outcome.Status.DIVERGED, paths.get("sgd").outcome().status());
        assertEquals(Outcome.Status.CONVERGED, paths.get("momentum").outcome().status());
    }

    @Test
    void tooSmallHasNotArrivedWhenTheStepsRunOut() {
        Map<String, Descent> paths = race("lr-too-small");
        Descent slow = paths.get("sgd");
        assertEquals(Outcome.Status.RUNNING, slow.outcome().status());
        assertEquals(301, slow.trajectory().size());
        assertTrue(distance(slow, 0, 0) > 0.5 * Math.hypot(1.5, 1), "only covered " + distance(slow, 0, 0));
        assertEquals(Outcome.Status.CONVERGED, paths.get("momentum").outcome().status());
    }

    @Test
    void momentumReachesTheEndOfTheValleyWhereSgdDoesNot() {
        Map<String, Descent> paths = race("momentum-rosenbrock");
        assertTrue(distance(paths.get("momentum"), 1, 1) < 0.01);
        assertTrue(distance(paths.get("sgd"), 1, 1) > 0.3);
    }

    @Test
    void onBealeSgdHeadsForTheMinimumAndAdamWandersTheFlatValley() {
        Map<String, Descent> paths = race("adam-vs-sgd-beale");
        assertTrue(distance(paths.get("sgd"), 3, 0.5) < 1, "sgd " + distance(paths.get("sgd"), 3, 0.5));
        Trajectory adam = paths.get("adam").trajectory();
        assertTrue(adam.x(adam.size() - 1) < 0, "adam ends at x = " + adam.x(adam.size() - 1));
    }

    @Test
    void adamLeavesTheSaddleFirstAndSgdLast() {
        Map<String, Descent> paths = race("saddle-escape");
        int adam = escape(paths.get("adam"));
        int momentum = escape(paths.get("momentum"));
        int sgd = escape(paths.get("sgd"));
        assertTrue(adam < momentum && momentum < sgd, "escapes at " + adam + ", " + momentum + ", " + sgd);
    }

    /** The first step at which the path is a unit away from the ridge line y = 0. */
    private static int escape(Descent d) {
        for (int k = 0; k < d.trajectory().size(); k++) {
            if (Math.abs(d.trajectory().y(k)) > 1) {
                return k;
            }
        }
        return Integer.MAX_VALUE;
    }

    @Test
    void rastriginTrapsEveryOptimizerInALocalMinimum() {
        for (Descent d : race("rastrigin-local-minima").values()) {
            assertEquals(Outcome.Status.CONVERGED, d.outcome().status());
            assertTrue(finalLoss(d) > 1, "the global minimum is 0; got " + finalLoss(d));
        }
    }

    @Test
    void adamWShrinksTowardsTheOriginMoreThanAdam() {
        Map<String, Descent> paths = race("adam-vs-adamw");
        assertTrue(distance(paths.get("adamw"), 0, 0) + 0.5 < distance(paths.get("adam"), 0, 0));
    }

    @Test
    void fewerSamplesPerStepMakeANoisierPath() {
        int batch = rises(race("batch-logistic").get("sgd"));
        int mini = rises(race("minibatch-logistic").get("sgd"));
        int stochastic = rises(race("stochastic-logistic").get("sgd"));
        assertEquals(0, batch);
        assertTrue(mini > 0 && stochastic > mini, "loss rises: " + batch + ", " + mini + ", " + stochastic);
    }

    /** Steps after which the full-data loss went up. */
    private static int rises(Descent d) {
        int rises = 0;
        for (int k = 1; k < d.trajectory().size(); k++) {
            rises += d.trajectory().loss(k) > d.trajectory().loss(k - 1) ? 1 : 0;
        }
        return rises;
    }

    @Test
    void aFastExponentialDecayFreezesBeforeArrivingAndTheOthersArrive() {
        Map<String, Descent> paths = race("schedules");
        assertTrue(finalLoss(paths.get("adam")) < 1e-3 && finalLoss(paths.get("amsgrad")) < 1e-3);
        assertTrue(finalLoss(paths.get("adamw")) > 0.1);
        Trajectory step = paths.get("adam").trajectory();
        assertEquals(0.5, step.learningRate(50) / step.learningRate(49), 1e-12);
        Trajectory warm = paths.get("amsgrad").trajectory();
        assertTrue(warm.learningRate(0) < warm.learningRate(29));
    }

    @Test
    void sigmoidLayersStarveTheFirstLayerAndReluLayersDoNot() {
        assertTrue(firstOverLast("vanishing-gradients-sigmoid") * 100 <= 1);
        assertTrue(firstOverLast("vanishing-gradients-relu") * 100 > 1);
    }

    @Test
    void sgdThroughSigmoidLayersStaysACoinTossWhileReluLayersLearn() {
        assertTrue(sgdLossAfter("vanishing-gradients-sigmoid", 5) > 0.65);
        assertTrue(sgdLossAfter("vanishing-gradients-relu", 5) < 0.3);
    }

    private static double sgdLossAfter(String preset, int epochs) {
        NetworkSettings settings = Presets.byName(preset).experiment().network();
        try (Trainer trainer = new Trainer(
                ExperimentRuns.trainingData(settings),
                ExperimentRuns.plan(settings).withEpochs(epochs),
                settings.racing().get(0))) {
            trainer.run();
            assertEquals("sgd", trainer.contender().type().name());
            return trainer.history().snapshot().last(Metric.TRAIN_LOSS);
        }
    }

    /** The first layer's gradient norm over the output layer's in the first epoch, for the preset's SGD. */
    private static double firstOverLast(String preset) {
        NetworkSettings settings = Presets.byName(preset).experiment().network();
        assertEquals(8, settings.hiddenSizes().size());
        try (Trainer trainer = new Trainer(
                ExperimentRuns.trainingData(settings),
                ExperimentRuns.plan(settings).withEpochs(1),
                settings.racing().get(0))) {
            trainer.runEpoch();
            HistorySnapshot h = trainer.history().snapshot();
            return h.gradientNorm(0, 0) / h.gradientNorm(0, h.layerCount() - 1);
        }
    }

    @Test
    void theLectureSetUpIsTheLecturesAndLearns() {
        NetworkSettings settings = Presets.byName("lecture-moons").experiment().network();
        assertEquals(List.of(64, 64), settings.hiddenSizes());
        assertEquals(
                Map.of("adam", 0.001, "momentum", 0.01),
                settings.optimizers().stream()
                        .collect(Collectors.toMap(
                                OptimizerEntry::name, o -> o.hyperparameters().get("lr"))));
        TrainingData data = ExperimentRuns.trainingData(settings);
        try (Trainer adam = new Trainer(
                data,
                ExperimentRuns.plan(settings).withEpochs(30),
                settings.racing().get(settings.racing().size() - 1))) {
            adam.run();
            double[] loss = adam.history().snapshot().series(Metric.TRAIN_LOSS);
            assertTrue(loss[loss.length - 1] < 0.8 * loss[0], "loss " + loss[0] + " → " + loss[loss.length - 1]);
        }
    }

    @Test
    void adaGradStallsInTheRavineWhereRmsPropArrives() {
        Map<String, Descent> paths = race("rmsprop-vs-adagrad");
        assertTrue(finalLoss(paths.get("adagrad")) > 1, "AdaGrad stalls: " + finalLoss(paths.get("adagrad")));
        assertTrue(finalLoss(paths.get("rmsprop")) < 1e-4, "RMSProp arrives: " + finalLoss(paths.get("rmsprop")));
    }

    @Test
    void threeSpiralArmsAreThreeClassesUnderCategoricalCrossEntropyAndLearn() {
        NetworkSettings settings =
                Presets.byName("spiral-categorical").experiment().network();
        TrainingData data = ExperimentRuns.trainingData(settings);
        assertEquals(3, data.classCount());
        try (Trainer adam = new Trainer(
                data,
                ExperimentRuns.plan(settings).withEpochs(40),
                settings.racing().get(0))) {
            assertEquals(Loss.CROSS_ENTROPY, adam.network().architecture().loss());
            adam.run();
            double[] loss = adam.history().snapshot().series(Metric.TRAIN_LOSS);
            assertTrue(loss[loss.length - 1] < 0.6 * loss[0], "loss " + loss[0] + " → " + loss[loss.length - 1]);
        }
    }

    @Test
    void anUnknownPresetNamesTheOneMeant() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Presets.byName("lr-too-larg"));
        assertTrue(e.getMessage().contains("did you mean 'lr-too-large'"), e.getMessage());
    }
}
