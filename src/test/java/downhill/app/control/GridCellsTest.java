package downhill.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Both tabs' small multiples take the columns that make each picture largest in the space there is. */
class GridCellsTest {

    @Test
    void cellsTakeTheColumnsThatMakeThemLargest() {
        assertEquals(4, GridCells.columns(4, 800, 200), "a wide strip: one row");
        assertEquals(2, GridCells.columns(4, 500, 500), "a square: two by two");
        assertEquals(1, GridCells.columns(3, 200, 900), "a tall column: one above the other");
        assertEquals(2, GridCells.columns(4, 1140, 630), "two by two rather than three and one alone");
        assertEquals(4, GridCells.columns(4, 1180, 420), "a projector's wide plot area: one row of four");
    }

    @Test
    void beforeLayoutOneRowOfFourAtMost() {
        assertEquals(1, GridCells.columns(0, 0, 0));
        assertEquals(3, GridCells.columns(3, 0, 0));
        assertEquals(4, GridCells.columns(9, 0, 0));
    }
}
