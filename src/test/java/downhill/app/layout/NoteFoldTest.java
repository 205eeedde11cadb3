package downhill.app.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.experiment.Presets;
import downhill.testing.MainWindow;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** A scenario's note on a projector: folded to its title on a short window, so the picture keeps its room. */
class NoteFoldTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread().size(1280, 720);

    private AppContext context;
    private Scene scene;

    @BeforeEach
    void start() {
        context = WINDOW.context();
        scene = WINDOW.scene();
    }

    @AfterEach
    void backTo100(FxRobot robot) {
        robot.interact(() -> context.presentation().scalePercentProperty().set(100));
    }

    @Test
    void onlyAShortWindowFoldsTheNote() {
        assertTrue(NoteFold.startsFolded(30), "1280×720 at 150 %");
        assertFalse(NoteFold.startsFolded(56), "1440×900 at 100 %");
        assertFalse(NoteFold.startsFolded(0), "no window yet: open");
    }

    @Test
    void atProjectorSizeTheNoteStartsFoldedAndOneClickShowsIt(FxRobot robot) {
        robot.interact(() -> context.presentation().scalePercentProperty().set(150));
        robot.interact(() -> context.experiment().openPreset(Presets.byName("momentum-rosenbrock")));
        Label note = robot.lookup(".experiment-banner .banner-text").queryAs(Label.class);
        ToggleButton fold = robot.lookup("#note-fold").queryAs(ToggleButton.class);
        assertFalse(note.isVisible(), "folded to its title");
        assertEquals("Show note", fold.getText());
        double[] folded = {0};
        robot.interact(() -> folded[0] = LayoutReport.of(scene).plot().getHeight());
        assertTrue(folded[0] >= 0.45 * 720, "the picture keeps its room under a folded note: " + folded[0]);
        robot.clickOn(fold);
        assertTrue(note.isVisible(), "one click shows the note");
        assertEquals("Hide note", fold.getText());
    }
}
