package downhill.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.landscape.LandscapeViewModel;
import downhill.app.network.NetworkViewModel;
import downhill.engine.Numbers;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import downhill.experiment.LandscapeSettings.Layout;
import downhill.testing.MainWindow;
import downhill.testing.Poll;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The File menu's exports in a real window, headless; background work on the calling thread. */
class ExportTest {

    /** One window for the class; each test starts on the landscape tab, untrained, with no message shown. */
    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread()
            .size(1400, 900)
            .whenOpened(window -> window.context().landscape().onFrame(0));

    @TempDir
    Path dir;

    private AppContext context;
    private ExportViewModel exports;
    private LandscapeViewModel landscape;
    private Scene scene;
    private final List<String> asked = new ArrayList<>();

    @BeforeEach
    void start() {
        context = WINDOW.context();
        exports = context.exports();
        landscape = context.landscape();
        scene = WINDOW.scene();
    }

    @AfterEach
    void backToTheLandscapeUntrained(FxRobot robot) {
        robot.interact(() -> {
            ((TabPane) scene.lookup("#tabs")).getSelectionModel().select(0);
            context.network().training().reset();
            exports.gifFramesProperty().set(60);
            exports.dismissMessage();
        });
    }

    /** Answers the file chooser with {@code file}, and notes the name it suggested. */
    private void choose(Path file) {
        exports.setChooser((kind, suggested) -> {
            asked.add(kind + " " + suggested);
            return Optional.of(file);
        });
    }

    private MenuItem fileItem(String id) {
        Menu file = ((MenuBar) scene.lookup("#menuBar")).getMenus().get(0);
        for (MenuItem item : file.getItems()) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu sub) {
                for (MenuItem inner : sub.getItems()) {
                    if (id.equals(inner.getId())) {
                        return inner;
                    }
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    @Test
    void trajectoriesCsvHasARowPerStepPerOptimizer(FxRobot robot) throws IOException {
        Path csv = dir.resolve("paths.csv");
        choose(csv);
        robot.interact(() -> fileItem("export-csv").fire());
        assertEquals(List.of("CSV trajectories.csv"), asked);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("optimizer,step,x,y,loss,grad_x,grad_y,learning_rate", lines.get(0));
        List<PathResult> paths = landscape.raceProperty().get().paths();
        int rows = paths.stream().mapToInt(p -> p.trajectory().size()).sum();
        assertEquals(1 + rows, lines.size());
        assertTrue(rows > 4 * 400, "four optimizers, 500 steps each unless one stopped");
        Trajectory sgd = paths.get(0).trajectory();
        assertEquals("sgd,0,-1.5,2.0,12.5,-155.0,-50.0,0.001", lines.get(1));
        assertEquals(paths.get(0).name() + ",1," + sgd.appendCsvFields(new StringBuilder(), 1), lines.get(2));
        assertTrue(
                exports.messageProperty().get().startsWith("Saved " + csv),
                exports.messageProperty().get());
        assertFalse(exports.failedProperty().get());
    }

    /** In the Map layout, Export CSV writes the map's cells as the sweep command does. */
    @Test
    void theMapsCsvHasARowPerCell(FxRobot robot) throws IOException {
        Path csv = dir.resolve("map.csv");
        choose(csv);
        robot.interact(() -> {
            landscape.layoutProperty().set(Layout.MAP);
            landscape.onFrame(0);
            fileItem("export-csv").fire();
            landscape.layoutProperty().set(Layout.OVERLAY);
        });
        assertEquals(List.of("CSV map.csv"), asked);
        List<String> lines = Files.readAllLines(csv);
        var map = landscape.map().sweep();
        assertEquals(
                map.spec().x().key() + "," + map.spec().y().key() + ",final_loss,best_loss,steps_to_tol,outcome",
                lines.get(0));
        assertEquals(1 + map.spec().cellCount(), lines.size());
        var first = map.cell(0, 0);
        assertTrue(
                lines.get(1)
                        .startsWith(Numbers.format(first.x()) + "," + Numbers.format(first.y()) + ","
                                + Numbers.format(first.finalLoss())),
                lines.get(1));
    }

    @Test
    void trainingCurvesCsvHasARowPerEpochPerOptimizer(FxRobot robot) throws IOException {
        NetworkViewModel network = context.network();
        robot.interact(() -> {
            ((TabPane) scene.lookup("#tabs")).getSelectionModel().select(1);
            network.trainingSettings().epochsProperty().set(6);
            network.onFrame(1);
        });
        Path csv = dir.resolve("curves.csv");
        choose(csv);
        robot.interact(() -> fileItem("export-csv").fire());
        assertFalse(Files.exists(csv), "nothing trained yet");
        assertTrue(exports.failedProperty().get());
        assertEquals(
                "Nothing to export yet: train the network first",
                exports.messageProperty().get());
        robot.interact(() -> {
            network.training().train();
            network.onFrame(1);
            fileItem("export-csv").fire();
        });
        List<String> lines = Files.readAllLines(csv);
        assertEquals("optimizer,epoch,train_loss,test_loss,train_accuracy,test_accuracy", lines.get(0));
        int optimizers = network.session().resultsProperty().get().size();
        assertTrue(optimizers >= 2, "the tab opens with a comparison");
        assertEquals(1 + optimizers * 6, lines.size());
        String[] first = lines.get(1).split(",");
        assertEquals(network.session().resultsProperty().get().get(0).name(), first[0]);
        assertEquals("1", first[1]);
        assertTrue(Double.parseDouble(first[2]) > 0, "a training loss");
        assertTrue(lines.get(6 + 1)
                .startsWith(network.session().resultsProperty().get().get(1).name() + ",1,"));
    }

    @Test
    void pngOfTheLandscapeAtTwiceItsSize(FxRobot robot) throws IOException {
        Path png = dir.resolve("view.png");
        choose(png);
        settle(robot);
        // Measured first: the line saying the file was saved takes room from the view.
        Bounds host = scene.lookup("#landscapeHost").getLayoutBounds();
        robot.interact(() -> fileItem("export-png-2").fire());
        assertEquals(List.of("PNG rosenbrock@2x.png"), asked);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(Math.ceil(host.getWidth() * 2), image.getWidth());
        assertEquals(Math.ceil(host.getHeight() * 2), image.getHeight());
        assertTrue(distinctColours(image) > 200, "the heatmap is in the picture");
    }

    @Test
    void pngOfTheNetworkTabShowsItsChartsAndPanels(FxRobot robot) throws IOException {
        robot.interact(
                () -> ((TabPane) scene.lookup("#tabs")).getSelectionModel().select(1));
        Path png = dir.resolve("network.png");
        choose(png);
        robot.interact(() -> fileItem("export-png-1").fire());
        assertEquals(List.of("PNG network.png"), asked);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 600 && image.getHeight() > 400, image.getWidth() + "×" + image.getHeight());
        assertTrue(fileItem("export-gif").isDisable(), "the GIF is the landscape's animation");
    }

    @Test
    void copyImagePutsTheViewOnTheClipboard(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.interact(() -> fileItem("export-copy").fire());
        robot.interact(() -> {
            assertTrue(Clipboard.getSystemClipboard().hasImage());
            assertEquals(
                    Math.ceil(scene.lookup("#landscapeHost").getLayoutBounds().getWidth()),
                    Clipboard.getSystemClipboard().getImage().getWidth());
        });
    }

    @Test
    void aFolderThatDoesNotExistIsSaidNotThrown(FxRobot robot) {
        Path missing = dir.resolve("gone").resolve("view.png");
        choose(missing);
        robot.interact(() -> fileItem("export-png-1").fire());
        assertTrue(exports.failedProperty().get());
        assertEquals(
                "Could not save " + missing + ": the folder " + missing.getParent() + " does not exist",
                exports.messageProperty().get());
        Node banner = scene.lookup("#export-message");
        assertTrue(banner.isVisible());
    }

    @Test
    void cancellingTheChooserWritesNothing(FxRobot robot) throws IOException {
        exports.setChooser((kind, name) -> Optional.empty());
        robot.interact(() -> fileItem("export-csv").fire());
        assertEquals("", exports.messageProperty().get());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void theGifDialogWritesTheAnimationWithTheChosenSettings(FxRobot robot) throws IOException {
        Path gif = dir.resolve("race.gif");
        choose(gif);
        robot.interact(() -> fileItem("export-gif").fire());
        Scene dialog = Window.getWindows().stream()
                .filter(w -> w != scene.getWindow() && w.isShowing())
                .map(Window::getScene)
                .filter(s -> s.lookup("#gif-frames") != null)
                .findFirst()
                .orElseThrow();
        assertEquals(500, exports.gifLastStepProperty().get(), "up to the tab's step limit");
        robot.interact(() -> {
            ((TextField) dialog.lookup("#gif-frames")).setText("5");
            ((TextField) dialog.lookup("#gif-fps")).setText("10");
            ((TextField) dialog.lookup("#gif-last-step")).setText("120");
            ((TextField) dialog.lookup("#gif-width")).setText("320");
            ((TextField) dialog.lookup("#gif-height")).setText("200");
            ((Button) dialog.lookup("#exportButton")).fire();
        });
        assertEquals(List.of("GIF rosenbrock.gif"), asked);
        assertEquals(1.0, exports.gifProgressProperty().get());
        assertFalse(exports.gifRunningProperty().get());
        assertTrue(exports.messageProperty().get().startsWith("Saved " + gif + " (320 × 200)"));
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(5, reader.getNumImages(true));
            assertEquals(320, reader.read(0).getWidth());
            reader.dispose();
        }
        robot.interact(() -> ((Button) dialog.lookup("#closeButton")).fire());
        assertFalse(dialog.getWindow().isShowing());
    }

    @Test
    void aBadGifSettingIsNamedAndNothingIsWritten(FxRobot robot) {
        choose(dir.resolve("bad.gif"));
        robot.interact(() -> {
            exports.gifFramesProperty().set(1);
            exports.exportGif();
        });
        assertTrue(asked.isEmpty(), "no file is asked for");
        assertTrue(exports.failedProperty().get());
        assertEquals(
                "Frames must be a whole number from 2 to 200",
                exports.messageProperty().get());
    }

    @Test
    void cancellingAGifStopsItOffTheFxThreadAndLeavesNoFile(FxRobot robot) throws Exception {
        ExecutorService worker = BackgroundExecutors.daemonPool("test-gif", 1);
        try {
            ExportViewModel background = new ExportViewModel(landscape, context.network(), worker);
            Path gif = dir.resolve("cancelled.gif");
            background.setChooser((kind, name) -> Optional.of(gif));
            robot.interact(() -> {
                background.gifFramesProperty().set(200);
                background.gifLastStepProperty().set(500);
                background.gifWidthProperty().set(1600);
                background.gifHeightProperty().set(1200);
                background.exportGif();
                assertTrue(background.gifRunningProperty().get());
                background.cancelGif();
            });
            worker.shutdown();
            assertTrue(worker.awaitTermination(Poll.DEADLINE_SECONDS, TimeUnit.SECONDS));
            robot.interact(() -> {});
            assertFalse(background.gifRunningProperty().get());
            assertEquals("GIF export cancelled", background.messageProperty().get());
            assertTrue(background.gifProgressProperty().get() < 0.5, "stopped early");
            try (var files = Files.list(dir)) {
                assertEquals(0, files.count(), "no file, no part file");
            }
        } finally {
            worker.shutdownNow();
        }
    }

    /** Lets the window's frame loop draw the landscape: the heatmap arrives a few pulses after the window. */
    private void settle(FxRobot robot) {
        Poll.until(
                () -> landscape.imageProperty().get() != null,
                () -> robot.interact(landscape::invalidate),
                "the heatmap");
        robot.interact(landscape::invalidate);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
