package downhill.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.Generators;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import downhill.engine.schedule.Constant;
import downhill.engine.train.Comparison;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingPlan;
import downhill.engine.train.TrainingRun;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrainingCurvesStillTest {

    private static List<TrainingCurvesStill.Curve> curves;

    /** SGD and Adam on make_moons for {@code epochs} epochs, trained on this thread when {@code train}. */
    static List<TrainingCurvesStill.Curve> trained(int epochs, boolean train) {
        TrainingData moons = TrainingData.prepare(Generators.moons(250, 0.2, 1), 0.2, 1, true);
        TrainingPlan plan = TrainingPlan.defaults()
                .withHiddenSizes(List.of(16, 16))
                .withEpochs(epochs)
                .withBatchSize(50);
        Comparison comparison = new Comparison(moons, plan, List.of(contender("sgd", 0.1), contender("adam", 0.01)));
        if (train) {
            comparison.start(Runnable::run);
        }
        return comparison.runs().stream().map(TrainingCurvesStillTest::curve).toList();
    }

    private static TrainingCurvesStill.Curve curve(TrainingRun run) {
        return new TrainingCurvesStill.Curve(run.name(), run.contender().type().displayName(), run.history());
    }

    private static Contender contender(String name, double lr) {
        return new Contender(Optimizers.byName(name), Hyperparameters.of("lr", lr), new Constant());
    }

    @BeforeAll
    static void train() {
        curves = trained(40, true);
    }

    @Test
    void drawsEveryOptimizersCurvesInItsColourAtTheRequestedSize() {
        for (boolean log : new boolean[] {false, true}) {
            BufferedImage image = TrainingCurvesStill.render(curves, log, "make_moons", 900, 500);
            assertEquals(900, image.getWidth());
            assertEquals(500, image.getHeight());
            for (TrainingCurvesStill.Curve c : curves) {
                assertTrue(
                        LandscapeStillTest.count(image, Colors.rgb(c.name()), 12) > 400,
                        c.name() + (log ? " on the log scale" : ""));
            }
        }
    }

    @Test
    void aCurveWithoutRecordsStillDraws() {
        BufferedImage image = TrainingCurvesStill.render(trained(5, false), true, "nothing yet", 400, 300);
        assertEquals(400, image.getWidth());
    }
}
