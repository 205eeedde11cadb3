package downhill.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import downhill.engine.data.Generators;
import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.data.DataObjective;
import downhill.engine.function.data.DataObjectives;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.schedule.Constant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MiniBatchDescentTest {

    private static final DataObjective LINE = DataObjectives.linearRegression(DataObjectives.line(200, 0.5, 3));
    private static final DataObjective CLOUDS =
            DataObjectives.logisticRegression(Generators.generate("gaussian", 200, 0.3, 3));
    private static final StopRule RULE = StopRule.DEFAULT.continuingAfterConvergence();

    private static Trajectory run(Objective f, GradientSource source, String optimizer, int steps) {
        Descent d = new Descent(
                f,
                source,
                f.start(),
                Optimizers.byName(optimizer).create(Hyperparameters.of("lr", 0.05)),
                new Constant(),
                RULE,
                steps);
        d.advance(steps);
        return d.trajectory();
    }

    @Test
    void aBatchOfAllSamplesIsPlainGradientDescentOnTheFullObjective() {
        assertNull(MiniBatches.of(LINE, 200, 1));
        assertNull(MiniBatches.of(LINE, Integer.MAX_VALUE, 1));
        Trajectory t = run(LINE, MiniBatches.of(LINE, 500, 9), "sgd", 50);
        for (int k = 1; k < t.size(); k++) {
            double[] g = new double[2];
            LINE.valueAndGradient(t.x(k - 1), t.y(k - 1), g);
            assertEquals(t.x(k - 1) - 0.05 * g[0], t.x(k), 0);
            assertEquals(t.y(k - 1) - 0.05 * g[1], t.y(k), 0);
        }
    }

    @Test
    void stochasticPathsDifferFromTheBatchPathAndRepeatFromTheSeed() {
        for (DataObjective f : new DataObjective[] {LINE, CLOUDS}) {
            Trajectory batch = run(f, null, "adam", 100);
            Trajectory once = run(f, MiniBatches.of(f, 1, 42), "adam", 100);
            Trajectory again = run(f, MiniBatches.of(f, 1, 42), "adam", 100);
            Trajectory otherSeed = run(f, MiniBatches.of(f, 1, 43), "adam", 100);
            assertNotEquals(batch.x(100), once.x(100));
            assertNotEquals(once.x(100), otherSeed.x(100));
            for (int k = 0; k < once.size(); k++) {
                assertEquals(once.x(k), again.x(k), 0);
                assertEquals(once.y(k), again.y(k), 0);
            }
        }
    }

    @Test
    void theLossColumnIsTheFullDataLossAndTheGradientColumnIsTheBatchs() {
        Trajectory t = run(CLOUDS, MiniBatches.of(CLOUDS, 16, 5), "sgd", 30);
        double[] g = new double[2];
        int differing = 0;
        for (int k = 0; k < t.size(); k++) {
            assertEquals(CLOUDS.valueAndGradient(t.x(k), t.y(k), g), t.loss(k), 0);
            differing += g[0] != t.gradX(k) ? 1 : 0;
        }
        assertEquals(t.size(), differing);
    }

    @Test
    void oneEpochOfEqualBatchesAveragesToTheFullGradient() {
        MiniBatches batches = MiniBatches.of(LINE, 50, 11);
        double[] g = new double[2];
        double sumX = 0;
        double sumY = 0;
        for (int k = 0; k < 4; k++) {
            batches.gradient(k, 0.3, -0.4, g);
            sumX += g[0];
            sumY += g[1];
        }
        LINE.valueAndGradient(0.3, -0.4, g);
        assertEquals(g[0], sumX / 4, 1e-12);
        assertEquals(g[1], sumY / 4, 1e-12);
        double[] next = new double[2];
        batches.gradient(4, 0.3, -0.4, next);
        batches.reset();
        double[] first = new double[2];
        batches.gradient(0, 0.3, -0.4, first);
        batches.gradient(4, 0.3, -0.4, g);
        assertEquals(next[0], g[0], 0);
    }

    @Test
    void gradientNoiseOfZeroIsTheExactPathAndNoiseRepeatsFromTheSeed() {
        Objective rosenbrock = Functions.resolve("rosenbrock");
        Point start = new Point(-1.5, 2);
        Trajectory exact = runFrom(rosenbrock, null, start);
        Trajectory zero = runFrom(rosenbrock, new GradientNoise(rosenbrock, 0, 1), start);
        Trajectory noisy = runFrom(rosenbrock, new GradientNoise(rosenbrock, 5, 1), start);
        Trajectory noisyAgain = runFrom(rosenbrock, new GradientNoise(rosenbrock, 5, 1), start);
        assertEquals(exact.x(40), zero.x(40), 0);
        assertNotEquals(exact.x(40), noisy.x(40));
        assertEquals(noisy.x(40), noisyAgain.x(40), 0);
        assertEquals(rosenbrock.value(noisy.x(40), noisy.y(40)), noisy.loss(40), 0);
    }

    private static Trajectory runFrom(Objective f, GradientSource source, Point start) {
        Descent d = new Descent(
                f,
                source,
                start,
                Optimizers.byName("sgd").create(Hyperparameters.of("lr", 1e-4)),
                new Constant(),
                RULE,
                40);
        d.advance(40);
        return d.trajectory();
    }

    @Test
    void eachStepDescendsTheLossOfItsOwnBatch() {
        // The batch surface the app draws under step k must be the one whose gradient step k took.
        MiniBatches batches = MiniBatches.of(CLOUDS, 16, 7);
        MiniBatches drawing = MiniBatches.of(CLOUDS, 16, 7);
        Trajectory t = run(CLOUDS, batches, "sgd", 40);
        int[] seen = new int[CLOUDS.sampleCount()];
        for (int k = 0; k + 1 < t.size(); k++) {
            int[] rows = drawing.rows(k);
            assertEquals(k % 13 == 12 ? 200 - 12 * 16 : 16, rows.length, "12 full batches and one of 8 per epoch");
            DataObjective batch = CLOUDS.restrictedTo(rows, "batch " + k);
            double[] g = new double[2];
            batch.valueAndGradient(t.x(k), t.y(k), g);
            assertEquals(t.x(k) - 0.05 * g[0], t.x(k + 1), 1e-15, "step " + k);
            assertEquals(t.y(k) - 0.05 * g[1], t.y(k + 1), 1e-15, "step " + k);
            if (k < 13) {
                for (int row : rows) {
                    seen[row]++;
                }
            }
        }
        for (int count : seen) {
            assertEquals(1, count, "one epoch's batches cover every sample once");
        }
        int[] early = drawing.rows(3);
        int[] late = drawing.rows(30);
        assertEquals(Arrays.toString(early), Arrays.toString(drawing.rows(3)), "asking backwards gives the same batch");
        assertEquals(Arrays.toString(late), Arrays.toString(drawing.rows(30)));
        assertEquals(0, CLOUDS.restrictedTo(late, "b").minima().size(), "a batch's minimum is not known");
    }
}
