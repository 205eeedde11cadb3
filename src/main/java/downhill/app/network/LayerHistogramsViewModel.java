package downhill.app.network;

import downhill.app.i18n.Messages;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Histogram;
import downhill.engine.nn.LayerStatistics;
import downhill.engine.train.EpochStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;

/**
 * The network tab's "Layers" view: per-layer histograms of activations and of ∂L/∂W with the share of dead ReLUs
 * or saturated sigmoid/tanh units, for one run at one measured epoch. The numbers are the trainer's own
 * ({@link EpochStatistics} in each run's history, measured on a fixed probe batch in the first epochs); this class
 * only picks the run and the epoch and turns them into {@link Panel}s with their texts.
 *
 * <p>The epoch is an index into the chosen run's measured epochs; with {@link #latestProperty()} on (the default) it
 * follows the newest. Moving it anywhere but the end turns "latest" off, moving it back to the end on.
 */
public final class LayerHistogramsViewModel {

    /** What one run measured: its name (null: the untrained network all copies start from), colour, statistics. */
    public record Source(String name, Color color, List<EpochStatistics> measured) {

        public Source {
            measured = List.copyOf(measured);
        }
    }

    /**
     * One layer's small multiple as drawn.
     *
     * @param title           "Layer 1" or "Output z"
     * @param share           "dead 12 %", "saturated 30 %" or "" (no such share for this layer)
     * @param activations     the histogram of a
     * @param activationRange its range as text, e.g. "0 … 3.2"
     * @param gradients       the histogram of ∂L/∂W
     * @param gradientRange   its range as text, e.g. "±0.0041"
     * @param color           the run's colour, for the bars
     */
    public record Panel(
            String title,
            String share,
            Histogram activations,
            String activationRange,
            Histogram gradients,
            String gradientRange,
            Color color) {}

    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", false);
    private final ObservableList<String> runNames = FXCollections.observableArrayList();
    private final IntegerProperty run = new SimpleIntegerProperty(this, "run", 0);
    private final IntegerProperty epochIndex = new SimpleIntegerProperty(this, "epochIndex", 0);
    private final ReadOnlyIntegerWrapper epochCount = new ReadOnlyIntegerWrapper(this, "epochCount", 0);
    private final BooleanProperty latest = new SimpleBooleanProperty(this, "latest", true);
    private final ReadOnlyStringWrapper epochText = new ReadOnlyStringWrapper(this, "epochText", "");
    private final ReadOnlyStringWrapper activationsTitle = new ReadOnlyStringWrapper(this, "activationsTitle", "");
    private final ReadOnlyObjectWrapper<List<Panel>> panels = new ReadOnlyObjectWrapper<>(this, "panels", List.of());
    private List<Source> sources = List.of();
    /** While this class moves the index itself, the move says nothing about "latest". */
    private boolean following;
    /** What the panels show now: refreshes that bring nothing new leave them (and the canvas) alone. */
    private EpochStatistics drawn;

    private Color drawnColor;

    public LayerHistogramsViewModel() {
        run.addListener(o -> update());
        epochIndex.addListener(o -> {
            if (!following) {
                latest.set(epochIndex.get() >= epochCount.get() - 1);
            }
            update();
        });
        latest.addListener(o -> update());
    }

    /** The runs to choose from (each run's newest statistics); an empty list clears the view. */
    public void show(List<Source> now) {
        List<String> names = now.stream()
                .map(s -> s.name() == null ? Messages.text("layers.untrained") : s.name())
                .toList();
        if (!names.equals(runNames)) {
            runNames.setAll(names);
        }
        sources = List.copyOf(now);
        if (run.get() >= sources.size() || run.get() < 0) {
            run.set(0);
        }
        update();
    }

    /** Says the texts again in the language now chosen. */
    public void relabel() {
        drawn = null;
        show(sources);
    }

    private void update() {
        Source source = run.get() >= 0 && run.get() < sources.size() ? sources.get(run.get()) : null;
        List<EpochStatistics> measured = source == null ? List.of() : source.measured();
        following = true;
        try {
            epochCount.set(measured.size());
            int last = Math.max(0, measured.size() - 1);
            if (latest.get() || epochIndex.get() > last) {
                epochIndex.set(last);
            }
        } finally {
            following = false;
        }
        if (measured.isEmpty()) {
            drawn = null;
            epochText.set("");
            panels.set(List.of());
            return;
        }
        EpochStatistics shown = measured.get(epochIndex.get());
        if (shown == drawn && source.color().equals(drawnColor)) {
            return;
        }
        drawn = shown;
        drawnColor = source.color();
        epochText.set(
                shown.epoch() == 0
                        ? Messages.text("layers.epochUntrained")
                        : Messages.text("layers.epochValue", shown.epoch()));
        List<Panel> list = new ArrayList<>();
        int layers = shown.layers().size();
        // Every hidden layer has the one activation: named once, above the column.
        activationsTitle.set(
                layers > 1
                        ? Messages.text(
                                "layers.activationsOf",
                                shown.layers().get(0).activation().label())
                        : Messages.text("layers.activations"));
        for (LayerStatistics s : shown.layers()) {
            list.add(panel(s, s.layer() == layers - 1, source.color()));
        }
        panels.set(List.copyOf(list));
    }

    private static Panel panel(LayerStatistics s, boolean output, Color color) {
        String title = output ? Messages.text("layers.output") : Messages.text("layers.hidden", s.layer() + 1);
        String share = s.hasDeadShare()
                ? Messages.text("layers.dead", percent(s.deadShare()))
                : s.hasSaturatedShare() ? Messages.text("layers.saturated", percent(s.saturatedShare())) : "";
        Histogram a = s.activations();
        boolean symmetric = s.activation() == Activation.LINEAR || s.activation() == Activation.TANH;
        String activationRange = s.largestActivation() == 0
                ? Messages.text("layers.allZero")
                : symmetric ? "±" + number(a.high()) : number(a.low()) + " … " + number(a.high());
        String gradientRange = s.largestGradient() == 0
                ? Messages.text("layers.allZero")
                : "±" + number(s.gradients().high());
        return new Panel(title, share, a, activationRange, s.gradients(), gradientRange, color);
    }

    /** A share as a whole percentage; "< 1" for a share above 0 that would round to 0, "> 99" below 1 likewise. */
    static String percent(double share) {
        long rounded = Math.round(100 * share);
        if (share > 0 && rounded == 0) {
            return "< 1";
        }
        if (share < 1 && rounded == 100) {
            return "> 99";
        }
        return Long.toString(rounded);
    }

    /** Two significant digits: 3.2, 0.041, 4.1e-5. */
    static String number(double v) {
        double m = Math.abs(v);
        if (v == 0) {
            return "0";
        }
        if (m >= 1e4 || m < 1e-3) {
            String[] parts = String.format(Locale.ROOT, "%.1e", v).split("e");
            return parts[0] + "e" + Integer.parseInt(parts[1]);
        }
        String text = String.format(Locale.ROOT, "%.2g", v);
        return text.contains(".") && !text.contains("e")
                ? text.replaceAll("0+$", "").replaceAll("\\.$", "")
                : text;
    }

    /** Whether the view is the one chosen among the tab's pictures. */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** The runs' names, in the order of {@link #show}. */
    public ObservableList<String> runNames() {
        return runNames;
    }

    /** The chosen run's index in {@link #runNames()}. */
    public IntegerProperty runProperty() {
        return run;
    }

    /** The chosen epoch's index among the run's measured epochs. */
    public IntegerProperty epochIndexProperty() {
        return epochIndex;
    }

    /** How many epochs the chosen run has measured so far. */
    public ReadOnlyIntegerProperty epochCountProperty() {
        return epochCount.getReadOnlyProperty();
    }

    /** Whether the newest measured epoch is shown, following training. */
    public BooleanProperty latestProperty() {
        return latest;
    }

    /** e.g. "epoch 10", or "epoch 0 (untrained)". */
    public ReadOnlyStringProperty epochTextProperty() {
        return epochText.getReadOnlyProperty();
    }

    /** The activations' column title, e.g. "Activations a · relu": every hidden layer has the same activation. */
    public ReadOnlyStringProperty activationsTitleProperty() {
        return activationsTitle.getReadOnlyProperty();
    }

    /** One per layer, from the first hidden layer to the output; empty when there is nothing to show. */
    public ReadOnlyObjectProperty<List<Panel>> panelsProperty() {
        return panels.getReadOnlyProperty();
    }
}
