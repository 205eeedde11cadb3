package downhill.app.sweep;

import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.sweep.Axis;
import downhill.engine.sweep.MapPicture;
import downhill.experiment.LandscapeSettings;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Which racing optimizer the map shows and over what: its two hyperparameters and each one's range. A range is NaN
 * until {@link #chosen} fills in its slider's ends, and again when its key or the optimizer changes (another
 * hyperparameter has other ranges). A file keeps these as {@link LandscapeSettings.MapAxes}.
 */
public final class MapAxes {

    private final OptimizerListViewModel optimizers;
    private final StringProperty optimizer = new SimpleStringProperty(this, "optimizer");
    private final StringProperty xKey = new SimpleStringProperty(this, "xKey", Hyperparameter.LR);
    private final StringProperty yKey = new SimpleStringProperty(this, "yKey");
    private final DoubleProperty xFrom = new SimpleDoubleProperty(this, "xFrom", Double.NaN);
    private final DoubleProperty xTo = new SimpleDoubleProperty(this, "xTo", Double.NaN);
    private final DoubleProperty yFrom = new SimpleDoubleProperty(this, "yFrom", Double.NaN);
    private final DoubleProperty yTo = new SimpleDoubleProperty(this, "yTo", Double.NaN);

    public MapAxes(OptimizerListViewModel optimizers) {
        this.optimizers = optimizers;
        // Change listeners: an invalidation listener stays silent for a value nobody read since its last change.
        xKey.addListener((o, was, now) -> resetRange(xFrom, xTo));
        yKey.addListener((o, was, now) -> resetRange(yFrom, yTo));
        optimizer.addListener((o, was, now) -> {
            resetRange(xFrom, xTo);
            resetRange(yFrom, yTo);
        });
    }

    /**
     * The racing optimizer named (the first racing one if none is), with the axes made valid for it: x back to the
     * learning rate if it has no such hyperparameter, y to {@link MapPicture#secondAxis} if unset, unknown or x's,
     * and the unset ranges filled in with the sliders' ends. Null when no optimizer races.
     */
    public OptimizerSettings chosen() {
        List<OptimizerSettings> racing = optimizers.racing();
        if (racing.isEmpty()) {
            return null;
        }
        OptimizerSettings named = racing.stream()
                .filter(s -> s.name().equals(optimizer.get()))
                .findFirst()
                .orElse(racing.get(0));
        optimizer.set(named.name());
        if (yKey.get() == null || !named.type().has(yKey.get()) || yKey.get().equals(xKey.get())) {
            yKey.set(MapPicture.secondAxis(named.type(), xKey.get()));
        }
        if (!named.type().has(xKey.get())) {
            xKey.set(Hyperparameter.LR);
        }
        fillRange(named, xKey.get(), xFrom, xTo);
        fillRange(named, yKey.get(), yFrom, yTo);
        return named;
    }

    /** The optimizer named, whether racing or not; null before one is. */
    public OptimizerSettings named() {
        return optimizers.byName(optimizer.get()).orElse(null);
    }

    private static void resetRange(DoubleProperty from, DoubleProperty to) {
        from.set(Double.NaN);
        to.set(Double.NaN);
    }

    private static void fillRange(OptimizerSettings settings, String key, DoubleProperty from, DoubleProperty to) {
        if (key != null && Double.isNaN(from.get()) && Double.isNaN(to.get())) {
            Hyperparameter h = settings.type().hyperparameter(key);
            from.set(h.sliderMin());
            to.set(h.sliderMax());
        }
    }

    /** Why {@code value} cannot end the axis of {@code key} (not a value the hyperparameter takes), or null. */
    public String rangeProblem(String key, double value) {
        OptimizerSettings chosen = optimizer.get() == null ? null : optimizers.get(optimizer.get());
        if (chosen == null || key == null || !chosen.type().has(key)) {
            return null;
        }
        try {
            chosen.type().hyperparameter(key).check(value);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The x axis for {@code settings}; a range it does not take throws (see {@link #axis}). */
    Axis x(OptimizerSettings settings) {
        return axis(settings, xKey.get(), xFrom.get(), xTo.get());
    }

    /** The y axis for {@code settings}, or null while it has none. */
    Axis y(OptimizerSettings settings) {
        return axis(settings, yKey.get(), yFrom.get(), yTo.get());
    }

    /**
     * {@code key} over [from, to] (NaN: its slider's ends) on its slider's scale; a range the hyperparameter does
     * not take throws with a message naming it, which the status shows.
     */
    static Axis axis(OptimizerSettings settings, String key, double from, double to) {
        if (key == null) {
            return null;
        }
        Hyperparameter h = settings.type().hyperparameter(key);
        LandscapeSettings.MapAxes.checkRange(h, from, to);
        return MapPicture.axis(h, from, to);
    }

    /** The racing optimizers' names, for the picker. */
    public List<String> racingNames() {
        return optimizers.racing().stream().map(OptimizerSettings::name).toList();
    }

    /** The axes the named optimizer offers: its numeric hyperparameters. */
    public List<String> axisChoices() {
        OptimizerSettings chosen = named();
        List<String> keys = new ArrayList<>();
        if (chosen != null) {
            chosen.type().hyperparameters().stream().filter(h -> !h.isFlag()).forEach(h -> keys.add(h.key()));
        }
        return keys;
    }

    /** A hyperparameter's symbol as the editor writes it (η, μ, β₁), for the axis pickers. */
    public static String symbolOf(String key) {
        for (var type : Optimizers.all()) {
            if (type.has(key)) {
                return OptimizerSettings.symbol(type.hyperparameter(key)) + " (" + key + ")";
            }
        }
        return key;
    }

    // ----- properties

    /** The racing optimizer mapped (by name); the first racing one until chosen. */
    public StringProperty optimizerProperty() {
        return optimizer;
    }

    public StringProperty xKeyProperty() {
        return xKey;
    }

    public StringProperty yKeyProperty() {
        return yKey;
    }

    public DoubleProperty xFromProperty() {
        return xFrom;
    }

    public DoubleProperty xToProperty() {
        return xTo;
    }

    public DoubleProperty yFromProperty() {
        return yFrom;
    }

    public DoubleProperty yToProperty() {
        return yTo;
    }
}
