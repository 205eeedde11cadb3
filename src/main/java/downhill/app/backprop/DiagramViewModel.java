package downhill.app.backprop;

import downhill.app.concurrent.LatestWins;
import downhill.engine.function.Window;
import downhill.engine.nn.Architecture;
import downhill.engine.run.Contender;
import downhill.engine.train.Checkpoint;
import downhill.engine.train.TrainingData;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The network diagram and backprop stepper's state. It follows the live training run of the chosen copy: at most
 * {@value #TRACES_PER_SECOND} times a second {@link #onFrame} asks for one pass of a copy of that copy's newest
 * weights over the chosen sample or batch, computed on the executor (newest request wins), and takes the newest
 * finished pass. The stepper walks through that pass's stages ({@link Stages}) without computing anything. The
 * clicked and hovered weights are {@link DiagramEdges}; the texts about the pass are {@link DiagramTexts}'.
 */
public final class DiagramViewModel {

    static final int TRACES_PER_SECOND = 4;
    /**
     * The most samples a pass takes: a pass keeps z, a and δ of every unit for every sample, so a full batch of
     * 80 000 samples through 4 096-unit layers would not fit in memory. The panel names the samples it took.
     */
    static final int MOST_ROWS = 1000;

    /** One trained copy as the diagram can follow it: its newest checkpoint (weights, optimizer state) and optimizer. */
    public record Copy(String name, Checkpoint checkpoint, Contender contender) {}

    /** The network tab's training as of now; the copies are untrained before training starts. */
    public record Live(
            Architecture architecture, TrainingData data, Window window, double l2, int batchSize, List<Copy> copies) {}

    /** Weight {@code layer}[{@code to}][{@code from}], layer 0-based from the input. */
    public record Edge(int layer, int to, int from) {}

    private final Supplier<Live> source;
    private final LatestWins<DiagramWork.Request, DiagramWork.Result> worker;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", false);
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final ReadOnlyObjectWrapper<List<String>> copyNames =
            new ReadOnlyObjectWrapper<>(this, "copyNames", List.of());
    private final StringProperty chosen = new SimpleStringProperty(this, "chosen");
    private final IntegerProperty sample = new SimpleIntegerProperty(this, "sample", 0);
    private final BooleanProperty batch = new SimpleBooleanProperty(this, "batch", false);
    private final IntegerProperty stage = new SimpleIntegerProperty(this, "stage", 0);
    private final BooleanProperty gradientColours = new SimpleBooleanProperty(this, "gradientColours", false);
    private final DiagramEdges edges = new DiagramEdges();
    private final ReadOnlyObjectWrapper<DiagramWork.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private DiagramWork.Request submitted;
    private double sinceTrace = Double.POSITIVE_INFINITY;
    private boolean wantMostWrong;

    public DiagramViewModel(Executor executor, Supplier<Live> source) {
        this.source = source;
        worker = new LatestWins<>(executor, DiagramWork::compute);
        // A new sample or mode is a new pass at the next turn; the stage and the clicked edge stay.
        sample.addListener(o -> submitted = null);
        batch.addListener(o -> submitted = null);
        chosen.addListener(o -> submitted = null);
    }

    /**
     * Takes the newest pass and, at most {@value #TRACES_PER_SECOND} times a second and only while the diagram
     * shows, asks for a new one when the weights, the sample or the copy changed. Returns whether anything changed.
     */
    public boolean onFrame(double elapsedSeconds) {
        sinceTrace += elapsedSeconds;
        boolean changed = shown.get() && sinceTrace >= 1.0 / TRACES_PER_SECOND && ask();
        DiagramWork.Result newest = worker.poll();
        if (newest != null) {
            if (newest.request().mostWrong()) {
                sample.set(newest.rows()[0]);
            }
            result.set(newest);
            stage.set(Math.min(stage.get(), stageCount() - 1));
            changed = true;
        }
        return changed;
    }

    /** Asks for a pass when the weights, the rows or the copy changed; returns whether the copies' names did. */
    private boolean ask() {
        boolean changed = false;
        Live live = source.get();
        if (live == null || live.copies().isEmpty()) {
            return false;
        }
        List<String> names = live.copies().stream().map(Copy::name).toList();
        if (!names.equals(copyNames.get())) {
            copyNames.set(names);
            changed = true;
        }
        if (chosen.get() == null || !names.contains(chosen.get())) {
            chosen.set(names.get(0));
        }
        Copy followed = live.copies().get(names.indexOf(chosen.get()));
        DiagramWork.Request request = new DiagramWork.Request(
                live.architecture(),
                followed.checkpoint(),
                followed.contender(),
                live.data(),
                rows(live, batch.get()),
                rows(live, true),
                live.l2(),
                live.window(),
                wantMostWrong);
        wantMostWrong = false;
        if (!request.sameAs(submitted)) {
            submitted = request;
            sinceTrace = 0;
            worker.submit(request);
        }
        return changed;
    }

    /** The chosen sample, or the batch of the training set's order that holds it. */
    private int[] rows(Live live, boolean wholeBatch) {
        int count = live.data().train().sampleCount();
        int index = Math.floorMod(sample.get(), count);
        if (!wholeBatch) {
            return new int[] {index};
        }
        int size = Math.max(1, Math.min(Math.min(live.batchSize(), MOST_ROWS), count));
        int from = index / size * size;
        int[] rows = new int[Math.min(size, count - from)];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = from + r;
        }
        return rows;
    }

    // ----- commands

    public void nextSample() {
        sample.set(sample.get() + 1);
    }

    /** Goes to the training sample the followed copy gets most wrong (found with the next pass). */
    public void mostWrongSample() {
        wantMostWrong = true;
        submitted = null;
        sinceTrace = Double.POSITIVE_INFINITY;
    }

    /** The training sample {@code trainingIndex} (in batch mode, its batch) is the next pass's, asked for at once. */
    public void chooseSample(int trainingIndex) {
        wantMostWrong = false;
        sample.set(trainingIndex);
        submitted = null;
        sinceTrace = Double.POSITIVE_INFINITY;
    }

    public void stepForward() {
        stage.set(Math.min(stage.get() + 1, stageCount() - 1));
    }

    public void stepBack() {
        stage.set(Math.max(stage.get() - 1, 0));
    }

    public void toStart() {
        stage.set(0);
    }

    public void toEnd() {
        stage.set(stageCount() - 1);
    }

    /** Stages of the pass shown and the update after it: 2L + 3 for L weight layers; 1 before the first pass. */
    public int stageCount() {
        DiagramWork.Result r = result.get();
        return r == null ? 1 : Stages.count(r.pass().layers().size()) + 1;
    }

    /** The stage shown, or null before the first pass. */
    public Stages.Stage currentStage() {
        DiagramWork.Result r = result.get();
        if (r == null) {
            return null;
        }
        return stage.get() == stageCount() - 1
                ? DiagramTexts.updateStage(
                        r, edges.update(r), edges.selectedProperty().get() != null)
                : new Stages(r.pass(), r.targets()).stage(stage.get());
    }

    /** The edge the update stage writes out and the diagram marks: the clicked one, or the steepest drawn one. */
    public Edge updateEdge() {
        return edges.update(result.get());
    }

    /** The chain rule of the clicked edge, or null. */
    public ChainRule chainRule() {
        return edges.chainRule(result.get());
    }

    /**
     * What the diagram says about the hovered edge (the clicked one when none is hovered): its weight, its gradient
     * in this pass and the update the copy's optimizer makes with it next, from where training left it. Empty when
     * there is none.
     */
    public List<String> edgeLines() {
        DiagramWork.Result r = result.get();
        return DiagramTexts.edgeLines(r, edges.explained(r));
    }

    /** The clicked edge's chain rule written out: symbols, numbers, their product and the pass's gradient. */
    public List<String> chainRuleLines() {
        return DiagramTexts.chainRuleLines(chainRule());
    }

    /** "Sample 12 of 800" or "Mini-batch of 200: samples 1–200", or "" before the first pass. */
    public String sampleText() {
        return DiagramTexts.sampleText(result.get());
    }

    // ----- properties

    /** Whether the network tab shows the diagram (rather than the boundaries or the loss landscape). */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** Whether the diagram is on screen: only then does it ask for passes. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyObjectProperty<List<String>> copyNamesProperty() {
        return copyNames.getReadOnlyProperty();
    }

    /** The copy whose training the diagram follows. */
    public StringProperty chosenProperty() {
        return chosen;
    }

    /** The training sample (index into the training set). */
    public IntegerProperty sampleProperty() {
        return sample;
    }

    /** True: the batch that holds the sample; false: the sample alone. */
    public BooleanProperty batchProperty() {
        return batch;
    }

    public IntegerProperty stageProperty() {
        return stage;
    }

    /** Colour units by log₁₀|δ| (the backward pass's gradient magnitude) instead of their activation pictures. */
    public BooleanProperty gradientColoursProperty() {
        return gradientColours;
    }

    /** The clicked and the hovered weight. */
    public DiagramEdges edges() {
        return edges;
    }

    /** The newest pass with its pictures, or null before the first. */
    public ReadOnlyObjectProperty<DiagramWork.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** How many passes were asked for (tests of the throttle). */
    long requests() {
        return worker.submittedCount();
    }

    /** The data of the pass shown, or null before the first. */
    public TrainingData shownData() {
        DiagramWork.Result r = result.get();
        return r == null ? null : r.request().data();
    }

    /** The input plane of the pass shown, or null before the first or when the data has no plane (not two features). */
    public Window shownPlane() {
        DiagramWork.Result r = result.get();
        return r == null || r.request().data().train().featureCount() != 2
                ? null
                : r.request().window();
    }

    /** The training samples of the pass shown (one, or a mini-batch's); none before the first. */
    public int[] shownRows() {
        DiagramWork.Result r = result.get();
        return r == null ? new int[0] : r.rows().clone();
    }
}
