package downhill.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.landscape.Colormap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A canvas frame named part by part: what is left out, and which axis names win. */
class LandscapeFrameTest {

    private final Window window = new Window(-2, 2, -1, 3);

    @Test
    void leftOutPartsAreEmpty() {
        LandscapeCanvas.Frame frame = LandscapeCanvas.Frame.of(window).build();
        assertSame(window, frame.requested());
        assertNull(frame.content().image());
        assertNull(frame.content().objective());
        assertNull(frame.content().start());
        assertEquals(List.of(), frame.content().paths());
        assertEquals(0, frame.content().step());
        assertFalse(frame.content().legend());
        assertNull(frame.content().title());
        assertNull(frame.content().status());
        assertEquals(Colormap.VIRIDIS, frame.content().colormap());
        assertNull(frame.explained());
        assertEquals(List.of("x", "y"), frame.content().axes());
    }

    @Test
    void eachPartLandsInItsField() {
        Objective f = Functions.resolve("rosenbrock");
        Point start = new Point(-1.5, 2);
        LandscapeCanvas.Frame frame = LandscapeCanvas.Frame.of(window)
                .objective(f)
                .start(start)
                .paths(List.of(), 7)
                .legend(true)
                .title("Adam", "step 7")
                .colormap(Colormap.values()[1])
                .build();
        assertSame(f, frame.content().objective());
        assertSame(start, frame.content().start());
        assertEquals(7, frame.content().step());
        assertEquals("Adam", frame.content().title());
        assertEquals("step 7", frame.content().status());
        assertEquals(Colormap.values()[1], frame.content().colormap());
        assertEquals(f.axisNames(), frame.content().axes(), "the function names its axes");
        assertEquals(
                List.of("α", "β"),
                LandscapeCanvas.Frame.of(window)
                        .objective(f)
                        .axes(List.of("α", "β"))
                        .build()
                        .content()
                        .axes(),
                "named axes win over the function's");
    }
}
