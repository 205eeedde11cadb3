package downhill.app.landscape;

import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.control.ChartStyle;
import downhill.app.control.FxPen;
import downhill.app.control.HeatmapImages;
import downhill.engine.function.Functions;
import downhill.engine.function.Window;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.landscape.LandscapeRenderer;
import downhill.engine.landscape.RenderRequest;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import downhill.engine.scene.Entrant;
import downhill.engine.scene.LandscapeScene;
import downhill.engine.schedule.Constant;
import downhill.render.AwtPen;
import downhill.render.LandscapeDrawing;
import downhill.render.LandscapeStill;
import downhill.render.Viewport;
import downhill.render.draw.TextRoom;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One landscape, drawn by the window's toolkit and by the picture files' toolkit, is one picture: the still that
 * {@code render} and GIF export write, drawn again on a JavaFX canvas, and the window's landscape canvas, drawn again
 * on an AWT image, differ only where the two toolkits smooth edges and shape type differently.
 *
 * <p>The limits: the mean absolute difference per channel stays under {@value #MEAN_LIMIT} (of 255), and under
 * {@value #SHARE_LIMIT} of the pixels differ by more than {@value #FAR} in some channel. Measured on this scene the
 * toolkits differ by about 1 per channel and 1–2 % of the pixels (anti-aliased edges of type, lines and markers,
 * which the two rasterisers cover differently, and a glyph or two of different width). Each layer taken away (the
 * minima, the start, the paths, the legend, the axes' labels, the colour bar) moves the picture by more than these
 * limits; the test checks that too, so it fails when either toolkit drops a layer.
 */
@ExtendWith(ApplicationExtension.class)
class OneDrawingPathTest {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 560;
    private static final double MEAN_LIMIT = 2.5;
    private static final double SHARE_LIMIT = 0.04;
    private static final int FAR = 64;
    private static final int SOLID_LIMIT = 20;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final LandscapeCanvas window =
            new LandscapeCanvas(new HeatmapImages(), new LandscapeCanvas.Interaction() {}, false);

    @Start
    void start(Stage stage) {
        ChartStyle.currentProperty().set(ChartStyle.LIGHT);
        window.setPrefSize(WIDTH, HEIGHT);
        Pane root = new Pane(canvas, window);
        window.relocate(0, HEIGHT);
        stage.setScene(new Scene(root, WIDTH, 2 * HEIGHT));
        stage.show();
    }

    private static Entrant entrant(String name, double lr) {
        return Entrant.of(
                new Contender(Optimizers.byName(name), Hyperparameters.of(Hyperparameter.LR, lr), new Constant()));
    }

    /** Three paths, one of which diverges: minima, start, paths, markers, a failure label, the legend. */
    private static LandscapeScene scene() {
        return LandscapeScene.of(
                Functions.resolve("rosenbrock"),
                List.of(entrant("sgd", 1e-3), entrant("momentum", 1e-3), entrant("adam", 0.05), entrant("sgd", 0.01)),
                300);
    }

    @Test
    void theStillDrawnByBothToolkitsIsOnePicture(FxRobot robot) {
        LandscapeScene scene = LandscapeScene.of(
                Functions.resolve("rosenbrock"),
                List.of(entrant("sgd", 1e-3), entrant("momentum", 1e-3), entrant("adam", 0.05)),
                300);
        LandscapeStill still = new LandscapeStill(scene, scene.race(), WIDTH, HEIGHT);
        BufferedImage awt = still.at(200);
        int[] fx = onCanvas(robot, pen -> still.draw(pen, 200));
        assertAlike(pixels(awt), fx, "render's still");
    }

    @Test
    void theWindowsCanvasDrawnByBothToolkitsIsOnePicture(FxRobot robot) {
        LandscapeScene scene = scene();
        // Zoomed in, so that a path runs off the chart and gets its arrow at the edge.
        Window zoomed = new Window(-2, 1, -0.5, 2.5);
        LandscapeDrawing drawing =
                new LandscapeDrawing(LandscapeDrawing.Form.WINDOW, ChartStyle.LIGHT.look(), PathStatus.WORDS);
        Viewport shown = drawing.viewportFor(zoomed, WIDTH, HEIGHT);
        LandscapeImage image = heatmap(scene, shown);
        Supplier<LandscapeCanvas.Builder> everything = () -> LandscapeCanvas.Frame.of(zoomed)
                .image(image)
                .objective(scene.objective())
                .start(scene.start())
                .paths(scene.race(), 250)
                .legend(true);
        LandscapeCanvas.Frame frame = everything.get().build();
        robot.interact(() -> window.draw(frame));
        int[] fx = snapshot(robot, window.canvas());
        assertAlike(onAwt(drawing, shown, frame), fx, "the window's canvas");
        // The limits are tight enough to see any one layer missing.
        for (var missing : List.of(
                new Missing("the minima", b -> b.objective(null)),
                new Missing("the start", b -> b.start(null)),
                new Missing("the paths", b -> b.paths(List.of(), 250)),
                new Missing("the legend", b -> b.legend(false)),
                new Missing("the heatmap and colour bar", b -> b.image(null)))) {
            LandscapeCanvas.Frame less =
                    missing.change().apply(everything.get()).build();
            Difference d = Difference.of(onAwt(drawing, shown, less), fx);
            assertTrue(
                    !d.within(), "without " + missing.what() + " the pictures must differ beyond the limits, but " + d);
        }
    }

    /** A part left out of the frame. */
    private record Missing(String what, UnaryOperator<LandscapeCanvas.Builder> change) {}

    private static int[] onAwt(LandscapeDrawing drawing, Viewport shown, LandscapeCanvas.Frame frame) {
        return onAwt(pen -> drawing.draw(pen, new TextRoom(), WIDTH, HEIGHT, shown, frame.content(), null));
    }

    private static LandscapeImage heatmap(LandscapeScene scene, Viewport shown) {
        return LandscapeRenderer.parallel()
                .render(new RenderRequest(
                        scene.objective()::valueRow,
                        shown.shown(),
                        (int) Math.round(shown.width()),
                        (int) Math.round(shown.height()),
                        scene.colormap(),
                        scene.scaling(),
                        RenderRequest.DEFAULT_CONTOUR_LEVELS,
                        RenderRequest.DEFAULT_CONTOUR_ARGB));
    }

    private int[] onCanvas(FxRobot robot, Consumer<FxPen> draw) {
        robot.interact(() -> draw.accept(new FxPen(canvas.getGraphicsContext2D(), new HeatmapImages())));
        return snapshot(robot, canvas);
    }

    private static int[] snapshot(FxRobot robot, Canvas source) {
        AtomicReference<int[]> argb = new AtomicReference<>();
        robot.interact(() -> {
            WritableImage image = source.snapshot(null, null);
            PixelReader reader = image.getPixelReader();
            int[] pixels = new int[WIDTH * HEIGHT];
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < WIDTH; x++) {
                    pixels[y * WIDTH + x] = reader.getArgb(x, y);
                }
            }
            argb.set(pixels);
        });
        return argb.get();
    }

    private static int[] onAwt(Consumer<AwtPen> draw) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        AwtPen pen = AwtPen.on(image);
        draw.accept(pen);
        pen.dispose();
        return pixels(image);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH);
    }

    private static void assertAlike(int[] awt, int[] fx, String what) {
        Difference d = Difference.of(awt, fx);
        System.out.println(what + ": " + d);
        assertTrue(d.within(), what + " differs between the toolkits: " + d);
    }

    /**
     * How far two pictures are apart: the mean absolute difference per channel (0–255), the share of pixels with a
     * channel off by more than {@value #FAR}, and how many of those lie inside a solid patch of them (all eight
     * neighbours off too). The toolkits' edges and glyphs differ in lines a pixel or two wide; a missing marker, line
     * or label box is a patch.
     */
    private record Difference(double mean, double share, int solid) {
        static Difference of(int[] a, int[] b) {
            long sum = 0;
            boolean[] off = new boolean[a.length];
            int far = 0;
            for (int i = 0; i < a.length; i++) {
                int worst = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = Math.abs(((a[i] >> shift) & 0xFF) - ((b[i] >> shift) & 0xFF));
                    sum += d;
                    worst = Math.max(worst, d);
                }
                off[i] = worst > FAR;
                far += off[i] ? 1 : 0;
            }
            int solid = 0;
            for (int y = 1; y < HEIGHT - 1; y++) {
                for (int x = 1; x < WIDTH - 1; x++) {
                    solid += solid(off, x, y) ? 1 : 0;
                }
            }
            return new Difference(sum / (3.0 * a.length), far / (double) a.length, solid);
        }

        private static boolean solid(boolean[] off, int x, int y) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (!off[(y + dy) * WIDTH + x + dx]) {
                        return false;
                    }
                }
            }
            return true;
        }

        boolean within() {
            return mean < MEAN_LIMIT && share < SHARE_LIMIT && solid < SOLID_LIMIT;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "mean %.2f per channel, %.2f %% of pixels far off, %d of them in solid patches",
                    mean,
                    100 * share,
                    solid);
        }
    }
}
