package downhill.experiment;

import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.landscape.Colormap;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Initialization;
import downhill.engine.slice.DirectionKind;
import downhill.engine.train.EarlyStopping;
import java.util.List;
import java.util.Map;

/** Experiments the tests share. */
public final class ExperimentCodecTestData {

    private ExperimentCodecTestData() {}

    /** An experiment that differs from the defaults in every field. */
    public static Experiment everythingChanged() {
        LandscapeSettings landscape = new LandscapeSettings(
                "(x - 1)^2 + 3*y^2",
                16,
                7,
                0.25,
                new Window(-3, 2, -1, 4),
                new Point(0.5, -0.25),
                1234,
                120,
                LandscapeSettings.Layout.MAP,
                Colormap.MAGMA,
                false,
                false,
                LandscapeSettings.View.SURFACE,
                List.of(
                        new OptimizerEntry(
                                "nesterov",
                                true,
                                Map.of("lr", 0.01, "momentum", 0.8, "nesterov", 1.0),
                                "step:every=50,gamma=0.5",
                                "Nesterov, gently"),
                        new OptimizerEntry("adamw", false, Map.of("weight-decay", 0.1), "exp:gamma=0.99"),
                        OptimizerEntry.enabled("lion", 1e-4)),
                new LandscapeSettings.MapAxes("lion", "beta1", "beta2"));
        NetworkSettings network = new NetworkSettings(
                new NetworkSettings.Data("circles:factor=0.3", 500, 0.1, null),
                42,
                List.of(8, 8, 8),
                Activation.TANH,
                "mse",
                NetworkSettings.BatchMode.STOCHASTIC,
                32,
                77,
                1e-4,
                false,
                List.of(new OptimizerEntry(
                        "rmsprop",
                        true,
                        Map.of("lr", 0.003, "centered", 1.0),
                        "warmup-cosine:warmup=5,total=70,floor=0.0001")),
                new NetworkSettings.LossLandscape(DirectionKind.RANDOM, 2.5, 9, true),
                false,
                Initialization.parse("normal:sigma=0.05"),
                List.of(0.1, 0.2, 0.3),
                EarlyStopping.parse("patience=5,monitor=train"));
        return new Experiment(1, Experiment.Tab.NETWORK, landscape, network);
    }
}
