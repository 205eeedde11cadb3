package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import downhill.testing.MainWindow;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The network tab is built when it first shows, not at start (docs/performance.md, "Start-up"), and once: by
 * choosing the tab, or by anything that asks for its controller.
 */
class LazyNetworkTabTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread().eachTest();

    private Tab networkTab() {
        return ((TabPane) WINDOW.scene().lookup("#tabs")).getTabs().get(1);
    }

    @Test
    void choosingTheTabBuildsItOnce(FxRobot robot) {
        robot.interact(() -> {
            assertNull(networkTab().getContent(), "not built at start");
            ((TabPane) WINDOW.scene().lookup("#tabs")).getSelectionModel().select(1);
            assertNotNull(networkTab().getContent());
            NetworkController controller = WINDOW.context().networkController();
            ((TabPane) WINDOW.scene().lookup("#tabs")).getSelectionModel().select(0);
            ((TabPane) WINDOW.scene().lookup("#tabs")).getSelectionModel().select(1);
            assertSame(controller, WINDOW.context().networkController(), "built once");
        });
    }

    @Test
    void askingForItsControllerBuildsItUnseen(FxRobot robot) {
        robot.interact(() -> {
            assertNotNull(WINDOW.context().networkController());
            assertNotNull(networkTab().getContent());
            assertSame(
                    0,
                    ((TabPane) WINDOW.scene().lookup("#tabs"))
                            .getSelectionModel()
                            .getSelectedIndex());
        });
    }
}
