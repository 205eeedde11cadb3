package downhill.app.network;

import downhill.app.i18n.Messages;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.landscape.ColorScaling;
import downhill.engine.landscape.Colormap;
import downhill.engine.landscape.GridSurface;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.landscape.LandscapeRenderer;
import downhill.engine.landscape.RenderRequest;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Network;
import downhill.engine.run.Outcome;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import downhill.engine.slice.DirectionKind;
import downhill.engine.slice.LossSlice;
import downhill.engine.slice.PlaneProjection;
import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.Metric;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A network's loss on a plane through one copy's weights θ*, with every copy's kept weights projected onto it as
 * paths: computed off the FX thread, drawn by the one landscape renderer and the one landscape canvas.
 */
final class LossSliceComputation {

    /** Heatmap pixels along the shorter side: the grid has 51 nodes there, so more would only blur the same data. */
    static final int PIXELS = 480;
    /** Paths fill this fraction of the window when the range is fitted to them. */
    private static final double FIT_MARGIN = 1.15;
    /** A plot more elongated than this gets a grid this elongated and a margin beside it: nodes cost time. */
    static final double MAX_ASPECT = 3;

    /** One copy's path: its weights before training, after every kept epoch, and its newest ones. */
    record RunPath(String name, String displayName, double[] initial, HistorySnapshot history, double[] latest) {

        static RunPath of(TrainingRun run, String displayName) {
            return new RunPath(run.name(), displayName, run.initialParameters(), run.history(), run.latestParameters());
        }

        /** The epoch of {@link #latest}: 0 before the first. */
        int epochs() {
            return history.epochs();
        }

        List<double[]> points() {
            List<double[]> points = new ArrayList<>();
            points.add(initial);
            history.keptParameters().forEach(k -> points.add(k.parameters()));
            if (latest != null && !Arrays.equals(points.get(points.size() - 1), latest)) {
                points.add(latest);
            }
            return points;
        }
    }

    /**
     * @param centre  which run's newest weights are θ*
     * @param range   α and β run over [−range, range]; NaN fits the range to the paths (PCA) or uses 1 (random)
     * @param nodes   grid nodes along the shorter side
     * @param aspect  the plot's width over its height: the grid is widened along α (or β) to fill it, with as
     *     many units per pixel along both axes
     * @param generation tells a refinement of this request from a request with other settings
     */
    record Request(
            Architecture architecture,
            TrainingData data,
            double l2,
            List<RunPath> runs,
            int centre,
            DirectionKind directions,
            long seed,
            double range,
            int nodes,
            double aspect,
            long generation) {

        Request withNodes(int value) {
            return new Request(
                    architecture, data, l2, runs, centre, directions, seed, range, value, aspect, generation);
        }
    }

    /** The aspect a grid is made for: within [1/{@value #MAX_ASPECT}, {@value #MAX_ASPECT}], 1 when unknown. */
    static double clampAspect(double aspect) {
        return aspect > 0 && !Double.isInfinite(aspect) ? Math.max(1 / MAX_ASPECT, Math.min(MAX_ASPECT, aspect)) : 1;
    }

    /**
     * @param inPlane the share of the paths' squared distance from θ* that lies in the plane (1: the paths lie in
     *     it); how faithfully the drawn paths show the real ones
     */
    record Result(
            Request request,
            GridSurface grid,
            LandscapeImage image,
            Window window,
            List<PathResult> paths,
            double inPlane,
            double seconds) {

        /** The nodes along the shorter side, as requested (coarse or fine). */
        int nodes() {
            return request.nodes();
        }
    }

    private LossSliceComputation() {}

    /** The slice and the paths on it; null when a newer request made this one stale. */
    static Result compute(Request request, BooleanSupplier stale) {
        long started = System.nanoTime();
        RunPath centreRun = request.runs().get(request.centre());
        double[] centre = centreRun.latest();
        List<List<double[]>> points =
                request.runs().stream().map(RunPath::points).toList();
        List<double[]> everyPoint = points.stream().flatMap(List::stream).toList();
        LossSlice slice = LossSlice.around(
                request.architecture(),
                centre,
                request.directions(),
                request.seed(),
                everyPoint,
                request.data().train().features(),
                request.data().train().targets(),
                request.l2());
        PlaneProjection projection = slice.projection();
        double inPlaneSquares = 0;
        double allSquares = 0;
        double extent = 0;
        List<Point[]> projected = new ArrayList<>();
        for (List<double[]> path : points) {
            Point[] onPlane = new Point[path.size()];
            for (int i = 0; i < path.size(); i++) {
                onPlane[i] = projection.project(path.get(i));
                double residual = projection.residual(path.get(i));
                double distance = distance(path.get(i), centre);
                inPlaneSquares += distance * distance - residual * residual;
                allSquares += distance * distance;
                extent = Math.max(extent, Math.max(Math.abs(onPlane[i].x()), Math.abs(onPlane[i].y())));
            }
            projected.add(onPlane);
        }
        double range = Double.isNaN(request.range())
                ? request.directions() == DirectionKind.RANDOM ? 1.0 : niceRange(FIT_MARGIN * extent)
                : request.range();
        double wide = Math.max(1, clampAspect(request.aspect()));
        double tall = Math.max(1, 1 / clampAspect(request.aspect()));
        int[] shape = shape(request.nodes(), request.aspect());
        GridSurface grid = slice.grid(
                shape[0],
                shape[1],
                range * wide,
                range * tall,
                Runtime.getRuntime().availableProcessors(),
                stale);
        if (grid == null) {
            return null;
        }
        Window window = grid.window();
        LandscapeImage image = LandscapeRenderer.sequential()
                .render(RenderRequest.of(grid, window, (int) Math.round(PIXELS * wide), (int) Math.round(PIXELS * tall))
                        .withColormap(Colormap.VIRIDIS)
                        .withScaling(ColorScaling.LOG));
        List<PathResult> paths = new ArrayList<>();
        for (int r = 0; r < request.runs().size(); r++) {
            paths.add(path(request, request.runs().get(r), projected.get(r), r == request.centre()));
        }
        return new Result(
                request,
                grid,
                image,
                window,
                List.copyOf(paths),
                allSquares == 0 ? 1 : Math.max(0, inPlaneSquares / allSquares),
                (System.nanoTime() - started) / 1e9);
    }

    /** A path's points on the plane, each with the network's real training loss at those weights. */
    private static PathResult path(Request request, RunPath run, Point[] onPlane, boolean isCentre) {
        double[] xs = new double[onPlane.length];
        double[] ys = new double[onPlane.length];
        double[] losses = new double[onPlane.length];
        List<HistorySnapshot.KeptParameters> kept = run.history().keptParameters();
        for (int i = 0; i < onPlane.length; i++) {
            xs[i] = onPlane[i].x();
            ys[i] = onPlane[i].y();
            if (i == 0) {
                losses[i] = lossAt(request, run.initial());
            } else if (i <= kept.size()) {
                losses[i] =
                        run.history().value(Metric.TRAIN_LOSS, kept.get(i - 1).epoch() - 1);
            } else {
                losses[i] = run.history().last(Metric.TRAIN_LOSS);
            }
        }
        String status = Messages.text(isCentre ? "slice.path.centreEpoch" : "slice.path.epoch", run.epochs());
        return new PathResult(
                run.name(), run.displayName(), status, Trajectory.ofPoints(xs, ys, losses), Outcome.RUNNING, status);
    }

    /** The training loss the history would have recorded at {@code parameters} (it has none before epoch 1). */
    private static double lossAt(Request request, double[] parameters) {
        try (Network network = new Network(request.architecture())) {
            network.setParameters(parameters);
            var train = request.data().train();
            return network.evaluate(train.features(), train.targets(), train.sampleCount())
                            .loss()
                    + network.penalty(request.l2());
        }
    }

    /** Columns and rows of a grid of {@code nodes} along its shorter side shaped like a plot of {@code aspect}. */
    static int[] shape(int nodes, double aspect) {
        double a = clampAspect(aspect);
        return new int[] {oddNodes(nodes * Math.max(1, a)), oddNodes(nodes * Math.max(1, 1 / a))};
    }

    /** The odd node count nearest {@code nodes}: an odd count puts θ* exactly on the middle node. */
    static int oddNodes(double nodes) {
        int n = (int) Math.round(nodes);
        return n % 2 == 1 ? n : n + 1;
    }

    /** 1, 1.5, 2, 3 or 5 times a power of ten, at least {@code value}: ticks then fall on round numbers. */
    static double niceRange(double value) {
        if (!(value > 1e-9)) {
            return 1;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 1.5, 2, 3, 5, 10}) {
            if (step * decade >= value) {
                return step * decade;
            }
        }
        return 10 * decade;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
