package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.i18n.Messages;
import downhill.app.layout.LayoutReport;
import downhill.app.presentation.Appearance;
import downhill.app.presentation.Theme;
import downhill.engine.data.DrawnPoints;
import downhill.testing.MainWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The drawing's controls at the classroom's sizes and scales, in English and German, with the sidebar open: nothing
 * elided or overlapping, every control inside the window.
 */
class DrawnLayoutTest {

    @RegisterExtension
    static final MainWindow WINDOW =
            MainWindow.sameThreadWithOwnPreferences().size(1280, 720).eachTest();

    @AfterEach
    void backToTheDefaults(FxRobot robot) {
        robot.interact(() -> {
            Messages.use(Locale.ENGLISH);
            Appearance.apply(WINDOW.scene().getStylesheets(), Theme.LIGHT, 100);
        });
    }

    /** Sets the window up, lets layout and drawing settle with the sidebar open or closed. */
    private void at(FxRobot robot, int width, int height, int scale, boolean drawerOpen) {
        AppContext context = WINDOW.context();
        NetworkViewModel vm = context.network();
        robot.interact(() -> {
            WINDOW.stage().setWidth(width);
            WINDOW.stage().setHeight(height);
            context.presentation().scalePercentProperty().set(scale);
            ((TabPane) WINDOW.scene().lookup("#tabs")).getSelectionModel().select(1);
            vm.data().dataChoiceProperty().set(NetworkData.DRAWN);
        });
        for (int pass = 0; pass < 3; pass++) {
            robot.interact(() -> {
                ((ToggleButton) WINDOW.scene().lookup("#drawerToggle")).setSelected(drawerOpen);
                Scene scene = WINDOW.scene();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                vm.onFrame(1);
                context.networkController().redraw();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /**
     * The window as it opens at this setting (the sidebar closed where it closes by itself): the layout report's
     * faults; then with the sidebar open, each of the drawing's controls inside the window at its full size.
     */
    private List<String> faults(FxRobot robot, String name, int width, int height, int scale) {
        List<String> out = new ArrayList<>();
        at(robot, width, height, scale, width * 100.0 / scale >= 1200);
        robot.interact(() -> {
            LayoutReport report = LayoutReport.of(WINDOW.scene());
            report.elided().forEach(e -> out.add(name + ": elided " + e));
            report.overlaps().forEach(o -> out.add(name + ": overlap " + o));
        });
        at(robot, width, height, scale, true);
        robot.interact(() -> {
            Scene scene = WINDOW.scene();
            List<Node> labeled = scene.lookup("#drawingBox").lookupAll("*").stream()
                    .filter(n -> n instanceof Labeled && n.isVisible())
                    .toList();
            if (labeled.size() < 8) {
                out.add(name + ": the drawing's box shows " + labeled.size() + " texts");
            }
            for (Node n : labeled) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                Region r = (Region) n;
                boolean whole = r.getWidth() + 0.5 >= Math.min(r.prefWidth(-1), r.getMaxWidth())
                        || ((Labeled) n).isWrapText() && r.getHeight() + 0.5 >= r.prefHeight(r.getWidth());
                if (!n.isVisible() || b.getMinX() < 0 || b.getMaxX() > scene.getWidth() + 0.5 || !whole) {
                    out.add(name + ", sidebar open: " + ((Labeled) n).getText() + " cut: " + b);
                }
            }
        });
        return out;
    }

    @Test
    void theDrawingsControlsFitEveryClassroomSetting(FxRobot robot) {
        robot.interact(() -> {
            NetworkViewModel vm = WINDOW.context().network();
            vm.data()
                    .drawing()
                    .replace(
                            new DrawnPoints(
                                    3,
                                    List.of(
                                            new DrawnPoints.Point(-1, -1, 0),
                                            new DrawnPoints.Point(1, 1, 1),
                                            new DrawnPoints.Point(0, 2, 2))),
                            false);
        });
        List<String> faults = new ArrayList<>();
        int[][] cases = {{1280, 720, 150}, {1024, 768, 200}, {1280, 720, 200}, {1920, 1080, 150}};
        for (int[] c : cases) {
            faults.addAll(faults(robot, c[0] + "x" + c[1] + "@" + c[2], c[0], c[1], c[2]));
        }
        WINDOW.chooseLanguage("de");
        faults.addAll(faults(robot, "de 1280x720@150", 1280, 720, 150));
        faults.addAll(faults(robot, "de 1024x768@200", 1024, 768, 200));
        WINDOW.chooseLanguage("en");
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }
}
