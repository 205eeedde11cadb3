package downhill.engine.slice;

import downhill.engine.function.Window;
import downhill.engine.landscape.GridSurface;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A network's training loss on the plane through θ*: L(α, β) = loss(θ* + α·d₁ + β·d₂) over the training samples
 * (plus the L2 penalty the network trained with), sampled on a grid over [−r, r]² (or a rectangle around θ*) as a
 * {@link GridSurface} for the landscape renderer. Immutable; each computation makes its own networks, one per worker
 * thread.
 */
public final class LossSlice {

    /** The grid drawn first, quickly, while the fine one is computed. */
    public static final int COARSE_NODES = 11;

    public static final int FINE_NODES = 51;

    private final Architecture architecture;
    private final double[] center;
    private final PlaneDirections directions;
    private final double[] features;
    private final double[] targets;
    private final double l2;

    /**
     * @param features row-major, {@code architecture.inputs()} per sample (shared, not copied: not to be changed)
     */
    public LossSlice(
            Architecture architecture,
            double[] center,
            PlaneDirections directions,
            double[] features,
            double[] targets,
            double l2) {
        if (center.length != architecture.parameterCount() || directions.firstShared().length != center.length) {
            throw new IllegalArgumentException(architecture.describe() + " has " + architecture.parameterCount()
                    + " parameters; got a centre of " + center.length + " and directions of "
                    + directions.firstShared().length);
        }
        if (targets.length == 0 || features.length != targets.length * architecture.inputs()) {
            throw new IllegalArgumentException(
                    "a slice needs at least one sample with " + architecture.inputs() + " features each");
        }
        this.architecture = architecture;
        this.center = center.clone();
        this.directions = directions;
        this.features = features;
        this.targets = targets;
        this.l2 = l2;
    }

    /**
     * The slice through {@code center} along the plane {@code kind} chooses: filter-normalised random directions
     * from {@code seed}, or the principal directions of {@code path} (the parameter vectors the runs went through).
     * The one way the window and {@code nn-landscape} both make their slice.
     */
    public static LossSlice around(
            Architecture architecture,
            double[] center,
            DirectionKind kind,
            long seed,
            List<double[]> path,
            double[] features,
            double[] targets,
            double l2) {
        PlaneDirections directions;
        try (Network network = new Network(architecture)) {
            directions = kind.choose(network.layers(), center, seed, path);
        }
        return new LossSlice(architecture, center, directions, features, targets, l2);
    }

    public PlaneDirections directions() {
        return directions;
    }

    /** A projection onto this slice's plane, for drawing paths of parameter vectors on it. */
    public PlaneProjection projection() {
        return new PlaneProjection(center, directions);
    }

    /** L(α, β) (single-threaded; for checks and single points). */
    public double loss(double alpha, double beta) {
        try (Network network = new Network(architecture)) {
            return lossAt(network, alpha, beta);
        }
    }

    private double lossAt(Network network, double alpha, double beta) {
        double[] theta = network.parameters();
        double[] d1 = directions.firstShared();
        double[] d2 = directions.secondShared();
        for (int i = 0; i < theta.length; i++) {
            theta[i] = center[i] + alpha * d1[i] + beta * d2[i];
        }
        return network.evaluate(features, targets, targets.length).loss() + network.penalty(l2);
    }

    /**
     * The {@code nodes × nodes} grid over [−range, range]², row 0 at β = +range as {@link GridSurface} wants, its
     * rows shared among {@code workers} threads; null when {@code stale} turns true before it is done (checked
     * between nodes, so a cancelled grid stops within one loss evaluation).
     */
    public GridSurface grid(int nodes, double range, int workers, BooleanSupplier stale) {
        return grid(nodes, nodes, range, range, workers, stale);
    }

    /**
     * The {@code columns × rows} grid over [−αRange, αRange] × [−βRange, βRange]: a rectangle, so that a slice fills
     * a plot that is wider than high with the same length per unit along α and β. Otherwise as the square grid.
     */
    public GridSurface grid(
            int columns, int rows, double alphaRange, double betaRange, int workers, BooleanSupplier stale) {
        if (columns < 2 || rows < 2 || !finitePositive(alphaRange) || !finitePositive(betaRange) || workers < 1) {
            throw new IllegalArgumentException("a slice grid needs ≥ 2 nodes a side, finite ranges > 0 and ≥ 1 "
                    + "worker; got " + columns + "×" + rows + ", ±" + alphaRange + " × ±" + betaRange + ", "
                    + workers);
        }
        double[] values = new double[columns * rows];
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> helpers = new ArrayList<>();
        Extent extent = new Extent(columns, rows, alphaRange, betaRange);
        for (int w = 1; w < workers; w++) {
            int worker = w;
            Thread helper = new Thread(
                    () -> fillRows(worker, workers, extent, values, stale, failure), "downhill-loss-slice-" + w);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        fillRows(0, workers, extent, values, stale, failure);
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (stale.getAsBoolean()) {
            return null;
        }
        return new GridSurface(new Window(-alphaRange, alphaRange, -betaRange, betaRange), columns, rows, values);
    }

    private static boolean finitePositive(double value) {
        return value > 0 && !Double.isInfinite(value);
    }

    /** A grid's nodes along α (columns) and β (rows) and the half-widths they span. */
    private record Extent(int columns, int rows, double alphaRange, double betaRange) {}

    /** Rows worker, worker + workers, …: interleaved, so both workers meet rows of every cost. */
    private void fillRows(
            int worker,
            int workers,
            Extent extent,
            double[] values,
            BooleanSupplier stale,
            AtomicReference<RuntimeException> failure) {
        try (Network network = new Network(architecture)) {
            for (int r = worker; r < extent.rows(); r += workers) {
                double beta = coordinate(extent.rows() - 1 - r, extent.rows(), extent.betaRange());
                for (int c = 0; c < extent.columns(); c++) {
                    if (stale.getAsBoolean()) {
                        return;
                    }
                    double alpha = coordinate(c, extent.columns(), extent.alphaRange());
                    values[r * extent.columns() + c] = lossAt(network, alpha, beta);
                }
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    /** Node i of n from −range to +range; exactly 0 at the middle node and ±range at the ends. */
    public static double coordinate(int i, int nodes, double range) {
        return range * (2 * i - (nodes - 1)) / (nodes - 1);
    }

    /**
     * The coarse grid ({@value #COARSE_NODES} a side), then the fine one ({@value #FINE_NODES}), each handed to
     * {@code each} as it is done; stops without handing on once {@code stale} turns true.
     */
    public void coarseThenFine(double range, int workers, BooleanSupplier stale, Consumer<GridSurface> each) {
        for (int nodes : new int[] {COARSE_NODES, FINE_NODES}) {
            GridSurface grid = grid(nodes, range, workers, stale);
            if (grid == null) {
                return;
            }
            each.accept(grid);
        }
    }
}
