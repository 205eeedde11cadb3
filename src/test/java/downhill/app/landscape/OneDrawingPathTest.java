package downhill.app.landscape;

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
import downhill.render.LandscapeDrawing;
import downhill.render.LandscapeStill;
import downhill.render.Viewport;
import downhill.render.draw.TextRoom;
import downhill.testing.TwoToolkits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
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
 * on an AWT image, differ only where the two toolkits smooth edges and shape type differently (limits and why in
 * {@link TwoToolkits}). Each layer taken away (the minima, the start, the paths, the legend, the heatmap) breaks the
 * limits; the test checks that too, so it fails when either toolkit drops a layer.
 */
@ExtendWith(ApplicationExtension.class)
class OneDrawingPathTest {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 560;

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
        List<TextRoom.Box> text = new ArrayList<>();
        int[] awt = TwoToolkits.onAwt(WIDTH, HEIGHT, pen -> text.addAll(still.draw(pen, 200)));
        int[] fx = onCanvas(robot, pen -> still.draw(pen, 200));
        TwoToolkits.assertAlike(awt, fx, WIDTH, text, "render's still");
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
        int[] fx = TwoToolkits.snapshot(robot, window.canvas());
        TextRoom room = new TextRoom();
        TwoToolkits.assertAlike(onAwt(drawing, shown, frame, room), fx, WIDTH, room.boxes(), "the window's canvas");
        // The limits are tight enough to see any one layer missing.
        for (var missing : List.of(
                new Missing("the minima", b -> b.objective(null)),
                new Missing("the start", b -> b.start(null)),
                new Missing("the paths", b -> b.paths(List.of(), 250)),
                new Missing("the legend", b -> b.legend(false)),
                new Missing("the heatmap and colour bar", b -> b.image(null)))) {
            LandscapeCanvas.Frame less =
                    missing.change().apply(everything.get()).build();
            TwoToolkits.assertApart(
                    onAwt(drawing, shown, less, new TextRoom()), fx, WIDTH, room.boxes(), missing.what());
        }
    }

    /** A part left out of the frame. */
    private record Missing(String what, UnaryOperator<LandscapeCanvas.Builder> change) {}

    private static int[] onAwt(LandscapeDrawing drawing, Viewport shown, LandscapeCanvas.Frame frame, TextRoom room) {
        return TwoToolkits.onAwt(
                WIDTH, HEIGHT, pen -> drawing.draw(pen, room, WIDTH, HEIGHT, shown, frame.content(), null));
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
        return TwoToolkits.snapshot(robot, canvas);
    }
}
