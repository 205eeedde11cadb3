package downhill.engine.sweep;

import downhill.engine.function.Objective;
import downhill.engine.function.Window;
import downhill.engine.landscape.AxisTicks;
import downhill.engine.landscape.ColorScaling;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.landscape.LandscapeRenderer;
import downhill.engine.landscape.RenderRequest;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.run.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * What a hyperparameter map looks like, decided once for the window and for {@code render --map}: the cells'
 * colours through the one landscape renderer (failed cells flat in their own colours), where a value lies along
 * an axis, the axes' ticks, and theory's stability line on a quadratic. The drawing of frame, text and key is
 * each surface's own; what they draw is this.
 */
public final class MapPicture {

    /** Values along each axis of a map the window or a saved experiment asks for. */
    public static final int CELLS = 61;
    /** |∇f| (or f − f*) below which a map's cell counts as converged. */
    public static final double TOLERANCE = 1e-8;
    /** Failed cells, drawn flat over the colours: diverged, unbounded below, left the domain. */
    public static final int DIVERGED = 0xFFB91C1C;

    public static final int UNBOUNDED = 0xFF7E22CE;
    public static final int LEFT_DOMAIN = 0xFF6B7280;

    private MapPicture() {}

    /** An axis' ticks: its values and their labels. */
    public record Ticks(double[] values, List<String> labels) {}

    /**
     * {@code h} over [from, to] (both NaN: its slider's ends) on its slider's scale with {@link #CELLS} values;
     * the range is not checked here (the map's settings check it where it is typed).
     */
    public static Axis axis(Hyperparameter h, double from, double to) {
        boolean slider = Double.isNaN(from) || Double.isNaN(to);
        return new Axis(h.key(), slider ? h.sliderMin() : from, slider ? h.sliderMax() : to, h.logarithmic(), CELLS);
    }

    /** The hyperparameter a map shows against {@code x} unless told: momentum or β₁ where there is one. */
    public static String secondAxis(OptimizerType type, String x) {
        for (String key : List.of(
                Hyperparameter.MOMENTUM,
                Hyperparameter.BETA1,
                Hyperparameter.ALPHA,
                Hyperparameter.RHO,
                Hyperparameter.BETA2,
                Hyperparameter.WEIGHT_DECAY,
                Hyperparameter.EPS)) {
            if (!key.equals(x) && type.has(key) && !type.hyperparameter(key).isFlag()) {
                return key;
            }
        }
        return null;
    }

    /**
     * The cells through the renderer, row 0 the largest y, the failed ones flat in their own colours and cells not
     * yet computed transparent. By final loss: log₁₀ of how far above the best (f* where known, else the map's
     * least) it ended, down to 1e-16 of the start's height, so that converged cells are told apart by how close
     * they came; by steps: how many steps until within tolerance, cells that never got there blank.
     */
    public static LandscapeImage paint(Sweep sweep, boolean bySteps) {
        SweepSpec spec = sweep.spec();
        int nx = spec.x().count();
        int ny = spec.y().count();
        double best = Double.POSITIVE_INFINITY;
        double worst = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                Cell c = sweep.cell(i, j);
                if (c != null && !c.outcome().failed()) {
                    best = Math.min(best, c.finalLoss());
                    worst = Math.max(worst, c.finalLoss());
                }
            }
        }
        double floor = bestKnown(spec.objective(), best);
        double above = spec.objective().value(spec.start().x(), spec.start().y()) - floor;
        double tiny = 1e-16 * (above > 0 && Double.isFinite(above) ? above : Math.max(1e-300, worst - floor));
        double[] values = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                Cell c = sweep.cell(i, j);
                double v = c == null || c.outcome().failed()
                        ? Double.NaN
                        : bySteps
                                ? (c.stepsToTolerance() < 0 ? Double.NaN : c.stepsToTolerance())
                                : Math.log10(Math.max(c.finalLoss() - floor, tiny));
                values[(ny - 1 - j) * nx + i] = v;
            }
        }
        RenderRequest request = RenderRequest.of((xs, y, out) -> {}, new Window(0, nx, 0, ny), nx, ny)
                .withContourLevels(0)
                .withScaling(ColorScaling.LINEAR);
        LandscapeImage picture = LandscapeRenderer.sequential().recolour(request, values);
        int[] argb = picture.argb().clone();
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                Cell c = sweep.cell(i, j);
                int p = (ny - 1 - j) * nx + i;
                if (c == null) {
                    argb[p] = 0;
                } else if (c.outcome().failed()) {
                    argb[p] = failureArgb(c.outcome().status());
                }
            }
        }
        return new LandscapeImage(
                nx,
                ny,
                argb,
                picture.values(),
                picture.min(),
                picture.max(),
                picture.levels(),
                picture.scaling(),
                picture.colormap(),
                picture.window());
    }

    /** A failed cell's flat colour. */
    public static int failureArgb(Outcome.Status status) {
        return switch (status) {
            case DIVERGED -> DIVERGED;
            case UNBOUNDED -> UNBOUNDED;
            default -> LEFT_DOMAIN;
        };
    }

    /** f* where the objective knows its global minimum (and it is not above the map's least), else that least. */
    static double bestKnown(Objective f, double least) {
        double known = Double.POSITIVE_INFINITY;
        for (var m : f.minima()) {
            if (m.global()) {
                known = Math.min(known, f.value(m.x(), m.y()));
            }
        }
        return Double.isFinite(known) && known <= least ? known : least;
    }

    /** Cells that diverged. */
    public static int diverged(Sweep sweep) {
        int count = 0;
        for (int j = 0; j < sweep.spec().y().count(); j++) {
            for (int i = 0; i < sweep.spec().x().count(); i++) {
                Cell c = sweep.cell(i, j);
                count += c != null && c.outcome().status() == Outcome.Status.DIVERGED ? 1 : 0;
            }
        }
        return count;
    }

    /** Where value {@code v} of {@code axis} lies along it, 0 at the first cell's left edge, 1 at the last's right. */
    public static double fraction(Axis axis, double v) {
        double n = axis.count();
        double t = axis.log()
                ? (Math.log10(v) - Math.log10(axis.from())) / (Math.log10(axis.to()) - Math.log10(axis.from()))
                : (v - axis.from()) / (axis.to() - axis.from());
        // Cell centres lie at (i + 0.5)/n: value i of n sits at t = i/(n − 1).
        return (t * (n - 1) + 0.5) / n;
    }

    /** Decades ("1e-3") on a log axis, about {@code about} nice steps on a linear one. */
    public static Ticks ticks(Axis axis, int about) {
        if (!axis.log()) {
            AxisTicks nice = AxisTicks.nice(axis.from(), axis.to(), about);
            return new Ticks(nice.values(), nice.labels());
        }
        int lo = (int) Math.ceil(Math.log10(axis.from()) - 1e-9);
        int hi = (int) Math.floor(Math.log10(axis.to()) + 1e-9);
        double[] values = new double[Math.max(0, hi - lo + 1)];
        List<String> labels = new ArrayList<>();
        for (int k = lo; k <= hi; k++) {
            values[k - lo] = Math.pow(10, k);
            labels.add("1e" + k);
        }
        return new Ticks(values, labels);
    }

    /**
     * Theory's stability line on a quadratic: the largest stable η for each value of the y axis (η < 2(1 + μ)/λ_max
     * against momentum, 2/λ_max against anything else), or null when it does not apply (not a quadratic, x is not
     * the learning rate, or the optimizer is not plain SGD with momentum).
     */
    public static double[][] theoryLine(SweepSpec spec) {
        if (!spec.x().key().equals(Hyperparameter.LR)
                || !List.of("sgd", "momentum").contains(spec.type().name())
                || spec.fixed().values().getOrDefault(Hyperparameter.NESTEROV, 0.0) != 0) {
            return null;
        }
        Stability theory = Stability.of(spec.objective());
        if (theory == null) {
            return null;
        }
        Axis y = spec.y();
        boolean momentum = y.key().equals(Hyperparameter.MOMENTUM);
        double[][] line = new double[y.count()][];
        for (int j = 0; j < y.count(); j++) {
            double mu = momentum ? y.value(j) : spec.fixed().values().getOrDefault(Hyperparameter.MOMENTUM, 0.0);
            line[j] = new double[] {theory.largestRate(mu), y.value(j)};
        }
        return line;
    }
}
