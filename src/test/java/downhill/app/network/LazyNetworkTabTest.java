package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import downhill.testing.MainWindow;
import downhill.testing.Poll;
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

    /** Its tab's selection, not a walk over the parents, says whether the tab draws (#17 §4). */
    @Test
    void itDrawsOnlyWhileItsTabIsSelected(FxRobot robot) {
        TabPane tabs = (TabPane) WINDOW.scene().lookup("#tabs");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        NetworkViewModel vm = WINDOW.context().networkController().viewModel();
        Poll.until(() -> vm.shownProperty().get(), robot::interrupt, "the selected network tab says it shows");
        robot.interact(() -> tabs.getSelectionModel().select(0));
        Poll.until(() -> !vm.shownProperty().get(), robot::interrupt, "the unselected network tab says it is hidden");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        Poll.until(() -> vm.shownProperty().get(), robot::interrupt, "shown again when chosen again");
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
