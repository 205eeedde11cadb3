package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.DrawnPoints;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drawing by hand, without a window: presses, drags, erasing, Clear and Undo in plane coordinates. */
class DrawingViewModelTest {

    private final DrawingViewModel drawing = new DrawingViewModel();

    private List<DrawnPoints.Point> points() {
        return drawing.pointsProperty().get().points();
    }

    private void click(double x, double y) {
        drawing.press(x, y, false, 0.1);
        drawing.release();
    }

    @Test
    void aClickAddsAPointOfTheChosenClass() {
        click(1, 2);
        drawing.chosenClassProperty().set(1);
        click(-1, -0.5);
        assertEquals(List.of(new DrawnPoints.Point(1, 2, 0), new DrawnPoints.Point(-1, -0.5, 1)), points());
        assertEquals("2 points (0: 1, 1: 1)", drawing.summaryProperty().get());
    }

    @Test
    void aClickOutsideThePlaneAddsNothing() {
        click(3.5, 0);
        assertTrue(points().isEmpty());
        assertFalse(drawing.canUndoProperty().get());
    }

    @Test
    void aDragPaintsPointsSpacedApartNotOneForEveryMouseEvent() {
        drawing.press(-2, 0, false, 0.1);
        // 400 mouse events 0.005 apart over 2 plane units: a point at the first event SPACING (0.15) or more from
        // the last, so the press and 12 or 13 more, not 400.
        for (int i = 1; i <= 400; i++) {
            drawing.drag(-2 + 2.0 * i / 400, 0);
        }
        drawing.release();
        int painted = points().size();
        assertTrue(
                painted >= 1 + (int) (2 / (DrawingViewModel.SPACING + 0.005))
                        && painted <= 1 + (int) (2 / DrawingViewModel.SPACING),
                painted + " points");
        for (int i = 1; i < points().size(); i++) {
            assertTrue(points().get(i).x() - points().get(i - 1).x() >= DrawingViewModel.SPACING);
        }
        // Back and forth on one spot adds nothing more.
        drawing.press(1, 1, false, 0.1);
        for (int i = 0; i < 300; i++) {
            drawing.drag(1 + (i % 2) * 0.01, 1);
        }
        drawing.release();
        assertEquals(painted + 1, points().size());
        drawing.undo();
        assertEquals(painted, points().size());
        drawing.undo();
        assertEquals(0, points().size(), "one undo takes back a whole stroke");
    }

    @Test
    void eraseTakesTheNearestPointWithinReachOnly() {
        click(0, 0);
        click(1, 0);
        click(1.05, 0);
        drawing.press(2, 0, true, 0.2);
        drawing.release();
        assertEquals(3, points().size(), "nothing within reach: nothing erased");
        drawing.press(1.04, 0, true, 0.2);
        drawing.release();
        assertEquals(
                List.of(new DrawnPoints.Point(0, 0, 0), new DrawnPoints.Point(1, 0, 0)),
                points(),
                "the nearest of two within reach");
    }

    @Test
    void clearIsUndoneAndUndoStepsBackEditByEdit() {
        click(0, 0);
        click(1, 1);
        drawing.clear();
        assertTrue(points().isEmpty());
        assertTrue(drawing.canUndoProperty().get());
        drawing.undo();
        assertEquals(2, points().size(), "Clear loses nothing");
        drawing.undo();
        drawing.undo();
        assertTrue(points().isEmpty());
        assertFalse(drawing.canUndoProperty().get());
    }

    @Test
    void theClassCountStaysAboveTheClassesDrawnAndTheChosenClassBelowIt() {
        drawing.classesProperty().set(4);
        drawing.chosenClassProperty().set(3);
        click(0, 0);
        drawing.classesProperty().set(2);
        assertEquals(4, drawing.classesProperty().get(), "class 3 is drawn");
        drawing.undo();
        drawing.classesProperty().set(2);
        assertEquals(2, drawing.classesProperty().get());
        assertEquals(1, drawing.chosenClassProperty().get());
        drawing.classesProperty().set(9);
        assertEquals(DrawnPoints.MAX_CLASSES, drawing.classesProperty().get());
    }

    @Test
    void tooFewPointsOrOneClassSayWhy() {
        DrawnPoints three = new DrawnPoints(
                2,
                List.of(
                        new DrawnPoints.Point(0, 0, 0),
                        new DrawnPoints.Point(1, 0, 1),
                        new DrawnPoints.Point(2, 0, 1)));
        assertEquals(
                "To train, draw at least 4 points of two classes or more (now 3 points, 2 classes).",
                DrawingViewModel.problem(three));
        DrawnPoints oneClass = new DrawnPoints(
                2,
                List.of(
                        new DrawnPoints.Point(0, 0, 1),
                        new DrawnPoints.Point(1, 0, 1),
                        new DrawnPoints.Point(2, 0, 1),
                        new DrawnPoints.Point(0, 1, 1)));
        assertEquals(
                "To train, draw at least 4 points of two classes or more (now 4 points, one class).",
                DrawingViewModel.problem(oneClass));
        assertEquals(null, DrawingViewModel.problem(oneClass.with(new DrawnPoints.Point(1, 1, 0))));
    }
}
