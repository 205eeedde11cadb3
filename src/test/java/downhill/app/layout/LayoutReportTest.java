package downhill.app.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.control.CanvasText;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The detector on a tiny scene whose faults are known. */
@ExtendWith(ApplicationExtension.class)
class LayoutReportTest {

    private Pane pane;
    private Scene scene;

    @Start
    void start(Stage stage) {
        pane = new Pane();
        scene = new Scene(pane, 400, 200);
        stage.setScene(scene);
        // The test stage is shared: a window sized by an earlier test keeps its size unless told.
        stage.setWidth(400);
        stage.setHeight(200);
        stage.show();
    }

    private LayoutReport report(FxRobot robot) {
        LayoutReport[] out = new LayoutReport[1];
        robot.interact(() -> {
            pane.applyCss();
            pane.layout();
            out[0] = LayoutReport.of(scene);
        });
        return out[0];
    }

    private static Label label(String id, String text, double width, double x, double y) {
        Label label = new Label(text);
        label.setId(id);
        label.setFont(Font.font(14));
        label.resizeRelocate(x, y, width, 24);
        label.setMinWidth(width);
        label.setMaxWidth(width);
        label.setPrefWidth(width);
        label.relocate(x, y);
        return label;
    }

    @Test
    void anElidedLabelIsReportedAndAFittingOneIsNot(FxRobot robot) {
        robot.interact(() -> pane.getChildren()
                .setAll(
                        label("cut", "A heading far too long for forty pixels", 40, 0, 0),
                        label("fits", "Fits", 120, 0, 60)));
        LayoutReport report = report(robot);
        assertEquals(List.of("cut"), report.elided());
        assertEquals(List.of("elided: cut", "layout: plot=0x0 window=400x200 elided=1 overlaps=0"), report.lines());
    }

    @Test
    void aWrappedLabelWithRoomIsWholeAndOneTooShortForItsLinesIsCut(FxRobot robot) {
        String title = "The lecture's make_moons: Adam against SGD with momentum";
        robot.interact(() -> {
            // As a scenario's banner lays its title out: a growing column beside a button, in a row.
            Label whole = new Label(title);
            whole.setId("whole");
            whole.setFont(Font.font("System", FontWeight.BOLD, 28));
            whole.setWrapText(true);
            whole.setMinHeight(Region.USE_PREF_SIZE);
            VBox words = new VBox(2, whole);
            words.setMinWidth(0);
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox row = new HBox(12, words, new Button("Dismiss"));
            row.resizeRelocate(0, 0, 333.3, 150);
            Label shortOne = label("short", title, 150, 0, 160);
            shortOne.setWrapText(true);
            shortOne.setMaxHeight(24);
            pane.getChildren().setAll(row, shortOne);
        });
        LayoutReport report = report(robot);
        assertEquals(List.of("short"), report.elided(), "wrapped onto lines that fit: whole; one line for four: cut");
    }

    @Test
    void twoOverlappingTextsAreReportedAndSeparateOnesAreNot(FxRobot robot) {
        robot.interact(() -> {
            Text a = new Text(10, 30, "first");
            Text b = new Text(20, 34, "second");
            Text c = new Text(10, 150, "apart");
            pane.getChildren().setAll(a, b, c);
        });
        LayoutReport report = report(robot);
        assertEquals(List.of("\"first\" / \"second\""), report.overlaps());
        assertTrue(report.elided().isEmpty());
    }

    @Test
    void aCanvasReportsItsOwnTextAndThinsCrowdedTicks(FxRobot robot) {
        robot.interact(() -> {
            CanvasText text = new CanvasText();
            Canvas canvas = new Canvas(200, 100);
            var g = canvas.getGraphicsContext2D();
            g.setFont(Font.font(14));
            text.fill(g, "title", 10, 20);
            text.fill(g, "over", 14, 22);
            assertTrue(text.fillIfFree(g, "1e1", 10, 60));
            assertTrue(!text.fillIfFree(g, "1e0", 12, 64), "a tick touching one drawn is left out");
            assertEquals(3, text.boxes().size());
        });
    }
}
