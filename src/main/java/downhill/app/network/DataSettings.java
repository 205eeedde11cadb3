package downhill.app.network;

import downhill.app.i18n.Messages;
import downhill.engine.train.TrainingData;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * The data box's rules on top of the network data's properties: each generator has a noise of its own (a
 * spiral drowns in the moons' 0.2), applied when the generator changes unless the user typed one for it; and after a
 * CSV file the box names the file and hides what only a generator has (samples, noise).
 */
public final class DataSettings {

    /** Noise that keeps each generator's shape readable: its arms, rings or clusters apart. */
    private static final Map<String, Double> NOISE =
            Map.of("moons", 0.2, "circles", 0.08, "blobs", 0.25, "xor", 0.1, "spiral", 0.03, "gaussian", 0.25);

    private static final double OTHER_NOISE = 0.1;

    private final DoubleProperty noise;
    /** Per generator, the noise the user typed while it was chosen (kept when it differed from the default). */
    private final Map<String, Double> typed = new HashMap<>();

    private final BooleanBinding generatorFields;
    private final StringBinding sourceName;

    DataSettings(
            StringProperty generator, DoubleProperty noise, ReadOnlyObjectProperty<Path> csv, BooleanProperty drawn) {
        this.noise = noise;
        generator.addListener((obs, old, now) -> switched(old, now));
        generatorFields = csv.isNull().and(drawn.not());
        sourceName = Bindings.createStringBinding(
                () -> drawn.get()
                        ? Messages.text("network.drawn")
                        : csv.get() != null ? csv.get().getFileName().toString() : generator.get(),
                csv,
                generator,
                drawn);
    }

    /** The default noise of a generator (a spec like "spiral:arms=3" takes its generator's). */
    public static double defaultNoise(String generator) {
        String name = generator == null ? "" : generator.split(":", 2)[0];
        return NOISE.getOrDefault(name, OTHER_NOISE);
    }

    private void switched(String old, String now) {
        if (old != null) {
            double was = noise.get();
            if (was != defaultNoise(old)) {
                typed.put(old, was);
            } else {
                typed.remove(old);
            }
        }
        if (now != null) {
            noise.set(typed.getOrDefault(now, defaultNoise(now)));
        }
    }

    /** Whether samples and noise apply: false while a CSV file or a drawing is the data. */
    public BooleanBinding generatorFieldsProperty() {
        return generatorFields;
    }

    /** What the data box names as the data: the CSV file's name, or the generator. */
    public StringBinding sourceNameProperty() {
        return sourceName;
    }

    /** The data box's line about the data in use: its name, size, features, classes and split; "" for none. */
    static String describe(PreparedData prepared) {
        if (prepared == null) {
            return "";
        }
        TrainingData d = prepared.data();
        var train = d.train();
        if (prepared.source().drawn() != null) {
            return Messages.text(
                    "network.dataInfo.drawn",
                    prepared.source().drawn().size(),
                    train.classCount(),
                    train.sampleCount(),
                    d.test().sampleCount());
        }
        String target = train.isClassification()
                ? Messages.text("network.dataInfo.classes", train.classCount())
                : Messages.text("network.dataInfo.realValued");
        return Messages.text(
                "network.dataInfo",
                train.name(),
                train.sampleCount() + d.test().sampleCount(),
                train.featureCount(),
                target,
                train.sampleCount(),
                d.test().sampleCount());
    }
}
