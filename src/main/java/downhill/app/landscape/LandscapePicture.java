package downhill.app.landscape;

import downhill.engine.function.Objective;
import downhill.engine.function.Window;
import downhill.engine.function.data.DataObjective;
import downhill.engine.landscape.ColorScaling;
import downhill.engine.landscape.Colormap;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.landscape.LandscapeRenderer;
import downhill.engine.landscape.RenderRequest;
import downhill.engine.run.MiniBatches;
import java.util.concurrent.Executor;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The landscape tab's heatmap: its colour map and scaling, whether it shows the current step's batch, and the
 * pictures asked of a renderer off the FX thread (one per size, window and colouring, never the
 * same twice). Runs on the FX thread.
 */
final class LandscapePicture {

    private static final int CONTOUR_LEVELS = 20;
    /** The batch surface's longer side at most, in pixels. */
    private static final int BATCH_SURFACE_PIXELS = 320;

    private static final int CONTOUR_ARGB = 0x73FFFFFF;

    private final FunctionChoice function;
    /** The step shown, whose batch the batch surface draws. */
    private final IntSupplier currentStep;

    private final NewestResult<RenderRequest, LandscapeImage> image;
    private final ObjectProperty<Colormap> colormap = new SimpleObjectProperty<>(this, "colormap", Colormap.VIRIDIS);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale");
    /** Whether the heatmap shows the loss of the batch the current step takes rather than of all the data. */
    private final BooleanProperty batchSurface = new SimpleBooleanProperty(this, "batchSurface");

    private RenderRequest lastRender;
    private Objective lastRenderObjective;
    /** The batches the paths take, for drawing them: the same seed and size as the race's. */
    private MiniBatches drawnBatches;

    private int drawnBatchStep = -1;
    private Objective drawnBatch;

    LandscapePicture(FunctionChoice function, IntSupplier currentStep, Executor executor) {
        this.function = function;
        this.currentStep = currentStep;
        LandscapeRenderer renderer = LandscapeRenderer.parallel();
        this.image = new NewestResult<>(
                executor, (request, stale) -> stale.getAsBoolean() ? null : renderer.render(request), "image", null);
    }

    ObjectProperty<Colormap> colormapProperty() {
        return colormap;
    }

    BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** The colour scaling the log-scale box chooses. */
    ColorScaling scaling() {
        return logScale.get() ? ColorScaling.LOG : ColorScaling.LINEAR;
    }

    BooleanProperty batchSurfaceProperty() {
        return batchSurface;
    }

    ReadOnlyObjectProperty<LandscapeImage> imageProperty() {
        return image.property();
    }

    /** A new function: its picture is still to come, and the old one would show, shrunk, under the new axes. */
    void clear() {
        image.cancel(null);
        lastRender = null;
    }

    /** The batches changed (their size, their seed, the data): the batch surface is drawn afresh. */
    void forgetBatches() {
        drawnBatches = null;
        drawnBatchStep = -1;
        drawnBatch = null;
    }

    /**
     * Asks for the heatmap of {@code shown} at {@code width}×{@code height} pixels, unless that is what we have. The
     * current step's batch is drawn at a third of the resolution or less: it changes every step, and a blurred
     * picture that keeps up teaches more than a sharp one that lags.
     */
    void request(Window shown, int width, int height) {
        if (width < 2 || height < 2) {
            return;
        }
        Objective f = surfaceObjective();
        if (f != function.objective()) {
            double shrink = Math.min(1.0 / 3, BATCH_SURFACE_PIXELS / (double) Math.max(width, height));
            width = Math.max(2, (int) Math.round(width * shrink));
            height = Math.max(2, (int) Math.round(height * shrink));
        }
        RenderRequest request = new RenderRequest(
                f::valueRow, shown, width, height, colormap.get(), scaling(), CONTOUR_LEVELS, CONTOUR_ARGB);
        if (lastRender != null && sameRender(lastRender, request, f)) {
            return;
        }
        lastRender = request;
        lastRenderObjective = f;
        image.submit(request);
    }

    /** What the heatmap shows: the objective on all its data, or on the batch of the current step. */
    private Objective surfaceObjective() {
        Objective shown = function.objective();
        if (!batchSurface.get() || !(shown instanceof DataObjective onData)) {
            return shown;
        }
        if (drawnBatches == null) {
            drawnBatches = MiniBatches.of(
                    onData,
                    function.batchSizeProperty().get(),
                    function.seedProperty().get());
            if (drawnBatches == null) {
                return onData; // a batch of all samples is the full objective
            }
        }
        int step = currentStep.getAsInt();
        if (step != drawnBatchStep) {
            drawnBatchStep = step;
            drawnBatch = onData.restrictedTo(drawnBatches.rows(step), "batch of step " + step);
        }
        return drawnBatch;
    }

    private boolean sameRender(RenderRequest a, RenderRequest b, Objective f) {
        return f == lastRenderObjective
                && a.window().equals(b.window())
                && a.width() == b.width()
                && a.height() == b.height()
                && a.colormap() == b.colormap()
                && a.scaling() == b.scaling();
    }

    /** Takes the newest finished picture, if one came; whether it did. */
    boolean takeNewest() {
        return image.takeNewest();
    }

    /** Why the last picture failed, once, or null. */
    Throwable pollFailure() {
        return image.pollFailure();
    }
}
