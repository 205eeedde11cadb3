package downhill.render;

import downhill.engine.MemoryBudget;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.landscape.LandscapeRenderer;
import downhill.engine.landscape.RenderRequest;
import downhill.engine.scene.LandscapeScene;
import downhill.engine.scene.PathResult;
import downhill.render.draw.Look;
import downhill.render.draw.Pen;
import downhill.render.draw.TextRoom;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A landscape as a picture file, without a window: the heatmap and contours of the one engine renderer, axes with
 * ticks, the colour bar, the known minima, the start, each optimizer's path up to a step in its colour with its
 * current point, a legend and a title naming the function and the step — the look of the app's overlay.
 * The heatmap is rendered once, so the frames of an animation cost only their paths.
 */
public final class LandscapeStill {

    /**
     * Heap a picture takes per pixel while drawn: the heatmap's values, the image, the contour work. Measured with a
     * 1 GB heap: 6000×6000 draws, 8000×8000 runs out of memory.
     */
    public static final double BYTES_PER_PIXEL = 20;

    /** Refuses, before anything is drawn, a picture of {@code width}×{@code height} that would not fit the heap. */
    public static void requireFits(MemoryBudget budget, String subject, int width, int height) {
        budget.require(subject, (long) width * height, pixels -> BYTES_PER_PIXEL * pixels, " pixels");
    }

    private final LandscapeScene scene;
    private final List<PathResult> paths;
    private final int width;
    private final int height;
    private final LandscapeDrawing drawing;
    private final Viewport viewport;
    private final LandscapeImage heatmap;

    /**
     * @param paths the scene's race ({@link LandscapeScene#race()}), or the paths the app already has
     */
    public LandscapeStill(LandscapeScene scene, List<PathResult> paths, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a picture needs at least one pixel, got " + width + " × " + height);
        }
        this.scene = scene;
        this.paths = List.copyOf(paths);
        this.width = width;
        this.height = height;
        this.drawing = new LandscapeDrawing(
                LandscapeDrawing.Form.PICTURE, Look.picture(Look.pictureUnit(width, height)), PathWords.ENGLISH);
        // The plot on whole pixels, so the heatmap is rendered at exactly its size.
        Viewport fitted = drawing.viewportFor(scene.window(), width, height);
        viewport = Viewport.fit(
                scene.window(),
                Math.round(fitted.left()),
                Math.round(fitted.top()),
                Math.max(1, Math.round(fitted.width())),
                Math.max(1, Math.round(fitted.height())));
        heatmap = LandscapeRenderer.parallel()
                .render(new RenderRequest(
                        scene.objective()::valueRow,
                        viewport.shown(),
                        (int) viewport.width(),
                        (int) viewport.height(),
                        scene.colormap(),
                        scene.scaling(),
                        RenderRequest.DEFAULT_CONTOUR_LEVELS,
                        RenderRequest.DEFAULT_CONTOUR_ARGB));
    }

    /** The picture at {@code step} (0 to the scene's steps) of a freshly run race. */
    public static BufferedImage render(LandscapeScene scene, int step, int width, int height) {
        return new LandscapeStill(scene, scene.race(), width, height).at(step);
    }

    /** Where the plot sits in the picture and which part of the plane it shows. */
    public Viewport viewport() {
        return viewport;
    }

    public List<PathResult> paths() {
        return paths;
    }

    /** The last step any path reaches, at most the scene's step limit: where an animation can stop. */
    public int lastStep() {
        int last = 0;
        for (PathResult p : paths) {
            last = Math.max(last, p.trajectory().size() - 1);
        }
        return Math.min(last, scene.steps());
    }

    /** The picture with every path drawn up to {@code step}. */
    public BufferedImage at(int step) {
        if (step < 0 || step > scene.steps()) {
            throw new IllegalArgumentException("step must be between 0 and " + scene.steps() + ", got " + step);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        AwtPen pen = AwtPen.on(image);
        draw(pen, step);
        pen.dispose();
        return image;
    }

    /**
     * Draws the picture at {@code step} with any pen on a surface of this still's size: {@link #at} with AWT, a test
     * with the window's toolkit to show the two draw alike.
     *
     * @return the text drawn and where
     */
    public List<TextRoom.Box> draw(Pen pen, int step) {
        String title = scene.objective().displayName() + "  —  step " + step + " of " + scene.steps();
        LandscapeDrawing.Content content = new LandscapeDrawing.Content(
                heatmap,
                scene.objective(),
                scene.start(),
                paths,
                step,
                true,
                title,
                null,
                scene.colormap(),
                scene.objective().axisNames());
        TextRoom room = new TextRoom();
        drawing.draw(pen, room, width, height, viewport, content, null);
        return room.boxes();
    }
}
