package downhill.app.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Window;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/** The data plot's square without a window: the plane to pixels and back, picking, and when there is no room. */
class PlaneSquareTest {

    /** The plane −3 … 3 in a 300 × 340 plot under a 30-pixel title: a 292-pixel square (4 pixels spare each side). */
    private static final Window PLANE = new Window(-3, 3, -3, 3);

    private final PlaneSquare square = PlaneSquare.below(30, 300, 340, PLANE);

    @Test
    void theSquareIsTheLargestThatFitsBelowTheTitleCentred() {
        assertEquals(292, square.side(), "the width decides");
        assertEquals(4, square.left());
        assertEquals(30, square.top());
        PlaneSquare wide = PlaneSquare.below(30, 600, 230, PLANE);
        assertEquals(196, wide.side(), "the height decides");
        assertEquals(202, wide.left());
        assertTrue(square.shown());
    }

    @Test
    void noRoomOrNoPlaneIsNothingDrawn() {
        PlaneSquare tiny = PlaneSquare.below(30, 300, 50, PLANE);
        assertEquals(0, tiny.side(), "16 pixels is no room");
        assertFalse(tiny.shown());
        assertNull(tiny.planeAt(150, 40));
        PlaneSquare noPlane = PlaneSquare.below(30, 300, 340, null);
        assertFalse(noPlane.shown(), "more than two features: no plane");
        assertNull(noPlane.planeAt(150, 150));
    }

    @Test
    void aPointsPixelLeadsBackToThePointYUp() {
        assertEquals(new Point2D(4, 30), square.pixel(-3, 3), "the top left corner");
        assertEquals(new Point2D(296, 322), square.pixel(3, -3), "the bottom right one");
        assertEquals(new Point2D(150, 176), square.pixel(0, 0));
        Point2D p = square.pixel(1.25, -0.5);
        assertArrayEquals(new double[] {1.25, -0.5}, square.planeAt(p.getX(), p.getY()), 1e-12);
        assertNull(square.planeAt(3, 100), "left of the square");
        assertNull(square.planeAt(150, 323), "below it");
    }

    @Test
    void aClickPicksTheNearestPointWithinReach() {
        double[] xy = {0, 0, 1, 1, -2, 2};
        Point2D nearOne = square.pixel(1, 1).add(3, 4);
        assertEquals(1, square.nearest(xy, 3, nearOne, 8));
        assertEquals(-1, square.nearest(xy, 3, nearOne, 4), "5 pixels away is beyond a reach of 4");
        assertEquals(-1, square.nearest(xy, 1, nearOne, 8), "only the first point counted");
        assertEquals(
                1,
                new PlaneSquare(0, 0, 0, PLANE).nearest(new double[] {0, 0, 0, 0}, 2, Point2D.ZERO, 1),
                "of two on the same pixel, the later");
    }

    @Test
    void pointsShrinkWithTheSquareBetweenTwoAndFourPixels() {
        assertEquals(292 / 110.0, square.pointRadius(110), 1e-12);
        assertEquals(4, square.pointRadius(70));
        assertEquals(2, PlaneSquare.below(30, 100, 140, PLANE).pointRadius(110));
    }
}
