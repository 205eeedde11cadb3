package downhill.render;

import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What goes on top when paths share pixels, and where a path's label can go without covering another: used by
 * the window's canvas and the {@code render} stills alike.
 */
public final class PathLayers {

    private PathLayers() {}

    /**
     * The paths in drawing order: the one that travels farthest first, the slowest last, so that a short path lying
     * on a longer one (SGD creeping along momentum's wide zigzag) stays visible instead of vanishing under it.
     */
    public static List<PathResult> slowestOnTop(List<PathResult> paths) {
        List<PathResult> order = new ArrayList<>(paths);
        order.sort(Comparator.comparingDouble(PathLayers::length).reversed());
        return order;
    }

    /**
     * For paths in drawing order, whether each one is largely covered by the paths drawn after it (a fifth or more of
     * the pixels it passes, up to {@code step}): such a path is drawn as a wider band, so that its colour shows on
     * both sides of the line on top instead of vanishing (two SGD runs on one line through a bowl's centre).
     */
    public static boolean[] covered(List<PathResult> order, int step, Viewport viewport) {
        List<Set<Long>> cells = new ArrayList<>();
        for (PathResult p : order) {
            cells.add(cells(p, step, viewport));
        }
        boolean[] covered = new boolean[order.size()];
        Set<Long> above = new HashSet<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            Set<Long> own = cells.get(i);
            long shared = own.stream().filter(above::contains).count();
            covered[i] = !own.isEmpty() && shared >= 0.2 * own.size();
            above.addAll(own);
        }
        return covered;
    }

    /** The 4-pixel cells of the plot that the path passes through, sampled every 2 pixels along each segment. */
    private static Set<Long> cells(PathResult path, int step, Viewport v) {
        Set<Long> cells = new HashSet<>();
        Trajectory t = path.trajectory();
        int last = path.visibleStep(step);
        for (int k = 1; k <= last; k++) {
            double x0 = Viewport.clampPixel(v.toPixelX(t.x(k - 1)));
            double y0 = Viewport.clampPixel(v.toPixelY(t.y(k - 1)));
            double x1 = Viewport.clampPixel(v.toPixelX(t.x(k)));
            double y1 = Viewport.clampPixel(v.toPixelY(t.y(k)));
            int samples = (int) Math.min(400, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 2)) + 1;
            for (int i = 0; i <= samples; i++) {
                double x = x0 + (x1 - x0) * i / samples;
                double y = y0 + (y1 - y0) * i / samples;
                if (v.inside(x, y)) {
                    cells.add(((long) Math.floor(x / 4) << 32) ^ (long) Math.floor(y / 4) & 0xFFFFFFFFL);
                }
            }
        }
        return cells;
    }

    /** The length of the whole path in the function's units. */
    public static double length(PathResult path) {
        Trajectory t = path.trajectory();
        double length = 0;
        for (int k = 1; k < t.size(); k++) {
            length += Math.hypot(t.x(k) - t.x(k - 1), t.y(k) - t.y(k - 1));
        }
        return length;
    }

    /**
     * A top for a label box {@code width} × {@code height} at {@code x} that overlaps none of {@code placed}
     * (each {x, y, width, height}), as near {@code y} as possible within [{@code min}, {@code max}]; the box is
     * added to {@code placed}.
     */
    public static double place(
            List<double[]> placed, double x, double y, double width, double height, double min, double max) {
        double best = clamp(y, min, max);
        for (int i = 0; i <= 2 * placed.size() + 1; i++) {
            double offset = (i + 1) / 2 * (height + 2) * (i % 2 == 1 ? 1 : -1);
            double candidate = clamp(y + offset, min, max);
            if (free(placed, x, candidate, width, height)) {
                best = candidate;
                break;
            }
        }
        placed.add(new double[] {x, best, width, height});
        return best;
    }

    private static boolean free(List<double[]> placed, double x, double y, double width, double height) {
        for (double[] p : placed) {
            if (x < p[0] + p[2] && p[0] < x + width && y < p[1] + p[3] && p[1] < y + height) {
                return false;
            }
        }
        return true;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
