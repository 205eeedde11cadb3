package downhill.experiment;

import downhill.engine.landscape.Colormap;
import downhill.engine.nn.Activation;
import downhill.engine.slice.DirectionKind;
import downhill.experiment.LandscapeSettings.Layout;
import downhill.experiment.LandscapeSettings.View;
import downhill.experiment.NetworkSettings.BatchMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** How an experiment file spells each choice: the one table both reading and writing use. */
final class ExperimentNames {

    static final Map<String, Experiment.Tab> TABS =
            names(Experiment.Tab.values(), t -> t.name().toLowerCase(Locale.ROOT));
    static final Map<String, Layout> LAYOUTS =
            names(Layout.values(), l -> l.name().toLowerCase(Locale.ROOT));
    static final Map<String, View> VIEWS = names(View.values(), v -> v == View.FLAT ? "2d" : "3d");
    static final Map<String, Colormap> COLORMAPS =
            names(Colormap.values(), c -> c.name().toLowerCase(Locale.ROOT));
    static final Map<String, Activation> ACTIVATIONS = names(Activation.values(), Activation::label);
    static final Map<String, BatchMode> BATCH_MODES =
            names(BatchMode.values(), m -> m.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    static final Map<String, DirectionKind> DIRECTIONS = names(DirectionKind.values(), DirectionKind::cliName);
    /** The network tab's panel views a file may name; the loss landscape is {@code lossLandscape.shown}. */
    static final Map<String, Boolean> NETWORK_VIEWS = Map.of("boundaries", false, "diagram", true);

    private ExperimentNames() {}

    private static <E> Map<String, E> names(E[] values, Function<E, String> spelling) {
        Map<String, E> names = new LinkedHashMap<>();
        for (E value : values) {
            names.put(spelling.apply(value), value);
        }
        return Collections.unmodifiableMap(names);
    }

    static <E> String name(Map<String, E> names, E value) {
        return names.entrySet().stream()
                .filter(e -> e.getValue() == value)
                .findFirst()
                .orElseThrow()
                .getKey();
    }
}
