package downhill.experiment;

import java.util.List;
import java.util.Objects;

/**
 * Every setting of both tabs and their seeds: what File → Save writes, a scenario holds and the session keeps.
 * An immutable value in canonical form, so two experiments that set up the same thing are equal.
 *
 * @param schemaVersion the file format's version ({@link #SCHEMA_VERSION} for everything this version writes)
 */
public record Experiment(int schemaVersion, Tab activeTab, LandscapeSettings landscape, NetworkSettings network) {

    public static final int SCHEMA_VERSION = 1;

    /** The tab that shows. */
    public enum Tab {
        LANDSCAPE,
        NETWORK
    }

    public Experiment {
        if (schemaVersion < 1 || schemaVersion > SCHEMA_VERSION) {
            throw new IllegalArgumentException(
                    "schema version must be 1 to " + SCHEMA_VERSION + ", got " + schemaVersion);
        }
        Objects.requireNonNull(activeTab, "activeTab");
        Objects.requireNonNull(landscape, "landscape");
        Objects.requireNonNull(network, "network");
    }

    /** The app as it opens: Rosenbrock with four optimizers; make_moons with Adam against SGD with momentum. */
    public static Experiment defaults() {
        return new Experiment(SCHEMA_VERSION, Tab.LANDSCAPE, defaultLandscape(), defaultNetwork());
    }

    static LandscapeSettings defaultLandscape() {
        return LandscapeSettings.of(
                "rosenbrock",
                List.of(
                        OptimizerEntry.enabled("sgd", 1e-3),
                        OptimizerEntry.enabled("momentum", 1e-3),
                        OptimizerEntry.enabled("rmsprop", 0.01),
                        OptimizerEntry.enabled("adam", 0.05)));
    }

    static NetworkSettings defaultNetwork() {
        return NetworkSettings.of(
                List.of(OptimizerEntry.enabled("momentum", 1e-2), OptimizerEntry.enabled("adam", 1e-3)));
    }
}
