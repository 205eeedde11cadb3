package downhill.engine.slice;

import downhill.engine.nn.Layer;
import java.util.List;
import java.util.Locale;

/** The two ways to choose a slice's plane, by their command-line names. */
public enum DirectionKind {

    /** Filter-normalised random directions from a seed: the landscape's shape, as Li et al. draw it. */
    RANDOM("random"),
    /** The top two principal directions of the paths: the plane the paths lie closest to. */
    PCA("pca");

    /** Keeps the random directions apart from the training's streams when both come from one seed. */
    private static final long DIRECTION_SALT = 0x2545F4914F6CDD1DL;

    private final String cliName;

    DirectionKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** {@code random} or {@code pca}; throws naming the bad word otherwise. */
    public static DirectionKind parse(String text) {
        for (DirectionKind kind : values()) {
            if (kind.cliName.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("directions are 'random' or 'pca', got '" + text + "'");
    }

    /**
     * The plane through {@code center}: random directions from {@code seed}, or the principal directions of
     * {@code points} (every run's kept weights).
     */
    public PlaneDirections choose(List<Layer> layers, double[] center, long seed, List<double[]> points) {
        return this == RANDOM
                ? PlaneDirections.filterNormalized(layers, center, seed ^ DIRECTION_SALT)
                : PlaneDirections.principal(center, points);
    }
}
