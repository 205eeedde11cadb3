package downhill.engine.data;

import downhill.engine.Numbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The built-in datasets. Two-dimensional ones put their points in {@code x1, x2}; each is drawn from one seed with
 * {@link SplittableRandom}, so a seed gives the same numbers on every machine. Points are shuffled, then noise is
 * added, in the order scikit-learn's generators use.
 */
public final class Generators {

    private static final List<String> XY = List.of("x1", "x2");
    private static final String CLASS_TARGET = "label";

    private static final List<Generator> ALL = List.of(
            new Generator(
                    "moons",
                    "two interleaving half circles, as scikit-learn's make_moons",
                    "std of Gaussian noise added to each coordinate",
                    List.of(),
                    (n, noise, seed, p) -> moons(n, noise, seed)),
            new Generator(
                    "circles",
                    "a circle of radius 1 around a smaller one, as scikit-learn's make_circles",
                    "std of Gaussian noise added to each coordinate",
                    List.of(new GeneratorParameter("factor", 0.5, false, "inner radius, 0 ≤ factor < 1")),
                    (n, noise, seed, p) -> circles(n, noise, p.get("factor"), seed)),
            new Generator(
                    "blobs",
                    "Gaussian blobs around centres evenly spaced on the unit circle",
                    "std of each blob (its spread)",
                    List.of(new GeneratorParameter("centers", 3, true, "number of blobs (classes), ≥ 2")),
                    (n, noise, seed, p) -> blobs(n, noise, (int) (double) p.get("centers"), seed)),
            new Generator(
                    "xor",
                    "uniform points in [-1, 1]², class 1 where x1 and x2 differ in sign",
                    "std of Gaussian noise added to each coordinate after labelling",
                    List.of(),
                    (n, noise, seed, p) -> xor(n, noise, seed)),
            new Generator(
                    "spiral",
                    "interleaved spiral arms from the centre out to radius 1",
                    "std of Gaussian noise added to each coordinate",
                    List.of(
                            new GeneratorParameter("arms", 2, true, "number of arms (classes), ≥ 2"),
                            new GeneratorParameter("turns", 1, false, "turns each arm makes, > 0")),
                    (n, noise, seed, p) -> spiral(n, noise, (int) (double) p.get("arms"), p.get("turns"), seed)),
            new Generator(
                    "gaussian",
                    "two overlapping Gaussian clouds centred at ±(0.25, 0.25)",
                    "std of each cloud",
                    List.of(),
                    (n, noise, seed, p) -> gaussian(n, noise, seed)),
            new Generator(
                    "sine",
                    "regression: x uniform in [-π, π], target sin(x) + noise",
                    "std of Gaussian noise added to the target",
                    List.of(),
                    (n, noise, seed, p) -> sine(n, noise, seed)));

    private Generators() {}

    public static List<Generator> all() {
        return ALL;
    }

    public static String names() {
        return ALL.stream().map(Generator::name).collect(Collectors.joining(", "));
    }

    /** The generator named {@code name}, or null. */
    public static Generator find(String name) {
        return ALL.stream().filter(g -> g.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * Data from a spec: a generator's name, optionally with its parameters, e.g. {@code circles} or
     * {@code circles:factor=0.3} or {@code spiral:arms=3,turns=1.5}.
     */
    public static Dataset generate(String spec, int samples, double noise, long seed) {
        String text = spec.strip();
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon).strip();
        Generator generator = find(name);
        if (generator == null) {
            throw new IllegalArgumentException("unknown dataset '" + name + "' (generators: " + names() + ")");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        if (colon >= 0 && !text.substring(colon + 1).isBlank()) {
            for (String pair : text.substring(colon + 1).split(",", -1)) {
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("'" + pair.strip() + "' in '" + spec + "' is not name=value");
                }
                String key = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (values.containsKey(key)) {
                    throw new IllegalArgumentException("'" + key + "' is given twice in '" + spec + "'");
                }
                try {
                    values.put(key, Numbers.parse(value));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(key + "=" + value + " in '" + spec + "': " + e.getMessage());
                }
            }
        }
        return generator.generate(samples, noise, seed, values);
    }

    /**
     * Two interleaving half circles, the geometry of scikit-learn's {@code make_moons}: ⌊n/2⌋ points (cos t, sin t)
     * of class 0 and the rest (1 − cos t, 1 − sin t − 0.5) of class 1, t evenly spaced over [0, π] for each.
     */
    public static Dataset moons(int samples, double noise, long seed) {
        int outer = samples / 2;
        int inner = samples - outer;
        double[] xy = new double[2 * samples];
        double[] labels = new double[samples];
        double[] tOuter = linspace(0, Math.PI, outer, true);
        double[] tInner = linspace(0, Math.PI, inner, true);
        for (int i = 0; i < outer; i++) {
            xy[2 * i] = Math.cos(tOuter[i]);
            xy[2 * i + 1] = Math.sin(tOuter[i]);
        }
        for (int i = 0; i < inner; i++) {
            int at = outer + i;
            xy[2 * at] = 1 - Math.cos(tInner[i]);
            xy[2 * at + 1] = 1 - Math.sin(tInner[i]) - 0.5;
            labels[at] = 1;
        }
        return shuffledWithNoise("moons", xy, labels, 2, noise, new SplittableRandom(seed));
    }

    /** scikit-learn's {@code make_circles}: ⌊n/2⌋ points on the unit circle (class 0), the rest at radius factor. */
    public static Dataset circles(int samples, double noise, double factor, long seed) {
        if (!(factor >= 0 && factor < 1)) {
            throw new IllegalArgumentException("circles: factor must be ≥ 0 and < 1, got " + factor);
        }
        int outer = samples / 2;
        int inner = samples - outer;
        double[] xy = new double[2 * samples];
        double[] labels = new double[samples];
        double[] tOuter = linspace(0, 2 * Math.PI, outer, false);
        double[] tInner = linspace(0, 2 * Math.PI, inner, false);
        for (int i = 0; i < outer; i++) {
            xy[2 * i] = Math.cos(tOuter[i]);
            xy[2 * i + 1] = Math.sin(tOuter[i]);
        }
        for (int i = 0; i < inner; i++) {
            int at = outer + i;
            xy[2 * at] = Math.cos(tInner[i]) * factor;
            xy[2 * at + 1] = Math.sin(tInner[i]) * factor;
            labels[at] = 1;
        }
        return shuffledWithNoise("circles", xy, labels, 2, noise, new SplittableRandom(seed));
    }

    /** {@code centers} blobs of std {@code noise} around centres evenly spaced on the unit circle; n/k points each. */
    public static Dataset blobs(int samples, double noise, int centers, long seed) {
        if (centers < 2 || centers > samples) {
            throw new IllegalArgumentException(
                    "blobs: centers must be ≥ 2 and at most the sample count (" + samples + "), got " + centers);
        }
        double[] xy = new double[2 * samples];
        double[] labels = new double[samples];
        for (int i = 0; i < samples; i++) {
            // Class i mod k, so the classes differ in size by one at most.
            int c = i % centers;
            double angle = 2 * Math.PI * c / centers;
            xy[2 * i] = Math.cos(angle);
            xy[2 * i + 1] = Math.sin(angle);
            labels[i] = c;
        }
        return shuffledWithNoise("blobs", xy, labels, centers, noise, new SplittableRandom(seed));
    }

    /** Uniform points in [-1, 1]², labelled 1 where exactly one coordinate is positive, then blurred by noise. */
    public static Dataset xor(int samples, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] xy = new double[2 * samples];
        double[] labels = new double[samples];
        for (int i = 0; i < samples; i++) {
            double x = random.nextDouble(-1, 1);
            double y = random.nextDouble(-1, 1);
            xy[2 * i] = x;
            xy[2 * i + 1] = y;
            labels[i] = (x > 0) != (y > 0) ? 1 : 0;
        }
        return shuffledWithNoise("xor", xy, labels, 2, noise, random);
    }

    /**
     * {@code arms} spiral arms: arm c holds points at radius r = t and angle 2π·(turns·t + c/arms), t evenly spaced
     * over [0, 1].
     */
    public static Dataset spiral(int samples, double noise, int arms, double turns, long seed) {
        if (arms < 2 || arms > samples) {
            throw new IllegalArgumentException(
                    "spiral: arms must be ≥ 2 and at most the sample count (" + samples + "), got " + arms);
        }
        if (!(turns > 0) || Double.isInfinite(turns)) {
            throw new IllegalArgumentException("spiral: turns must be a finite number > 0, got " + turns);
        }
        double[] xy = new double[2 * samples];
        double[] labels = new double[samples];
        int at = 0;
        for (int c = 0; c < arms; c++) {
            int count = samples / arms + (c < samples % arms ? 1 : 0);
            double[] t = linspace(0, 1, count, true);
            for (double radius : t) {
                double angle = 2 * Math.PI * (turns * radius + (double) c / arms);
                xy[2 * at] = radius * Math.cos(angle);
                xy[2 * at + 1] = radius * Math.sin(angle);
                labels[at] = c;
                at++;
            }
        }
        return shuffledWithNoise("spiral", xy, labels, arms, noise, new SplittableRandom(seed));
    }

    /** Two Gaussian clouds of std {@code noise}: class 0 around (−0.25, −0.25), class 1 around (0.25, 0.25). */
    public static Dataset gaussian(int samples, double noise, long seed) {
        double[] xy = new double[2 * samples];
        double[] labels = new double[samples];
        for (int i = 0; i < samples; i++) {
            int c = i % 2;
            double centre = c == 0 ? -0.25 : 0.25;
            xy[2 * i] = centre;
            xy[2 * i + 1] = centre;
            labels[i] = c;
        }
        return shuffledWithNoise("gaussian", xy, labels, 2, noise, new SplittableRandom(seed));
    }

    /** Regression: x uniform in [−π, π], target sin(x) plus Gaussian noise of std {@code noise}. */
    public static Dataset sine(int samples, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[samples];
        double[] y = new double[samples];
        for (int i = 0; i < samples; i++) {
            x[i] = random.nextDouble(-Math.PI, Math.PI);
        }
        for (int i = 0; i < samples; i++) {
            y[i] = Math.sin(x[i]) + noise * random.nextGaussian();
        }
        return new Dataset("sine", List.of("x"), "y", List.of(), x, y);
    }

    /** numpy's {@code linspace}: {@code count} values from start, the last equal to stop when endpoint is set. */
    static double[] linspace(double start, double stop, int count, boolean endpoint) {
        double[] values = new double[count];
        int divisions = endpoint ? count - 1 : count;
        double step = divisions > 0 ? (stop - start) / divisions : 0;
        for (int i = 0; i < count; i++) {
            values[i] = start + i * step;
        }
        if (endpoint && count > 1) {
            values[count - 1] = stop;
        }
        return values;
    }

    /** Shuffles the points with their labels (Fisher–Yates), then adds noise to every coordinate. */
    private static Dataset shuffledWithNoise(
            String name, double[] xy, double[] labels, int classes, double noise, SplittableRandom random) {
        int n = labels.length;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            swap(xy, 2 * i, 2 * j);
            swap(xy, 2 * i + 1, 2 * j + 1);
            swap(labels, i, j);
        }
        if (noise > 0) {
            for (int i = 0; i < xy.length; i++) {
                xy[i] += noise * random.nextGaussian();
            }
        }
        List<String> classNames =
                IntStream.range(0, classes).mapToObj(Integer::toString).toList();
        return new Dataset(name, XY, CLASS_TARGET, classNames, xy, labels);
    }

    private static void swap(double[] values, int i, int j) {
        double kept = values[i];
        values[i] = values[j];
        values[j] = kept;
    }
}
