package downhill.app.optimizers;

import downhill.engine.Numbers;
import downhill.engine.optimizer.Optimizers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Every optimizer with its settings, as the one optimizer control of both tabs shows them. {@link #revisionProperty()}
 * changes whenever anything that alters a path changes, so a tab recomputes on one listener.
 */
public final class OptimizerListViewModel {

    private final List<OptimizerSettings> all;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ObjectProperty<OptimizerSettings> selected = new SimpleObjectProperty<>(this, "selected");
    private final IntegerProperty stepsShown = new SimpleIntegerProperty(this, "stepsShown", 500);
    private final BooleanProperty countsEpochs = new SimpleBooleanProperty(this, "countsEpochs");
    /** What an optimizer's Map button does; null where there is no map (the network tab): no button then. */
    private Consumer<OptimizerSettings> mapAction;

    /** Gives each optimizer's editor a Map button that calls {@code action} with that optimizer. */
    public void setMapAction(Consumer<OptimizerSettings> action) {
        mapAction = action;
    }

    /** The Map button's action, or null for none. */
    public Consumer<OptimizerSettings> mapAction() {
        return mapAction;
    }

    /** The range test a tab offers in each optimizer's editor; null: no button. */
    private RangeTestViewModel rangeTest;

    /** Gives each optimizer's editor a "Range test" button that opens {@code test} for that optimizer. */
    public void setRangeTest(RangeTestViewModel test) {
        rangeTest = test;
    }

    /** The tab's range test, or null for none. */
    public RangeTestViewModel rangeTest() {
        return rangeTest;
    }

    public OptimizerListViewModel() {
        all = Optimizers.all().stream().map(OptimizerSettings::new).toList();
        for (OptimizerSettings settings : all) {
            settings.revisionProperty().addListener((obs, old, now) -> revision.set(revision.get() + 1));
        }
    }

    public List<OptimizerSettings> all() {
        return all;
    }

    /** The enabled optimizers whose settings can run, in registry order. */
    public List<OptimizerSettings> racing() {
        return all.stream()
                .filter(OptimizerSettings::isEnabled)
                .filter(OptimizerSettings::runnable)
                .toList();
    }

    public Optional<OptimizerSettings> byName(String name) {
        return all.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public OptimizerSettings get(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException("unknown optimizer '" + name + "'"));
    }

    /**
     * Enables exactly the optimizers named and sets their learning rates, leaving other values alone: how a tab sets
     * up its opening comparison.
     */
    public void select(Map<String, Double> learningRates) {
        for (OptimizerSettings settings : all) {
            Double lr = learningRates.get(settings.name());
            if (lr != null) {
                settings.learningRateProperty().set(lr);
            }
            settings.setEnabled(lr != null);
        }
    }

    /**
     * The name each racing optimizer is shown by, by optimizer name: its label or its own name, and where two would
     * read alike, each followed by its learning rate ({@code SGD η=0.9}) so that compared entries never share one.
     */
    public Map<String, String> displayNames() {
        List<OptimizerSettings> shown = racing();
        Map<String, Long> counts =
                shown.stream().collect(Collectors.groupingBy(OptimizerSettings::displayName, Collectors.counting()));
        Map<String, String> names = new LinkedHashMap<>();
        for (OptimizerSettings s : shown) {
            String name = s.displayName();
            if (counts.get(name) > 1) {
                name += " η=" + Numbers.format(s.learningRateProperty().get());
            }
            names.put(s.name(), name);
        }
        return names;
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Whether the run's length counts epochs (the network tab) rather than steps (the landscape's race). */
    public BooleanProperty countsEpochsProperty() {
        return countsEpochs;
    }

    /** How many steps a schedule's plot spans: the tab binds it to its run's length. */
    public IntegerProperty stepsShownProperty() {
        return stepsShown;
    }

    /** The optimizer whose details are open (the one the inspector and the side panel follow). */
    public ObjectProperty<OptimizerSettings> selectedProperty() {
        return selected;
    }
}
