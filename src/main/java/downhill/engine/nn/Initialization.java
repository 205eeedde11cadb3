package downhill.engine.nn;

import downhill.engine.EnumByLabel;
import downhill.engine.Numbers;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * How a network's weights and biases start, drawn from a seed. Fan-in and fan-out are a layer's inputs and
 * outputs; every scheme but {@link Scheme#SKLEARN} leaves the biases 0.
 *
 * @param scheme the formula
 * @param sigma  the standard deviation of {@link Scheme#NORMAL} (unused by the others, kept {@link #DEFAULT_SIGMA})
 */
public record Initialization(Scheme scheme, double sigma) {

    /** PyTorch tutorials' and Goodfellow et al.'s "small random numbers". */
    public static final double DEFAULT_SIGMA = 0.01;

    /** Today's default: He-uniform before a rectifier, Glorot-uniform elsewhere (the output layer included). */
    public static final Initialization DEFAULT = new Initialization(Scheme.DEFAULT, DEFAULT_SIGMA);

    public static final String ACCEPTED =
            "default, zeros, normal[:sigma=S], glorot-uniform, glorot-normal, " + "he-uniform, he-normal, sklearn";

    /** The formulas, by the name users type. */
    public enum Scheme {
        /** U(±√(6/fan_in)) for layers followed by a rectifier, U(±√(6/(fan_in+fan_out))) otherwise. */
        DEFAULT("default"),
        /** Every weight 0: the units of a layer get the same gradient and stay identical. */
        ZEROS("zeros"),
        /** N(0, σ²). */
        NORMAL("normal"),
        /** U(±√(6/(fan_in+fan_out))), Glorot and Bengio 2010. */
        GLOROT_UNIFORM("glorot-uniform"),
        /** N(0, 2/(fan_in+fan_out)). */
        GLOROT_NORMAL("glorot-normal"),
        /** U(±√(6/fan_in)), He et al. 2015. */
        HE_UNIFORM("he-uniform"),
        /** N(0, 2/fan_in). */
        HE_NORMAL("he-normal"),
        /**
         * scikit-learn's MLP ({@code _init_coef}): weights and biases U(±√(f/(fan_in+fan_out))), f = 2 for a
         * sigmoid hidden activation and 6 otherwise, in every layer.
         */
        SKLEARN("sklearn");

        private final String label;

        Scheme(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Initialization {
        Objects.requireNonNull(scheme, "scheme");
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException(
                    "normal initialisation: sigma must be a finite number > 0, got " + sigma);
        }
    }

    public static Initialization of(Scheme scheme) {
        return new Initialization(scheme, DEFAULT_SIGMA);
    }

    /**
     * {@code he-normal}, {@code normal:sigma=0.1}, {@code auto} (the default); an {@link IllegalArgumentException}
     * that lists the accepted names otherwise.
     */
    public static Initialization parse(String text) {
        String spec = text.strip();
        int colon = spec.indexOf(':');
        String name = colon < 0 ? spec : spec.substring(0, colon).strip();
        String arguments = colon < 0 ? null : spec.substring(colon + 1).strip();
        Scheme scheme = name.equals("auto") ? Scheme.DEFAULT : parseScheme(name);
        if (arguments == null) {
            return of(scheme);
        }
        if (scheme != Scheme.NORMAL) {
            throw new IllegalArgumentException(
                    "initialisation '" + name + "' takes no parameters, got '" + text + "' (only normal:sigma=S does)");
        }
        if (!arguments.startsWith("sigma=")) {
            throw new IllegalArgumentException(
                    "initialisation '" + text + "': normal takes sigma=S, e.g. " + "normal:sigma=0.1");
        }
        String value = arguments.substring("sigma=".length()).strip();
        double sigma;
        try {
            sigma = Numbers.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("initialisation '" + text + "': sigma '" + value + "' is not a number");
        }
        return new Initialization(scheme, sigma);
    }

    private static Scheme parseScheme(String name) {
        try {
            return EnumByLabel.parse(Scheme.values(), Scheme::label, name, "initialisation");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown initialisation '" + name + "' (known: " + ACCEPTED + ")");
        }
    }

    /** The text {@link #parse} reads back: {@code he-normal}, {@code normal:sigma=0.1}. */
    public String spec() {
        return scheme == Scheme.NORMAL ? "normal:sigma=" + Numbers.format(sigma) : scheme.label();
    }

    /** Sets every parameter of {@code network}'s flat vector from {@code seed}, layer by layer from the input. */
    void fill(double[] parameters, List<Layer> layers, Activation hidden, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Arrays.fill(parameters, 0);
        for (Layer layer : layers) {
            MatrixView w = layer.weights();
            int fanIn = w.rows();
            int fanOut = w.cols();
            switch (scheme) {
                case ZEROS -> {
                    // all 0 already
                }
                case DEFAULT ->
                    uniform(
                            parameters,
                            w,
                            random,
                            layer.activation().reluLike() ? Math.sqrt(6.0 / fanIn) : Math.sqrt(6.0 / (fanIn + fanOut)));
                case NORMAL -> normal(parameters, w, random, sigma);
                case GLOROT_UNIFORM -> uniform(parameters, w, random, Math.sqrt(6.0 / (fanIn + fanOut)));
                case GLOROT_NORMAL -> normal(parameters, w, random, Math.sqrt(2.0 / (fanIn + fanOut)));
                case HE_UNIFORM -> uniform(parameters, w, random, Math.sqrt(6.0 / fanIn));
                case HE_NORMAL -> normal(parameters, w, random, Math.sqrt(2.0 / fanIn));
                case SKLEARN -> {
                    double bound = Math.sqrt((hidden == Activation.SIGMOID ? 2.0 : 6.0) / (fanIn + fanOut));
                    uniform(parameters, w, random, bound);
                    uniform(parameters, layer.bias(), random, bound);
                }
            }
        }
    }

    private static void uniform(double[] parameters, MatrixView block, SplittableRandom random, double bound) {
        for (int i = block.offset(); i < block.end(); i++) {
            parameters[i] = random.nextDouble(-bound, bound);
        }
    }

    private static void normal(double[] parameters, MatrixView block, SplittableRandom random, double sigma) {
        for (int i = block.offset(); i < block.end(); i++) {
            parameters[i] = sigma * random.nextGaussian();
        }
    }
}
