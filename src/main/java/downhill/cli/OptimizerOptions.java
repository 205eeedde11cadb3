package downhill.cli;

import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The optimizer and its hyperparameter flags, shared by every command that optimizes. */
final class OptimizerOptions {

    @Option(names = "--optimizer", required = true, paramLabel = "NAME",
            description = "One of: sgd, momentum, nesterov, adagrad, rmsprop, adadelta, adam, amsgrad, adamw, nadam, "
                    + "radam, adamax, lion.")
    String optimizer;

    @Option(names = "--lr", paramLabel = "F", description = "Learning rate.")
    Double lr;
    @Option(names = "--momentum", paramLabel = "F", description = "Momentum (sgd family, rmsprop).")
    Double momentum;
    @Option(names = "--dampening", paramLabel = "F", description = "Dampening (sgd family).")
    Double dampening;
    @Option(names = "--nesterov", description = "Nesterov momentum (sgd family).")
    Boolean nesterov;
    @Option(names = "--alpha", paramLabel = "F", description = "Smoothing constant (rmsprop).")
    Double alpha;
    @Option(names = "--rho", paramLabel = "F", description = "Decay of the running averages (adadelta).")
    Double rho;
    @Option(names = "--beta1", paramLabel = "F", description = "First-moment decay (adam family, lion).")
    Double beta1;
    @Option(names = "--beta2", paramLabel = "F", description = "Second-moment decay (adam family, lion).")
    Double beta2;
    @Option(names = "--eps", paramLabel = "F", description = "Numerical-stability term.")
    Double eps;
    @Option(names = "--weight-decay", paramLabel = "F", description = "Weight decay.")
    Double weightDecay;
    @Option(names = "--lr-decay", paramLabel = "F", description = "Learning-rate decay (adagrad).")
    Double lrDecay;
    @Option(names = "--initial-accumulator", paramLabel = "F", description = "Starting sum of squares (adagrad).")
    Double initialAccumulator;
    @Option(names = "--momentum-decay", paramLabel = "F", description = "Momentum decay (nadam).")
    Double momentumDecay;
    @Option(names = "--centered", description = "Centred RMSProp.")
    Boolean centered;

    OptimizerType type() {
        return Optimizers.byName(optimizer);
    }

    /** The flags given, by hyperparameter key; a flag the optimizer does not have is an error naming both. */
    Hyperparameters hyperparameters() {
        OptimizerType type = type();
        Map<String, Double> given = new LinkedHashMap<>();
        put(given, Hyperparameter.LR, lr);
        put(given, Hyperparameter.MOMENTUM, momentum);
        put(given, Hyperparameter.DAMPENING, dampening);
        put(given, Hyperparameter.NESTEROV, flag(nesterov));
        put(given, Hyperparameter.ALPHA, alpha);
        put(given, Hyperparameter.RHO, rho);
        put(given, Hyperparameter.BETA1, beta1);
        put(given, Hyperparameter.BETA2, beta2);
        put(given, Hyperparameter.EPS, eps);
        put(given, Hyperparameter.WEIGHT_DECAY, weightDecay);
        put(given, Hyperparameter.LR_DECAY, lrDecay);
        put(given, "initial-accumulator", initialAccumulator);
        put(given, Hyperparameter.MOMENTUM_DECAY, momentumDecay);
        put(given, Hyperparameter.CENTERED, flag(centered));
        for (String key : given.keySet()) {
            if (!type.has(key)) {
                throw new UserError("--" + key + " does not apply to " + type.name() + " (its flags: --"
                        + type.keys().replace(", ", ", --") + ")");
            }
        }
        return new Hyperparameters(given);
    }

    private static Double flag(Boolean value) {
        return value == null ? null : (value ? 1.0 : 0.0);
    }

    private static void put(Map<String, Double> map, String key, Double value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
