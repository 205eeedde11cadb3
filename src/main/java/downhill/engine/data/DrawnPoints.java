package downhill.engine.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Points drawn by hand on the input plane, each with a class below {@code classes}: the network tab's "Drawn" data,
 * saved in experiments and exported as CSV ({@code x1,x2,label}, the columns {@link CsvLoader} reads back).
 *
 * @param classes the class count the drawing offers (2 to {@value #MAX_CLASSES}); a class may have no point yet
 */
public record DrawnPoints(int classes, List<Point> points) {

    public static final int MIN_CLASSES = 2;
    public static final int MAX_CLASSES = 5;
    /** More than a hand draws in a lesson, few enough that every edit re-prepares the data at once. */
    public static final int MAX_POINTS = 5000;

    /** One drawn point: where it is and its class. */
    public record Point(double x, double y, int label) {

        public Point {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("a point needs finite coordinates, got (" + x + ", " + y + ")");
            }
            if (label < 0 || label >= MAX_CLASSES) {
                throw new IllegalArgumentException("a class is 0 to " + (MAX_CLASSES - 1) + ", got " + label);
            }
        }
    }

    public DrawnPoints {
        if (classes < MIN_CLASSES || classes > MAX_CLASSES) {
            throw new IllegalArgumentException(
                    "a drawing has " + MIN_CLASSES + " to " + MAX_CLASSES + " classes, got " + classes);
        }
        points = List.copyOf(points);
        if (points.size() > MAX_POINTS) {
            throw new IllegalArgumentException("at most " + MAX_POINTS + " drawn points, got " + points.size());
        }
        for (Point p : points) {
            if (p.label() >= classes) {
                throw new IllegalArgumentException(
                        "class " + p.label() + " is beyond the drawing's " + classes + " classes");
            }
        }
    }

    public static DrawnPoints empty(int classes) {
        return new DrawnPoints(classes, List.of());
    }

    /**
     * The samples of a planar classification as drawn points (at most {@value #MAX_CLASSES} classes); only those
     * inside {@code [−limit, limit]²} are kept, so the copy fits the drawing's plane.
     */
    public static DrawnPoints of(Dataset data, double limit) {
        if (data.featureCount() != 2 || !data.isClassification() || data.classCount() > MAX_CLASSES) {
            throw new IllegalArgumentException(
                    "only data of two features and 2 to " + MAX_CLASSES + " classes can be drawn");
        }
        List<Point> kept = new ArrayList<>();
        double[] f = data.features();
        for (int i = 0; i < data.sampleCount() && kept.size() < MAX_POINTS; i++) {
            if (Math.abs(f[2 * i]) <= limit && Math.abs(f[2 * i + 1]) <= limit) {
                kept.add(new Point(f[2 * i], f[2 * i + 1], (int) data.targets()[i]));
            }
        }
        return new DrawnPoints(Math.max(MIN_CLASSES, data.classCount()), kept);
    }

    public DrawnPoints with(Point point) {
        List<Point> more = new ArrayList<>(points);
        more.add(point);
        return new DrawnPoints(classes, more);
    }

    public DrawnPoints without(int index) {
        List<Point> fewer = new ArrayList<>(points);
        fewer.remove(index);
        return new DrawnPoints(classes, fewer);
    }

    public DrawnPoints withClasses(int count) {
        return new DrawnPoints(count, points);
    }

    public int size() {
        return points.size();
    }

    /** Points per class, {@code classes} entries. */
    public int[] classCounts() {
        int[] counts = new int[classes];
        points.forEach(p -> counts[p.label()]++);
        return counts;
    }

    /** How many classes have at least one point. */
    public int classesUsed() {
        return (int) Arrays.stream(classCounts()).filter(c -> c > 0).count();
    }

    /** The highest class with a point, or −1 for none: the class count cannot go below it. */
    public int highestLabel() {
        return points.stream().mapToInt(Point::label).max().orElse(-1);
    }

    /** The points as a dataset of features x1, x2 and {@code classes} classes "0", "1", …, in drawing order. */
    public Dataset dataset() {
        double[] features = new double[2 * points.size()];
        double[] targets = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            features[2 * i] = points.get(i).x();
            features[2 * i + 1] = points.get(i).y();
            targets[i] = points.get(i).label();
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            names.add(String.valueOf(k));
        }
        return new Dataset("drawn", List.of("x1", "x2"), "label", names, features, targets);
    }

    /** The CSV text Load CSV… reads back: a header {@code x1,x2,label}, then a row per point (exact doubles). */
    public String csv() {
        StringBuilder text = new StringBuilder("x1,x2,label\n");
        for (Point p : points) {
            text.append(p.x())
                    .append(',')
                    .append(p.y())
                    .append(',')
                    .append(p.label())
                    .append('\n');
        }
        return text.toString();
    }
}
