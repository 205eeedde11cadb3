package downhill.app.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.control.CanvasRegion;
import downhill.app.control.PlotArea;
import downhill.app.i18n.Messages;
import downhill.app.landscape.LandscapeCanvas;
import downhill.app.network.NetworkViewModel;
import downhill.app.presentation.Appearance;
import downhill.app.presentation.Theme;
import downhill.engine.function.Window;
import downhill.experiment.Presets;
import downhill.render.Viewport;
import downhill.testing.MainWindow;
import downhill.testing.Poll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The projector matrix: the real window at the sizes and UI scales a classroom uses, each tab, the three themes and
 * German, read by {@link LayoutReport}: nothing elided, nothing overlapping, and the picture the biggest thing on
 * screen. One window is resized and rescaled from case to case, so the whole matrix takes seconds.
 */
class LayoutMatrixTest {

    private static final int[][] SIZES = {{1024, 768}, {1280, 720}, {1920, 1080}};
    private static final int[] SCALES = {100, 150, 200};
    private static final int LANDSCAPE = 0;
    private static final int NETWORK = 1;
    /** The network tab showing its loss landscape (the slice) instead of the decision boundaries. */
    private static final int NETWORK_SLICE = 2;

    @RegisterExtension
    static final MainWindow WINDOW =
            MainWindow.sameThreadWithOwnPreferences().size(1280, 720).eachTest();

    private AppContext context;
    private Stage stage;
    private Scene scene;

    @BeforeEach
    void start() {
        stage = WINDOW.stage();
        context = WINDOW.context();
        scene = WINDOW.scene();
    }

    @AfterEach
    void backToTheDefaults(FxRobot robot) {
        robot.interact(() -> {
            Messages.use(Locale.ENGLISH);
            Appearance.apply(scene.getStylesheets(), Theme.LIGHT, 100);
        });
    }

    /** Sets the window up as told, lets layout and drawing settle, and reads the layout. */
    private LayoutReport at(FxRobot robot, int width, int height, int scale, Theme theme, int tab) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            context.presentation().scalePercentProperty().set(scale);
            context.presentation().themeProperty().set(theme);
            ((TabPane) scene.lookup("#tabs")).getSelectionModel().select(tab == LANDSCAPE ? 0 : 1);
        });
        // Two passes settle layout and drawing; a slice reshaped to the new plot takes a few more frames.
        for (int pass = 0;
                pass < 2 || pass < 12 && context.network().lossLandscape().busy();
                pass++) {
            robot.interact(() -> {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                if (tab == LANDSCAPE) {
                    context.landscape().invalidate();
                    context.landscape().onFrame(0);
                    context.landscapeController().redraw();
                } else {
                    context.network().onFrame(1);
                    context.networkController().redraw();
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        LayoutReport[] report = new LayoutReport[1];
        robot.interact(() -> report[0] = LayoutReport.of(scene));
        return report[0];
    }

    /** What is wrong with one case, or nothing: the report's faults and a plot smaller than another panel. */
    private List<String> faults(String name, LayoutReport report, int tab) {
        List<String> out = new ArrayList<>();
        if (report.window().getWidth() == 0) {
            out.add(name + ": no window");
        }
        report.elided().forEach(e -> out.add(name + ": elided " + e));
        report.overlaps().forEach(o -> out.add(name + ": overlap " + o));
        if (tab == NETWORK) {
            // The decision boundaries are small multiples; NetworkLayoutTest weighs them against the charts.
            return out;
        }
        if (tab == NETWORK_SLICE) {
            sliceBiggest(name, out);
            return out;
        }
        Bounds plot = LayoutReport.plotBounds(scene.getRoot()).orElse(null);
        if (plot == null) {
            out.add(name + ": no plot");
            return out;
        }
        List<Node> shown = new ArrayList<>();
        LayoutReport.visible(scene.getRoot(), shown);
        for (Node n : shown) {
            boolean panel = n.getStyleClass().contains("sidebar")
                    || n.getStyleClass().contains("inspector")
                    || (n instanceof CanvasRegion && !(n instanceof PlotArea));
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (panel && LayoutReport.area(b) > LayoutReport.area(plot)) {
                out.add(name + ": " + (n.getId() != null ? n.getId() : n.getStyleClass()) + " "
                        + Math.round(b.getWidth()) + "x" + Math.round(b.getHeight()) + " is bigger than the plot "
                        + report.summary());
            }
        }
        return out;
    }

    /** The slice's plot is bigger than either chart beside it, and its heatmap fills the plot. */
    private void sliceBiggest(String name, List<String> out) {
        LandscapeCanvas slice = (LandscapeCanvas) scene.lookup("#slice-canvas");
        Viewport plot = slice.viewport();
        Window grid = context.network().lossLandscape().sliceWindow();
        if (plot == null || grid == null) {
            out.add(name + ": no slice");
            return;
        }
        // Panel against panel: each with its axes, titles and (the slice's) colour bar.
        double sliceArea = LayoutReport.area(slice.getLayoutBounds());
        for (String chart : List.of("#loss-chart", "#accuracy-chart")) {
            Node n = scene.lookup(chart);
            if (n.isVisible() && LayoutReport.area(n.getLayoutBounds()) > sliceArea) {
                out.add(name + ": " + chart + " "
                        + Math.round(n.getLayoutBounds().getWidth()) + "x"
                        + Math.round(n.getLayoutBounds().getHeight()) + " is bigger than the slice "
                        + Math.round(slice.getWidth()) + "x" + Math.round(slice.getHeight()));
            }
        }
        if (Math.abs(grid.width() / grid.height() - plot.width() / plot.height())
                > 0.04 * plot.width() / plot.height()) {
            out.add(name + ": the slice " + grid + " does not fill its plot " + Math.round(plot.width()) + "x"
                    + Math.round(plot.height()));
        }
    }

    /** A further check of one case of the size-and-scale matrix (light, English): its faults, one line each. */
    private interface CaseCheck {
        CaseCheck NONE = (width, height, scale, report) -> List.of();

        List<String> faults(int width, int height, int scale, LayoutReport report);
    }

    private List<String> matrix(FxRobot robot, int tab, CaseCheck check) {
        List<String> faults = new ArrayList<>();
        for (int[] size : SIZES) {
            for (int scale : SCALES) {
                LayoutReport report = at(robot, size[0], size[1], scale, Theme.LIGHT, tab);
                assertEquals(size[0], report.window().getWidth(), 0.5, "the window takes the size asked for");
                faults.addAll(faults(size[0] + "x" + size[1] + "@" + scale + "%", report, tab));
                faults.addAll(check.faults(size[0], size[1], scale, report));
            }
        }
        return faults;
    }

    /** Every size and scale, then the themes, and German at the recommended and the narrowest setting. */
    private List<String> everything(FxRobot robot, int tab) {
        return everything(robot, tab, CaseCheck.NONE);
    }

    private List<String> everything(FxRobot robot, int tab, CaseCheck check) {
        List<String> faults = matrix(robot, tab, check);
        for (Theme theme : Theme.values()) {
            faults.addAll(faults(theme.id() + " 1280x720@150%", at(robot, 1280, 720, 150, theme, tab), tab));
        }
        WINDOW.chooseLanguage("de");
        assertEquals(Locale.GERMAN, context.presentation().languageProperty().get());
        faults.addAll(faults("de 1280x720@150%", at(robot, 1280, 720, 150, Theme.LIGHT, tab), tab));
        // The narrowest projector with the longest words: German's toolbar once ran off the window here.
        faults.addAll(faults("de 1024x768@200%", at(robot, 1024, 768, 200, Theme.LIGHT, tab), tab));
        WINDOW.chooseLanguage("en");
        return faults;
    }

    /**
     * The classroom setting docs/classroom.md recommends first, controls shown: the heatmap keeps at least 45 % of
     * the window's height and half its width. Then every size, scale, theme and German on the same window.
     */
    @Test
    void theLandscapeTabHoldsOnEveryProjector(FxRobot robot) {
        LayoutReport classroom = at(robot, 1280, 720, 150, Theme.LIGHT, LANDSCAPE);
        assertFalse(context.presentation().controlsHiddenProperty().get());
        assertTrue(
                scene.lookup("#playButton").isVisible()
                        && scene.lookup("#speedSlider").isVisible(),
                "the controls show");
        assertTrue(classroom.plot().getHeight() >= 0.45 * 720, classroom.summary());
        assertTrue(classroom.plot().getWidth() >= 0.5 * 1280, classroom.summary());

        List<String> faults = everything(robot, LANDSCAPE);
        assertTrue(faults.isEmpty(), String.join("\n", faults));
        drawerAndDivider(robot);
    }

    /**
     * A lesson's step with its question open, then revealed with the class's votes: on every projector the lesson bar
     * elides and overlaps nothing, and up to 150 % (the scale docs/classroom.md recommends) the strip it makes is
     * less tall than the picture; at 200 % on a small projector the words alone are taller than that.
     */
    @Test
    void aLessonStepAskingAndRevealedHoldsOnEveryProjector(FxRobot robot) {
        robot.interact(() -> context.experiment().openPreset(Presets.byName("lesson-lr-ladder")));
        List<String> faults = lessonFaults(robot, "asking");
        // Revealed where a class sees it: the note, which appears then, folds on a window this short.
        at(robot, 1280, 720, 150, Theme.LIGHT, LANDSCAPE);
        robot.interact(() -> {
            context.experiment().lesson().count("η = 0.1", 3);
            context.experiment().lesson().count("η = 0.4", 12);
            context.experiment().lesson().count("none", 1);
            context.experiment().lesson().reveal();
            context.landscape().playingProperty().set(false);
        });
        faults.addAll(lessonFaults(robot, "revealed"));
        robot.interact(() -> context.experiment().lesson().close());
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    /** The matrix with the lesson open; up to 150 % each case also weighs the lesson bar against the plot. */
    private List<String> lessonFaults(FxRobot robot, String state) {
        CaseCheck barLowerThanPlot = (width, height, scale, report) -> {
            double barHeight = scene.lookup("#lessonBar").getLayoutBounds().getHeight();
            return scale > 150 || barHeight < report.plot().getHeight()
                    ? List.of()
                    : List.of(width + "x" + height + "@" + scale + "%: the lesson bar is " + Math.round(barHeight)
                            + " px tall, the plot less " + report.summary());
        };
        List<String> faults = new ArrayList<>();
        for (String line : everything(robot, LANDSCAPE, barLowerThanPlot)) {
            faults.add(state + " " + line);
        }
        return faults;
    }

    /**
     * Opening the step inspector on a projector (1280×720 at 150 %, the sidebar open by hand) closes the sidebar and
     * keeps the inspector inside the window at no more than its share, so the landscape stays wider than the
     * inspector; at 1920×1080 and 100 % there is room for both.
     */
    @Test
    void theStepInspectorLeavesThePictureTheRoomOnAProjector(FxRobot robot) {
        at(robot, 1280, 720, 150, Theme.LIGHT, LANDSCAPE);
        BorderPane landscape = (BorderPane) scene.lookup(".landscape-view");
        robot.interact(() -> context.landscape().drawer().toggle());
        assertNotNull(landscape.getLeft(), "opened by hand");
        robot.interact(() -> context.landscape().inspector().openProperty().set(true));
        LayoutReport report = at(robot, 1280, 720, 150, Theme.LIGHT, LANDSCAPE);
        assertNull(landscape.getLeft(), "the inspector took the sidebar's room");
        Node inspector = scene.lookup(".inspector");
        Bounds b = inspector.localToScene(inspector.getLayoutBounds());
        assertTrue(b.getMaxX() <= 1280 + 0.5, "inside the window: " + b);
        assertTrue(b.getWidth() <= 0.30 * 1280 + 1, "at most its share: " + b.getWidth());
        assertTrue(report.plot().getWidth() > b.getWidth(), report.summary() + " inspector " + b.getWidth());
        assertTrue(report.overlaps().isEmpty(), String.join("\n", report.overlaps()));
        LayoutReport wide = at(robot, 1920, 1080, 100, Theme.LIGHT, LANDSCAPE);
        assertNotNull(landscape.getLeft(), "room for both again");
        assertTrue(wide.elided().isEmpty() && wide.overlaps().isEmpty(), wide.summary());
        robot.interact(() -> context.landscape().inspector().openProperty().set(false));
    }

    /** At 1280×720 and 150 % the sidebar has closed by itself; Ctrl+B brings it back; a new scale resets the split. */
    private void drawerAndDivider(FxRobot robot) {
        at(robot, 1280, 720, 150, Theme.LIGHT, LANDSCAPE);
        BorderPane landscape = (BorderPane) scene.lookup(".landscape-view");
        assertNull(landscape.getLeft(), "closed by itself");
        robot.interact(() -> scene.lookup("#timeline").requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(landscape.getLeft(), "reopened with Ctrl+B");
        SplitPane split = (SplitPane) scene.lookup("#split");
        robot.interact(() -> split.setDividerPositions(0.3)); // as a drag would leave it
        at(robot, 1280, 720, 100, Theme.LIGHT, LANDSCAPE);
        assertEquals(
                SplitDivider.position(split.getWidth(), 14),
                split.getDividerPositions()[0],
                0.01,
                "a new scale puts the divider back");
    }

    /**
     * The network tab's matrix; then, on the same window, the landscape's drawer closed at 1280×720 and 150 % after
     * those sizes and two language switches (reloads) while its tab was hidden; then the network's loss landscape
     * (a small network, so that each reshaped grid takes a moment) at the classroom's sizes, a dark theme and German.
     */
    @Test
    void theNetworkTabAndItsLossLandscapeHoldOnEveryProjector(FxRobot robot) {
        List<String> faults = everything(robot, NETWORK);
        LayoutReport landscape = at(robot, 1280, 720, 150, Theme.LIGHT, LANDSCAPE);
        assertNull(
                ((BorderPane) scene.lookup(".landscape-view")).getLeft(), "closed by itself: " + landscape.summary());
        assertTrue(landscape.plot().getWidth() >= 0.5 * 1280, landscape.summary());

        NetworkViewModel vm = context.network();
        robot.interact(() -> {
            ((TabPane) scene.lookup("#tabs")).getSelectionModel().select(NETWORK);
            vm.data().samplesProperty().set(100);
            vm.shape().hiddenTextProperty().set("6");
            vm.trainingSettings().epochsProperty().set(10);
            context.networkController().showLossLandscape(true);
        });
        Poll.until(
                () -> vm.data().dataProperty().get() != null,
                () -> robot.interact(() -> vm.onFrame(1)),
                "the data is prepared");
        robot.interact(vm.training()::train);
        int[][] classroom = {
            {1280, 720, 150}, {1280, 720, 200}, {1024, 768, 200}, {1024, 768, 100}, {1920, 1080, 100}, {1920, 1080, 200}
        };
        for (int[] c : classroom) {
            faults.addAll(faults(
                    "slice " + c[0] + "x" + c[1] + "@" + c[2] + "%",
                    at(robot, c[0], c[1], c[2], Theme.LIGHT, NETWORK_SLICE),
                    NETWORK_SLICE));
        }
        faults.addAll(faults(
                "slice dark 1280x720@150%", at(robot, 1280, 720, 150, Theme.DARK, NETWORK_SLICE), NETWORK_SLICE));
        WINDOW.chooseLanguage("de");
        faults.addAll(
                faults("slice de 1280x720@150%", at(robot, 1280, 720, 150, Theme.LIGHT, NETWORK_SLICE), NETWORK_SLICE));
        WINDOW.chooseLanguage("en");
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }
}
