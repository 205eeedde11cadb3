package downhill.engine.sweep;

import downhill.engine.Numbers;
import downhill.engine.function.Minimum;
import downhill.engine.function.Objective;
import downhill.engine.run.Contender;
import downhill.engine.run.Descent;
import downhill.engine.run.GradientSource;
import downhill.engine.run.Outcome;
import downhill.engine.run.StopRule;
import downhill.engine.run.Trajectory;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A hyperparameter map being computed: every cell is one {@link Descent}, the race's own, so a cell equals the
 * {@code trace} of the same settings bit for bit. Cells are independent and each is deterministic, so the map does
 * not depend on how many threads compute it or in which order. The coarse grid (every {@value #COARSE}th value
 * along each axis, and the last) comes first, so a picture can be drawn early; {@link #cancel} stops between cells.
 * Any thread may read cells while others compute them.
 */
public final class Sweep {

    /** The coarse pass takes every {@code COARSE}th value along each axis. */
    static final int COARSE = 4;

    private final SweepSpec spec;
    private final AtomicReferenceArray<Cell> cells;
    private final int[] order;
    private final int coarseCells;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final double fStar;
    private volatile boolean cancelled;

    public Sweep(SweepSpec spec) {
        this.spec = spec;
        this.cells = new AtomicReferenceArray<>(spec.cellCount());
        List<Integer> coarse = new ArrayList<>();
        List<Integer> fine = new ArrayList<>();
        int nx = spec.x().count();
        int ny = spec.y().count();
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                boolean onCoarse = (i % COARSE == 0 || i == nx - 1) && (j % COARSE == 0 || j == ny - 1);
                (onCoarse ? coarse : fine).add(j * nx + i);
            }
        }
        coarseCells = coarse.size();
        coarse.addAll(fine);
        order = coarse.stream().mapToInt(Integer::intValue).toArray();
        fStar = bestKnown(spec.objective());
    }

    /** The least value at the objective's global minima, or NaN when none is known. */
    private static double bestKnown(Objective objective) {
        double best = Double.NaN;
        for (Minimum m : objective.minima()) {
            if (m.global()) {
                double v = objective.value(m.x(), m.y());
                best = Double.isNaN(best) ? v : Math.min(best, v);
            }
        }
        return best;
    }

    public SweepSpec spec() {
        return spec;
    }

    /**
     * Computes the cells not yet computed on {@code threads} threads (this one among them) and returns when all are
     * done or the map is cancelled.
     */
    public void run(int threads) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, got " + threads);
        }
        List<Thread> helpers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 1; t < threads; t++) {
            Thread helper = new Thread(
                    () -> {
                        try {
                            work();
                        } catch (RuntimeException | Error e) {
                            failures.add(e);
                            cancelled = true;
                        }
                    },
                    "sweep-" + t);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        try {
            work();
        } finally {
            for (Thread helper : helpers) {
                helper.join();
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException failed =
                    new IllegalStateException("a sweep thread failed: " + failures.get(0), failures.get(0));
            throw failed;
        }
    }

    private void work() {
        GradientSource source =
                spec.gradients() == null ? null : spec.gradients().get();
        int k;
        while (!cancelled && (k = next.getAndIncrement()) < order.length) {
            int index = order[k];
            int nx = spec.x().count();
            cells.set(index, cell(spec, source, fStar, index % nx, index / nx));
            done.incrementAndGet();
        }
    }

    /** Stops the map between cells; cells already computed stay. */
    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Cells computed so far. */
    public int cellsDone() {
        return done.get();
    }

    /** Whether the coarse grid is complete (a first picture can be drawn). */
    public boolean coarseDone() {
        for (int k = 0; k < coarseCells; k++) {
            if (cells.get(order[k]) == null) {
                return false;
            }
        }
        return true;
    }

    public boolean complete() {
        return done.get() == order.length;
    }

    /** Cell (i, j) (x's value i, y's value j), or null while it is not computed. */
    public Cell cell(int i, int j) {
        return cells.get(j * spec.x().count() + i);
    }

    /**
     * The cell at (i, j) run alone: {@code spec.steps()} steps of the contender of that cell, exactly as
     * {@code trace} runs it (the tolerance reports convergence, the run goes on).
     */
    public static Cell cell(SweepSpec spec, GradientSource source, double fStar, int i, int j) {
        Contender contender = spec.contender(i, j);
        StopRule rule = new StopRule(StopRule.DEFAULT.bound(), spec.tolerance(), false);
        Descent descent = new Descent(
                spec.objective(),
                source,
                spec.start(),
                contender.newOptimizer(),
                contender.schedule(),
                rule,
                spec.steps());
        Trajectory path = descent.trajectory();
        double best = path.loss(0);
        int reached = reached(descent, fStar, spec.tolerance()) ? 0 : -1;
        for (int k = 0; k < spec.steps() && descent.advance(); k++) {
            double loss = path.loss(path.size() - 1);
            best = Math.min(best, loss);
            if (reached < 0 && reached(descent, fStar, spec.tolerance())) {
                reached = descent.step();
            }
        }
        double last = path.loss(path.size() - 1);
        best = Math.min(best, last);
        return new Cell(spec.x().value(i), spec.y().value(j), last, best, reached, descent.outcome());
    }

    /** Whether the newest row is within the tolerance: |∇f| (the descent's convergence) or f − f* where known. */
    private static boolean reached(Descent descent, double fStar, double tolerance) {
        Trajectory path = descent.trajectory();
        boolean converged = descent.outcome().status() == Outcome.Status.CONVERGED;
        return converged || !Double.isNaN(fStar) && path.loss(path.size() - 1) - fStar < tolerance;
    }

    /**
     * The map as CSV, one row per cell, x fastest: the two values, final_loss, best_loss, steps_to_tol and the
     * outcome's words; cells not computed yet are left out.
     */
    public void writeCsv(Writer writer) throws IOException {
        writer.write(spec.x().key() + "," + spec.y().key() + ",final_loss,best_loss,steps_to_tol,outcome\n");
        StringBuilder row = new StringBuilder(128);
        for (int j = 0; j < spec.y().count(); j++) {
            for (int i = 0; i < spec.x().count(); i++) {
                Cell c = cell(i, j);
                if (c == null) {
                    continue;
                }
                row.setLength(0);
                row.append(Numbers.format(c.x()))
                        .append(',')
                        .append(Numbers.format(c.y()))
                        .append(',')
                        .append(Numbers.format(c.finalLoss()))
                        .append(',')
                        .append(Numbers.format(c.bestLoss()))
                        .append(',')
                        .append(c.stepsToTolerance())
                        .append(',')
                        .append(c.outcomeText())
                        .append('\n');
                writer.write(row.toString());
            }
        }
    }
}
