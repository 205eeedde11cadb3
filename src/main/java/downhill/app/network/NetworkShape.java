package downhill.app.network;

import downhill.app.i18n.Messages;
import downhill.engine.Numbers;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Initialization;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The network tab's network as typed: the hidden sizes text with its parsing and error, the activation, loss,
 * initialisation (and the Init picker's choices) and dropout. It validates; the view-model turns it into a plan.
 * Runs on the FX thread.
 */
public final class NetworkShape {

    /** The vanishing-gradients set-up: 8 hidden layers of 32, as in the lecture. */
    static final List<Integer> DEEP_NARROW = Collections.nCopies(8, 32);
    /** Normal initialisation's σ that makes a deep ReLU network blow up: the Init picker's "too large". */
    public static final double LARGE_SIGMA = 1;
    /** The Loss picker's choices: "auto" (from the data) and the losses' CLI names. */
    public static final List<String> LOSSES = List.of("auto", "bce", "ce", "mse");

    private static final int MAX_LAYERS = 16;
    private static final int MAX_UNITS = 4096;

    private final StringProperty hiddenText = new SimpleStringProperty(this, "hiddenText", "64,64");
    private final ReadOnlyStringWrapper hiddenError = new ReadOnlyStringWrapper(this, "hiddenError", "");
    private final ObjectProperty<List<Integer>> hiddenSizes =
            new SimpleObjectProperty<>(this, "hiddenSizes", List.of(64, 64));
    private final ObjectProperty<Activation> activation =
            new SimpleObjectProperty<>(this, "activation", Activation.RELU);
    private final StringProperty loss = new SimpleStringProperty(this, "loss", "auto");
    /** How the weights start; the default is He or Glorot uniform by the activation. */
    private final ObjectProperty<Initialization> initialization =
            new SimpleObjectProperty<>(this, "initialization", Initialization.DEFAULT);
    /** The Init picker's choices: every scheme, σ = 1 ("too large") beside σ = 0.01, and any other σ opened. */
    private final ObservableList<Initialization> initializations =
            FXCollections.observableArrayList(initializationChoices());
    /** Dropout per hidden layer as typed ("" or "0": none; "0.2" for all; "0.2,0.1" per layer). */
    private final StringProperty dropoutText = new SimpleStringProperty(this, "dropoutText", "");

    NetworkShape() {
        initialization.addListener((obs, old, now) -> {
            if (now != null && !initializations.contains(now)) {
                initializations.add(now);
            }
        });
        hiddenText.addListener((obs, old, text) -> parseHidden(text));
    }

    private void parseHidden(String text) {
        try {
            hiddenSizes.set(parseSizes(text));
            hiddenError.set("");
        } catch (IllegalArgumentException e) {
            hiddenError.set(e.getMessage());
        }
    }

    /** "64,64" → [64, 64]; empty means no hidden layer (a linear model). */
    static List<Integer> parseSizes(String text) {
        List<Integer> sizes = new ArrayList<>();
        if (text.isBlank()) {
            return sizes;
        }
        for (String part : text.split(",", -1)) {
            int size;
            try {
                size = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Messages.text("network.hidden.notWhole", part.strip()));
            }
            if (size < 1 || size > MAX_UNITS) {
                throw new IllegalArgumentException(Messages.text("network.hidden.units", size));
            }
            sizes.add(size);
        }
        if (sizes.size() > MAX_LAYERS) {
            throw new IllegalArgumentException(Messages.text("network.hidden.layers", sizes.size()));
        }
        return sizes;
    }

    /** Adds a layer like the last one (+). */
    public void addLayer() {
        List<Integer> sizes = new ArrayList<>(hiddenSizes.get());
        if (sizes.size() < MAX_LAYERS) {
            sizes.add(sizes.isEmpty() ? 32 : sizes.get(sizes.size() - 1));
            hiddenText.set(joined(sizes));
        }
    }

    /** Removes the last layer (−). */
    public void removeLayer() {
        List<Integer> sizes = new ArrayList<>(hiddenSizes.get());
        if (!sizes.isEmpty()) {
            sizes.remove(sizes.size() - 1);
            hiddenText.set(joined(sizes));
        }
    }

    private static String joined(List<Integer> sizes) {
        return String.join(",", sizes.stream().map(String::valueOf).toList());
    }

    /**
     * The lecture's vanishing-gradients set-up: 8 hidden sigmoid layers of 32. Called again on that set-up, it
     * switches the same network to ReLU, so the two gradient flows can be compared.
     */
    public void toggleVanishingGradients() {
        boolean sigmoidShown = hiddenSizes.get().equals(DEEP_NARROW) && activation.get() == Activation.SIGMOID;
        hiddenText.set(joined(DEEP_NARROW));
        activation.set(sigmoidShown ? Activation.RELU : Activation.SIGMOID);
    }

    private static List<Initialization> initializationChoices() {
        List<Initialization> choices = new ArrayList<>();
        for (Initialization.Scheme scheme : Initialization.Scheme.values()) {
            choices.add(Initialization.of(scheme));
            if (scheme == Initialization.Scheme.NORMAL) {
                choices.add(new Initialization(scheme, LARGE_SIGMA));
            }
        }
        return choices;
    }

    /** The dropout typed: none for "" or "0", one probability for all hidden layers, or one per layer. */
    public List<Double> dropout() {
        String text = dropoutText.get() == null ? "" : dropoutText.get().strip();
        if (text.isEmpty()) {
            return List.of();
        }
        List<Double> values = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            double p = Numbers.parse(part.strip());
            if (!(p >= 0 && p < 1)) {
                throw new IllegalArgumentException(Messages.text("network.dropout.invalid", part.strip()));
            }
            values.add(p);
        }
        return values.stream().allMatch(p -> p == 0) ? List.of() : values;
    }

    public StringProperty hiddenTextProperty() {
        return hiddenText;
    }

    public ReadOnlyStringProperty hiddenErrorProperty() {
        return hiddenError.getReadOnlyProperty();
    }

    public ObjectProperty<List<Integer>> hiddenSizesProperty() {
        return hiddenSizes;
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    /** "auto" (from the data) or a loss's CLI name. */
    public StringProperty lossProperty() {
        return loss;
    }

    public ObjectProperty<Initialization> initializationProperty() {
        return initialization;
    }

    public ObservableList<Initialization> initializations() {
        return initializations;
    }

    public StringProperty dropoutTextProperty() {
        return dropoutText;
    }
}
