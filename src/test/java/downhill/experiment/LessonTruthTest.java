package downhill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.run.Descent;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import downhill.engine.train.Metric;
import downhill.engine.train.Trainer;
import downhill.engine.train.TrainingData;
import downhill.render.PathLayers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the shipped lessons' step notes say, checked against the engine (the first step's race is also checked in
 * the window by ScenarioTruthTest). A note whose figures change must change with them.
 */
class LessonTruthTest {

    /** Step {@code k} of {@code lesson}'s race, each path under its label. */
    private static Map<String, Descent> race(String lesson, int k) {
        Experiment e = Presets.lesson(lesson).step(k).experiment();
        List<Descent> descents = ExperimentRuns.race(e.landscape());
        List<String> labels = QuestionRuns.labels(e, false);
        Map<String, Descent> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < descents.size(); i++) {
            byLabel.put(labels.get(i), descents.get(i));
        }
        return byLabel;
    }

    private static void at(Descent d, int step, double x, double y, double within) {
        Trajectory t = d.trajectory();
        int i = Math.min(step, t.size() - 1);
        assertTrue(Math.hypot(t.x(i) - x, t.y(i) - y) <= within, "(" + t.x(i) + ", " + t.y(i) + ")");
    }

    private static double loss(Descent d, int step) {
        Trajectory t = d.trajectory();
        return t.loss(Math.min(step, t.size() - 1));
    }

    /** The path's length, as PathLayers measures it for the window's claims. */
    private static double length(Descent d) {
        return PathLayers.length(new PathResult("", "", "", d.trajectory(), d.outcome()));
    }

    @Test
    void theLadder() {
        Map<String, Descent> two = race("lesson-lr-ladder", 2);
        assertEquals("diverged", two.get("η = 1.1").outcome().message().substring(0, 8));
        assertEquals("converged", two.get("η = 0.9").outcome().message().substring(0, 9));
        Map<String, Descent> three = race("lesson-lr-ladder", 3);
        assertTrue(three.get("η = 1.01").outcome().message().startsWith("diverged at step"));
        assertTrue(three.get("η = 0.99").outcome().message().startsWith("converged at step"));
    }

    @Test
    void momentumOnRosenbrock() {
        Map<String, Descent> one = race("lesson-momentum-rosenbrock", 1);
        assertTrue(loss(one.get("momentum"), 2000) < 1e-7);
        at(race("lesson-momentum-rosenbrock", 2).get("sgd"), 2000, 0.56, 0.31, 0.01);
        Map<String, Descent> three = race("lesson-momentum-rosenbrock", 3);
        at(three.get("adam"), 2000, 0.91, 0.83, 0.01);
        at(three.get("momentum"), 2000, 1, 1, 0.01);
    }

    @Test
    void adamAndSgdOnBeale() {
        Map<String, Descent> one = race("lesson-adam-sgd-beale", 1);
        at(one.get("sgd"), 300, 1.98, 0.86, 0.01);
        at(one.get("sgd"), 3000, 2.18, 0.31, 0.01);
        Descent adam = race("lesson-adam-sgd-beale", 2).get("adam");
        at(adam, 3000, -0.60, 1.83, 0.01);
        assertEquals(1.9, loss(adam, 3000), 0.05);
        Descent sgd = race("lesson-adam-sgd-beale", 3).get("sgd");
        assertEquals("diverged at step 3", sgd.outcome().message());
        Trajectory t = sgd.trajectory();
        double first = Math.hypot(t.x(1) - t.x(0), t.y(1) - t.y(0));
        assertTrue(first > 10 && first < 100, "first step " + first);
    }

    @Test
    void batchMiniBatchAndStochastic() {
        Map<String, Descent> batch = race("lesson-stochastic-batch", 1);
        assertEquals(0.271, loss(batch.get("momentum"), 300), 5e-4);
        assertEquals(0.273, loss(batch.get("sgd"), 300), 5e-4);
        Map<String, Descent> ten = race("lesson-stochastic-batch", 2);
        for (String label : List.of("sgd", "momentum")) {
            assertEquals(loss(batch.get(label), 300), loss(ten.get(label), 300), 1e-3, label);
        }
        Map<String, Descent> one = race("lesson-stochastic-batch", 3);
        assertEquals(0.264, loss(one.get("momentum"), 300), 5e-4);
        assertEquals(0.265, loss(one.get("sgd"), 300), 5e-4);
        assertTrue(length(one.get("sgd")) > length(batch.get("sgd")), "SGD's path grows longer");
    }

    @Test
    void schedules() {
        Map<String, Descent> race = race("lesson-schedules", 1);
        for (String label : List.of("step decay", "warm-up + cosine")) {
            double end = loss(race.get(label), 300);
            assertTrue(end > 1e-6 && end < 1e-4, label + " " + end);
        }
        assertEquals(1.3, loss(race.get("step decay"), 60), 0.05);
        assertEquals(3.0, loss(race.get("exponential"), 60), 0.05);
        assertEquals(12.8, loss(race.get("warm-up + cosine"), 60), 0.05);
    }

    @Test
    void moonsReachNinetyFivePercent() {
        assertEquals(Map.of("momentum", 37, "adam", 13), firstEpochs(1));
        assertEquals(7, firstEpochs(2).get("momentum"));
    }

    /** The epoch each optimizer first reaches 95 % test accuracy in step {@code k}. */
    private static Map<String, Integer> firstEpochs(int k) {
        NetworkSettings settings =
                Presets.lesson("lesson-moons-accuracy").step(k).experiment().network();
        TrainingData data = ExperimentRuns.trainingData(settings);
        Map<String, Integer> epochs = new LinkedHashMap<>();
        List<OptimizerEntry> entries =
                settings.optimizers().stream().filter(OptimizerEntry::enabled).toList();
        for (int i = 0; i < entries.size(); i++) {
            try (Trainer trainer = new Trainer(
                    data,
                    ExperimentRuns.plan(settings),
                    ExperimentRuns.racing(settings).get(i))) {
                while (trainer.runEpoch() && trainer.history().snapshot().last(Metric.TEST_ACCURACY) < 0.95) {
                    // train on until it gets there
                }
                epochs.put(entries.get(i).name(), trainer.epochsDone());
            }
        }
        return epochs;
    }
}
