package downhill.engine.optimizer;

import java.util.List;
import java.util.stream.Collectors;

/** The registry of every optimizer, in the order the app and the CLI list them. */
public final class Optimizers {

    private static final List<OptimizerType> ALL = List.of(
            Sgd.SGD,
            Sgd.MOMENTUM,
            Sgd.NESTEROV,
            Adagrad.TYPE,
            RmsProp.TYPE,
            Adadelta.TYPE,
            Adam.ADAM,
            Adam.AMSGRAD,
            AdamW.TYPE,
            NAdam.TYPE,
            RAdam.TYPE,
            Adamax.TYPE,
            Lion.TYPE);

    private Optimizers() {}

    public static List<OptimizerType> all() {
        return ALL;
    }

    /** The optimizer named {@code name}, or an error listing every name. */
    public static OptimizerType byName(String name) {
        return ALL.stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("unknown optimizer '" + name + "' (known: " + names() + ")"));
    }

    public static String names() {
        return ALL.stream().map(OptimizerType::name).collect(Collectors.joining(", "));
    }
}
