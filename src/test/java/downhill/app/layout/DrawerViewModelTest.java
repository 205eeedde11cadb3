package downhill.app.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DrawerViewModelTest {

    @Test
    void aNarrowWindowClosesTheDrawerAndAWideOneOpensItAgain() {
        DrawerViewModel drawer = new DrawerViewModel();
        drawer.fitTo(1920 / 14.0);
        assertTrue(drawer.isOpen());
        drawer.fitTo(1280 / 21.0); // 1280 px at 150 %
        assertFalse(drawer.isOpen());
        drawer.fitTo(1920 / 14.0);
        assertTrue(drawer.isOpen(), "it closed by itself, so it opens by itself");
    }

    @Test
    void theUsersChoiceWins() {
        DrawerViewModel drawer = new DrawerViewModel();
        drawer.fitTo(1280 / 21.0);
        drawer.toggle();
        assertTrue(drawer.isOpen(), "reopened in a narrow window");
        drawer.fitTo(1280 / 20.0);
        assertTrue(drawer.isOpen(), "still narrow: it stays as the user left it");
        drawer.toggle();
        drawer.fitTo(1920 / 14.0);
        assertFalse(drawer.isOpen(), "closed by the user: a wide window leaves it closed");
        drawer.fitTo(0);
        assertFalse(drawer.isOpen(), "no width yet says nothing");
    }

    @Test
    void theChartBesideThePictureKeepsAReadableShareAtEveryScale() {
        assertEquals(0.73, SplitDivider.position(1280, 14), 1e-9);
        // 1280 px at 150 %: 27 % of the width, more than 9 em.
        assertEquals(0.73, SplitDivider.position(1280, 21), 1e-9);
        // 1920 px at 100 %: at most 28 em.
        assertEquals(1 - 28 * 14 / 1920.0, SplitDivider.position(1920, 14), 1e-9);
        // 800 px at 200 %: at least 9 em.
        assertEquals(1 - 9 * 28 / 800.0, SplitDivider.position(800, 28), 1e-9);
        assertEquals(0.5, SplitDivider.position(400, 28), 1e-9, "never more than half");
    }
}
