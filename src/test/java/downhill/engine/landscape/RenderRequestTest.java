package downhill.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import downhill.engine.function.Window;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RenderRequestTest {

    private static final Surface FLAT = (xs, y, out) -> Arrays.fill(out, 0);
    private static final Window WINDOW = new Window(0, 1, 0, 1);

    @Test
    void defaultsAreTheViews() {
        RenderRequest request = RenderRequest.of(FLAT, WINDOW, 1000, 800);
        assertEquals(Colormap.VIRIDIS, request.colormap());
        assertEquals(ColorScaling.LINEAR, request.scaling());
        assertEquals(20, request.contourLevels());
        assertEquals(0x73, request.contourArgb() >>> 24, "about 45 % opaque");
    }

    @Test
    void badSizesAndLevelsAreNamedWithTheirValues() {
        assertMessage("width must be an integer in [1, 16384], got 0", () -> RenderRequest.of(FLAT, WINDOW, 0, 10));
        assertMessage("height must be an integer in [1, 16384], got -4", () -> RenderRequest.of(FLAT, WINDOW, 5, -4));
        assertMessage(
                "contourLevels must be an integer in [0, 1000], got -1",
                () -> RenderRequest.of(FLAT, WINDOW, 5, 5).withContourLevels(-1));
        assertMessage(
                "width × height must be at most 67108864 pixels, got 16384 × 16384 = 268435456",
                () -> RenderRequest.of(FLAT, WINDOW, 16384, 16384));
        assertThrows(NullPointerException.class, () -> RenderRequest.of(null, WINDOW, 5, 5));
    }

    private static void assertMessage(String expected, Runnable making) {
        assertEquals(
                expected,
                assertThrows(IllegalArgumentException.class, making::run).getMessage());
    }
}
