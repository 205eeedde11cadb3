package downhill.app.network;

import downhill.app.concurrent.LatestWins;
import downhill.app.i18n.Messages;
import downhill.engine.WholeFiles;
import downhill.engine.data.Dataset;
import downhill.engine.data.DrawnPoints;
import downhill.engine.train.TrainingData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The network tab's data: the source chosen (a generator with its samples, noise and seed, a CSV file with an
 * optional test file, or points drawn by hand), its loading on the background executor (newest request winning),
 * and the data in use with its error and warning. Runs on the FX thread.
 */
public final class NetworkData {

    /** The source picker's generators. */
    public static final List<String> GENERATORS = List.of("moons", "circles", "blobs", "xor", "spiral", "gaussian");
    /** The source picker's entry for data drawn by hand. */
    public static final String DRAWN = "drawn";

    private final StringProperty generator = new SimpleStringProperty(this, "generator", "moons");
    private final DoubleProperty samples = new SimpleDoubleProperty(this, "samples", 1000);
    private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise", 0.2);
    private final DoubleProperty seed = new SimpleDoubleProperty(this, "seed", 0);
    private final ObjectProperty<Path> csv = new SimpleObjectProperty<>(this, "csv");
    /** The test part from a file of the CSV's columns (null: split off from the data). */
    private final ObjectProperty<Path> testCsv = new SimpleObjectProperty<>(this, "testCsv");
    /** The CSV file asked for whose data have not arrived yet (null: none); saved as the data meanwhile. */
    private Path pendingCsv;

    private final StringBinding testText = Bindings.createStringBinding(
            () -> testCsv.get() == null
                    ? Messages.text("network.test.split", (int) Math.round(PreparedData.TEST_FRACTION * 100))
                    : Messages.text("network.test.file", testCsv.get().getFileName()),
            testCsv);
    private final ReadOnlyObjectWrapper<PreparedData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper dataError = new ReadOnlyStringWrapper(this, "dataError", "");
    private final ReadOnlyStringWrapper dataWarning = new ReadOnlyStringWrapper(this, "dataWarning", "");
    /** Whether the data is drawn by hand (the "Drawn" source) rather than generated or loaded. */
    private final BooleanProperty drawingOn = new SimpleBooleanProperty(this, "drawingOn");
    /** The source picker's choice: a generator spec, or {@link #DRAWN}. */
    private final StringProperty dataChoice = new SimpleStringProperty(this, "dataChoice", "moons");

    private final DrawingViewModel drawing = new DrawingViewModel();
    /** Why the drawn data cannot train, or "" (Train says it). */
    private String dataProblem = "";

    private boolean choosing;
    private final DataSettings dataSettings = new DataSettings(generator, noise, csv, drawingOn);
    private final LatestWins<DataSource, PreparedData> worker;
    /** Called when the data in use changed or cannot train: what trained on the old data is reset. */
    private final Runnable dataChanged;
    /** Shows a line in the tab's status (what a drawing's export or copy says). */
    private final Consumer<String> say;

    /**
     * @param executor     prepares the data
     * @param dataChanged  called when the data in use changed or cannot train
     * @param drawnChanged called when the drawing in use changed (before its data are asked for)
     * @param say          shows a line in the tab's status
     */
    NetworkData(Executor executor, Runnable dataChanged, Runnable drawnChanged, Consumer<String> say) {
        this.worker = new LatestWins<>(executor, (source, stale) -> PreparedData.load(source));
        this.dataChanged = dataChanged;
        this.say = say;
        generator.addListener(o -> useGenerator());
        dataChoice.addListener((obs, old, now) -> choose(now));
        drawing.pointsProperty().addListener(o -> {
            if (drawingOn.get()) {
                drawnChanged.run();
                reload();
            }
        });
        for (Observable source : List.<Observable>of(samples, noise, seed)) {
            source.addListener(o -> reload());
        }
    }

    /** Asks for the data as the settings say now. */
    void reload() {
        worker.submit(new DataSource(
                generator.get(),
                (int) samples.get(),
                noise.get(),
                (long) seed.get(),
                csv.get(),
                drawingOn.get() ? drawing.pointsProperty().get() : null,
                csv.get() == null ? null : testCsv.get()));
    }

    /** Tests on {@code file} (the CSV data's columns) instead of a part split off; null splits again. */
    public void useTestCsv(Path file) {
        testCsv.set(file);
        reload();
    }

    /** The source picker's choice: {@link #DRAWN} draws by hand, a generator generates. */
    private void choose(String now) {
        if (choosing || now == null) {
            return;
        }
        if (DRAWN.equals(now)) {
            useDrawing();
        } else if (!now.equals(generator.get())) {
            generator.set(now);
        } else if (drawingOn.get()) {
            useGenerator();
        }
    }

    /** Trains on the points drawn by hand (the "Drawn" source), a CSV file or a generator giving way. */
    public void useDrawing() {
        pendingCsv = null;
        csv.set(null);
        drawingOn.set(true);
        follow(DRAWN);
        reload();
    }

    /** Keeps the picker's choice in step with the source without choosing again. */
    private void follow(String choice) {
        choosing = true;
        dataChoice.set(choice);
        choosing = false;
    }

    /**
     * Copies the chosen generator's set, as the boundaries picture it (standardised, the points within the plane),
     * into the drawing; Undo takes it back.
     */
    public void drawFromGenerator() {
        PreparedData generated = PreparedData.load(
                new DataSource(generator.get(), (int) samples.get(), noise.get(), (long) seed.get(), null));
        if (generated.data() == null) {
            return;
        }
        Dataset train = generated.data().train();
        Dataset test = generated.data().test();
        double[] features = new double[train.features().length + test.features().length];
        double[] targets = new double[train.sampleCount() + test.sampleCount()];
        System.arraycopy(train.features(), 0, features, 0, train.features().length);
        System.arraycopy(test.features(), 0, features, train.features().length, test.features().length);
        System.arraycopy(train.targets(), 0, targets, 0, train.sampleCount());
        System.arraycopy(test.targets(), 0, targets, train.sampleCount(), test.sampleCount());
        try {
            drawing.replace(
                    DrawnPoints.of(
                            new Dataset(
                                    train.name(),
                                    train.featureNames(),
                                    train.targetName(),
                                    train.classNames(),
                                    features,
                                    targets),
                            DrawingViewModel.PLANE.xMax()),
                    true);
        } catch (IllegalArgumentException e) {
            say.accept(e.getMessage());
        }
    }

    /**
     * Writes the drawn points as CSV ({@code x1,x2,label}, what Load CSV… reads), whole or not at all; the status
     * says where it went or why not.
     */
    public void exportDrawing(Path file) {
        try {
            WholeFiles.writeText(file, drawing.pointsProperty().get().csv());
            say.accept(Messages.text(
                    "network.drawn.exported", drawing.pointsProperty().get().size(), file.getFileName()));
        } catch (IOException e) {
            say.accept(Messages.text("network.drawn.exportFailed", WholeFiles.reason(file, e)));
        }
    }

    /** Loads a CSV file; a bad one shows its error and the previous data stays. */
    public void loadCsv(Path file) {
        // A new data file: its own split, until a test file is chosen for it.
        loadCsv(file, null);
    }

    /**
     * Trains on all of {@code file} and tests on {@code testFile} (null: a share of {@code file} is split off), in
     * one request: a test file chosen apart would be asked for before the data file has arrived.
     */
    public void loadCsv(Path file, Path testFile) {
        pendingCsv = file;
        testCsv.set(testFile);
        worker.submit(new DataSource(
                generator.get(), (int) samples.get(), noise.get(), (long) seed.get(), file, null, testFile));
    }

    /** Back to the generator after a CSV file. */
    public void useGenerator() {
        pendingCsv = null;
        csv.set(null);
        testCsv.set(null);
        drawingOn.set(false);
        follow(generator.get());
        reload();
    }

    /** Takes the newest data prepared, if any came; whether it did. */
    boolean takeNewest() {
        PreparedData prepared = worker.poll();
        if (prepared == null) {
            return false;
        }
        apply(prepared);
        return true;
    }

    private void apply(PreparedData prepared) {
        if (prepared.source().csv() != null && prepared.source().csv().equals(pendingCsv)) {
            pendingCsv = null;
        }
        if (prepared.error() != null && prepared.source().drawn() != null) {
            // Too few points drawn yet: nothing trains, and Train says why.
            dataProblem = prepared.error();
            dataError.set("");
            dataWarning.set(prepared.error());
            data.set(null);
            dataChanged.run();
            return;
        }
        dataProblem = "";
        if (prepared.error() != null) {
            dataError.set(prepared.error());
            return;
        }
        dataError.set("");
        dataWarning.set(prepared.warning());
        if (prepared.source().csv() != null) {
            csv.set(prepared.source().csv());
            drawingOn.set(false);
            follow(generator.get());
        }
        data.set(prepared);
        dataChanged.run();
    }

    /** Why nothing can train on the data: the drawing's problem, or that no data are ready. */
    String problem() {
        return dataProblem.isEmpty() ? Messages.text("network.status.noData") : dataProblem;
    }

    /** The CSV file the data come from, or are being loaded from (null: generated or drawn); what a save keeps. */
    public Path dataFile() {
        return pendingCsv != null ? pendingCsv : csv.get();
    }

    /** The data in use, or null before the first is ready. */
    PreparedData prepared() {
        return data.get();
    }

    /** The training data in use, or null before the first is ready. */
    public TrainingData trainingData() {
        return data.get() == null ? null : data.get().data();
    }

    /** The drawing of the "Drawn" source (kept while another source is chosen). */
    public DrawingViewModel drawing() {
        return drawing;
    }

    /** The data box's per-generator noise and what it names as the data. */
    public DataSettings dataSettings() {
        return dataSettings;
    }

    /** Whether the data is drawn by hand. */
    public ReadOnlyBooleanProperty drawingOnProperty() {
        return drawingOn;
    }

    /** The source picker's choice: a generator or {@link #DRAWN}. */
    public StringProperty dataChoiceProperty() {
        return dataChoice;
    }

    public StringProperty generatorProperty() {
        return generator;
    }

    public DoubleProperty samplesProperty() {
        return samples;
    }

    public DoubleProperty noiseProperty() {
        return noise;
    }

    public DoubleProperty seedProperty() {
        return seed;
    }

    /** "Test: 20 % split off" or "Test: lecture_test.csv". */
    public StringBinding testTextProperty() {
        return testText;
    }

    /** The CSV file tested on, or null when the test part is split off the data. */
    public ReadOnlyObjectProperty<Path> testCsvProperty() {
        return testCsv;
    }

    public ReadOnlyObjectProperty<Path> csvProperty() {
        return csv;
    }

    public ReadOnlyObjectProperty<PreparedData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** The last data that failed to load, e.g. {@code bad.csv: row 3 has 1 columns, the header has 3}; or "". */
    public ReadOnlyStringProperty dataErrorProperty() {
        return dataError.getReadOnlyProperty();
    }

    /** Empty, or why the data in use is not all of the file (e.g. a million-row CSV file sampled down). */
    public ReadOnlyStringProperty dataWarningProperty() {
        return dataWarning.getReadOnlyProperty();
    }
}
