package downhill.engine.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.Generators;
import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.data.DataObjective;
import downhill.engine.function.data.DataObjectives;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.GradientSource;
import downhill.engine.run.MiniBatches;
import downhill.engine.run.Outcome;
import downhill.engine.schedule.Constant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Hyperparameter maps: theory's stability boundaries, the same cells on any number of threads, coarse first. */
class SweepTest {

    private static final Objective BOWL = Functions.resolve("bowl");

    private static SweepSpec spec(
            Objective f, Supplier<GradientSource> source, String type, Axis x, Axis y, int steps) {
        return new SweepSpec(
                f,
                source,
                f.start(),
                Optimizers.byName(type),
                Hyperparameters.empty(),
                new Constant(),
                x,
                y,
                steps,
                1e-8);
    }

    private static Sweep computed(SweepSpec spec, int threads) throws InterruptedException {
        Sweep sweep = new Sweep(spec);
        sweep.run(threads);
        assertTrue(sweep.complete());
        return sweep;
    }

    /**
     * On the bowl x² + y² (both eigenvalues λ = 2) plain gradient descent is stable for η < 2/λ = 1 and SGD with
     * heavy-ball momentum μ for η·λ < 2(1 + μ), i.e. η < 1 + μ: the map's first diverged cell in each row is the
     * first value of η past the line, give or take one cell.
     */
    @Test
    void onTheBowlTheDivergedCellsBeginAtTheoryLine() throws InterruptedException {
        Axis lr = new Axis("lr", 0.1, 2.5, false, 49);
        Axis mu = new Axis("momentum", 0, 0.9, false, 10);
        Sweep sweep = computed(spec(BOWL, null, "momentum", lr, mu, 500), 2);
        for (int j = 0; j < mu.count(); j++) {
            double theory = 1 + mu.value(j);
            int first = -1;
            for (int i = 0; i < lr.count(); i++) {
                if (sweep.cell(i, j).outcome().status() == Outcome.Status.DIVERGED) {
                    first = i;
                    break;
                }
            }
            assertTrue(first > 0, "μ = " + mu.value(j) + ": some η diverges");
            for (int i = first; i < lr.count(); i++) {
                assertEquals(Outcome.Status.DIVERGED, sweep.cell(i, j).outcome().status(), "beyond the line, all");
            }
            double step = lr.value(1) - lr.value(0);
            assertTrue(
                    Math.abs(lr.value(first) - theory) <= step + 1e-12,
                    "μ = " + mu.value(j) + ": first diverged η " + lr.value(first) + ", theory " + theory);
        }
        Axis rate = new Axis("lr", 0.5, 1.5, false, 41);
        Axis damp = new Axis("dampening", 0, 0, false, 1);
        Sweep plain = computed(spec(BOWL, null, "sgd", rate, damp, 500), 1);
        for (int i = 0; i < rate.count(); i++) {
            Cell c = plain.cell(i, 0);
            boolean diverged = c.outcome().status() == Outcome.Status.DIVERGED;
            if (Math.abs(c.x() - 1) > 0.025 + 1e-12) {
                assertEquals(c.x() > 1, diverged, "plain GD at η = " + c.x() + ": stable below 2/λ = 1");
            }
            if (c.x() < 0.975) {
                assertTrue(c.stepsToTolerance() > 0 && c.finalLoss() < 1e-8, "converges at η = " + c.x());
            }
        }
    }

    /** Mini-batches keep state: each thread has its own, so two threads give the one thread's cells exactly. */
    @Test
    void theMapIsTheSameOnOneAndTwoThreads() throws InterruptedException {
        DataObjective logistic = DataObjectives.logisticRegression(Generators.generate("gaussian", 200, 0.3, 3));
        SweepSpec spec = spec(
                logistic,
                () -> MiniBatches.of(logistic, 10, 42),
                "adam",
                new Axis("lr", 1e-3, 1, true, 9),
                new Axis("beta1", 0, 0.99, false, 7),
                120);
        Sweep one = computed(spec, 1);
        Sweep two = computed(spec, 2);
        for (int j = 0; j < 7; j++) {
            for (int i = 0; i < 9; i++) {
                assertEquals(one.cell(i, j), two.cell(i, j));
            }
        }
        assertEquals(
                Sweep.cell(spec, MiniBatches.of(logistic, 10, 42), Double.NaN, 4, 3)
                        .finalLoss(),
                one.cell(4, 3).finalLoss(),
                0,
                "a cell alone is the cell in the map");
    }

    /** The coarse grid comes first, and a cancelled map keeps what it has and computes nothing more. */
    @Test
    void theCoarseGridComesFirstAndCancellingStopsBetweenCells() throws InterruptedException {
        AtomicReference<Sweep> holder = new AtomicReference<>();
        AtomicInteger gradients = new AtomicInteger();
        Objective f = BOWL;
        // A source that cancels the map after some gradients: a deterministic stand-in for a user's Cancel.
        SweepSpec spec = spec(
                f,
                () -> new GradientSource() {
                    @Override
                    public void gradient(int step, double x, double y, double[] out) {
                        out[0] = 2 * x;
                        out[1] = 2 * y;
                        if (gradients.incrementAndGet() == 5 * 50) {
                            holder.get().cancel();
                        }
                    }

                    @Override
                    public void reset() {}
                },
                "sgd",
                new Axis("lr", 0.01, 0.9, false, 13),
                new Axis("dampening", 0, 0.5, false, 9),
                50);
        Sweep sweep = new Sweep(spec);
        holder.set(sweep);
        sweep.run(1);
        assertTrue(sweep.cancelled());
        assertEquals(5, sweep.cellsDone(), "the cell in progress finishes, then nothing more");
        assertTrue(!sweep.coarseDone() && !sweep.complete());
        int computed = 0;
        for (int j = 0; j < 9; j++) {
            for (int i = 0; i < 13; i++) {
                if (sweep.cell(i, j) != null) {
                    computed++;
                    assertTrue(
                            (i % Sweep.COARSE == 0 || i == 12) && (j % Sweep.COARSE == 0 || j == 8),
                            "only coarse cells so far: " + i + ", " + j);
                }
            }
        }
        assertEquals(5, computed);
        assertNull(sweep.cell(1, 1));
        Sweep whole = computed(
                spec(f, null, "sgd", new Axis("lr", 0.01, 0.9, false, 13), new Axis("dampening", 0, 0.5, false, 9), 50),
                2);
        assertNotNull(whole.cell(1, 1));
        assertTrue(whole.coarseDone());
    }

    @Test
    void axesAndSpecsAreCheckedWithMessagesThatSayWhat() {
        assertEquals(new Axis("lr", 1e-5, 1, true, 61), Axis.parse("lr:1e-5:1:log:61"));
        Axis log = Axis.parse(" lr : 0.001 : 1 : log : 4 ");
        assertEquals(0.01, log.value(1), 1e-15);
        assertEquals(1, log.value(3));
        assertEquals("lr:0.001:1.0:log:4", log.spec());
        assertMessage("NAME:FROM:TO:lin|log:COUNT", () -> Axis.parse("lr:1e-5:1:log"));
        assertMessage("the scale must be lin or log", () -> Axis.parse("lr:1e-5:1:ln:5"));
        assertMessage("FROM must be a number", () -> Axis.parse("lr:abc:1:log:5"));
        assertMessage("COUNT", () -> Axis.parse("lr:0:1:lin:0"));
        assertMessage("a log axis needs values > 0", () -> Axis.parse("lr:0:1:log:5"));
        assertMessage("need a range", () -> Axis.parse("lr:1:1:lin:5"));
        Axis lr = new Axis("lr", 0.1, 1, false, 3);
        assertMessage(
                "sgd has no hyperparameter 'beta1'",
                () -> spec(BOWL, null, "sgd", lr, new Axis("beta1", 0, 0.9, false, 3), 10));
        assertMessage("momentum", () -> spec(BOWL, null, "sgd", lr, new Axis("momentum", -0.5, 0.5, false, 3), 10));
        assertMessage("on/off flag", () -> spec(BOWL, null, "sgd", lr, new Axis("nesterov", 0, 1, false, 2), 10));
        assertMessage("different hyperparameters", () -> spec(BOWL, null, "sgd", lr, lr, 10));
    }

    private static void assertMessage(String part, Executable bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void aKnownMinimumCountsAsReachedWhenTheLossIsWithinTolerance() {
        Objective f = BOWL;
        SweepSpec spec = new SweepSpec(
                f,
                null,
                new Point(1, 1),
                Optimizers.byName("sgd"),
                Hyperparameters.empty(),
                new Constant(),
                new Axis("lr", 0.25, 0.25, false, 1),
                new Axis("dampening", 0, 0, false, 1),
                40,
                1e-6);
        Cell c = Sweep.cell(spec, null, 0, 0, 0);
        // η = 0.25: each step halves x and y, so f = 2·4⁻ᵏ < 1e-6 from k = 11; |∇f| = 2√2·2⁻ᵏ < 1e-6 only from k = 22.
        assertEquals(11, c.stepsToTolerance());
        assertEquals(Outcome.Status.CONVERGED, c.outcome().status());
        assertEquals(22, c.outcome().step());
        assertEquals(c.finalLoss(), c.bestLoss(), "the loss only falls");
    }

    @Test
    void theTheoryKnowsQuadraticsAndOnlyThem() {
        assertEquals(2, Stability.of(BOWL).largestEigenvalue(), 1e-6);
        assertEquals(1, Stability.of(BOWL).largestRate(0), 1e-6, "2/λ_max");
        assertEquals(1.9, Stability.of(BOWL).largestRate(0.9), 1e-6, "2(1 + μ)/λ_max");
        // 0.25(x + y)² + 12.5(x − y)² = 12.75x² − 24.5xy + 12.75y²: eigenvalues 25.5 ± 24.5, i.e. 1 and 50.
        assertEquals(50, Stability.of(Functions.resolve("ravine")).largestEigenvalue(), 1e-4);
        assertNull(Stability.of(Functions.resolve("rosenbrock")), "not a quadratic");
        assertNull(Stability.of(Functions.resolve("saddle")), "no minimum");
    }
}
