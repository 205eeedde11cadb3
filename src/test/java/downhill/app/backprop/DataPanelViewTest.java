package downhill.app.backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.control.DataPlot;
import downhill.app.network.NetworkViewModel;
import downhill.engine.data.Dataset;
import downhill.testing.MainWindow;
import downhill.testing.Poll;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The network view's training-data panel in the real window: a click on a point chooses the stepper's sample; data
 * without a plane leaves the panel out.
 */
class DataPanelViewTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread();

    @Test
    void clickingATrainingPointChoosesThatSampleForTheNextPass(FxRobot robot, @TempDir Path dir) throws Exception {
        NetworkViewModel vm = WINDOW.context().network();
        DiagramViewModel diagram = vm.diagram();
        robot.interact(() ->
                ((TabPane) WINDOW.scene().lookup("#tabs")).getSelectionModel().select(1));
        robot.interact(() -> ((ToggleButton) robot.lookup("#diagramToggle").query()).fire());
        Poll.until(
                () -> diagram.resultProperty().get() != null,
                () -> robot.interact(() -> vm.onFrame(1)),
                "the untrained network's first pass");
        DataPlot panel = robot.lookup("#backprop-data").query();
        assertTrue(panel.isVisible() && panel.isManaged(), "planar data: the panel shows");
        Dataset train = diagram.shownData().train();
        assertEquals(2, train.featureCount());
        int chosen = loneliest(panel, train.sampleCount());
        assertTrue(chosen != diagram.sampleProperty().get(), "a sample other than the one shown");

        robot.clickOn(panel.canvas().localToScreen(panel.pixelOf(chosen)));
        assertEquals(chosen, diagram.sampleProperty().get(), "the clicked point is the stepper's sample");
        Poll.until(
                () -> diagram.shownRows().length == 1 && diagram.shownRows()[0] == chosen,
                () -> robot.interact(() -> vm.onFrame(1)),
                "the pass of the clicked sample");
        robot.interact(diagram::toStart);
        List<String> lines = robot.lookup(".backprop-line").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
        assertTrue(
                lines.contains("a⁰₁ = x₁ = " + Stages.n(train.feature(chosen, 0)))
                        && lines.contains("a⁰₂ = x₂ = " + Stages.n(train.feature(chosen, 1))),
                "the input stage shows the clicked sample's x₁ and x₂: " + lines);
        assertEquals(
                "Sample " + (chosen + 1) + " of " + train.sampleCount(),
                ((Label) robot.lookup("#sampleLabel").query()).getText());

        robot.interact(() -> diagram.batchProperty().set(true));
        Poll.until(
                () -> diagram.shownRows().length > 1,
                () -> robot.interact(() -> vm.onFrame(1)),
                "the pass of the clicked sample's mini-batch");
        assertTrue(Arrays.stream(diagram.shownRows()).anyMatch(r -> r == chosen), "the batch holds the sample");
        robot.interact(() -> diagram.batchProperty().set(false));

        // Three features: no plane. Only a trained copy is traced without one, so one short epoch.
        Path csv = dir.resolve("three.csv");
        StringBuilder rows = new StringBuilder("x1,x2,x3,label\n");
        for (int i = 0; i < 40; i++) {
            rows.append(i % 5)
                    .append(',')
                    .append(i % 7)
                    .append(',')
                    .append(i % 3)
                    .append(',')
                    .append(i % 2)
                    .append('\n');
        }
        Files.writeString(csv, rows);
        robot.interact(() -> vm.data().loadCsv(csv));
        Poll.until(
                () -> csv.equals(vm.data().csvProperty().get()),
                () -> robot.interact(() -> vm.onFrame(1)),
                "the three-feature data");
        robot.interact(() -> vm.trainingSettings().epochsProperty().set(1));
        robot.interact(vm.training()::train);
        Poll.until(
                () -> diagram.shownData().train().featureCount() == 3,
                () -> robot.interact(() -> vm.onFrame(1)),
                "a pass over data with three features");
        assertTrue(!panel.isVisible() && !panel.isManaged(), "no plane to draw the data on: the panel is left out");
    }

    /** The training sample drawn farthest from every other: a click on it cannot pick a neighbour. */
    private static int loneliest(DataPlot panel, int count) {
        int best = 0;
        double farthest = -1;
        for (int i = 0; i < count; i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < count; j++) {
                if (j != i) {
                    nearest = Math.min(nearest, panel.pixelOf(i).distance(panel.pixelOf(j)));
                }
            }
            if (nearest > farthest) {
                farthest = nearest;
                best = i;
            }
        }
        return best;
    }
}
