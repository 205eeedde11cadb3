package downhill.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import downhill.testing.Poll;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one style every view follows: it calls the views alive and keeps none of them alive itself. */
class ChartStyleTest {

    @AfterEach
    void backToLight() {
        ChartStyle.currentProperty().set(ChartStyle.LIGHT);
    }

    @Test
    void aViewFollowsTheStyleWhileItLives() {
        Region view = new Region();
        AtomicInteger calls = new AtomicInteger();
        ChartStyle.onChange(view, calls::incrementAndGet);
        ChartStyle.currentProperty().set(ChartStyle.DARK);
        ChartStyle.currentProperty().set(ChartStyle.DARK.withScale(1.5));
        System.gc();
        ChartStyle.currentProperty().set(ChartStyle.LIGHT);
        assertEquals(3, calls.get(), "one call per change, a collection in between or not");
    }

    /** A window reloaded in another language, or closed, is not kept by the style it followed (a leak once). */
    @Test
    void aViewNobodyHoldsIsCollectedAndNoLongerCalled() {
        AtomicInteger calls = new AtomicInteger();
        WeakReference<Region> followed = followingView(calls);
        WeakReference<Region> folding = foldingView();
        Poll.until(
                () -> followed.get() == null && folding.get() == null, System::gc, "views nobody holds are collected");
        ChartStyle.currentProperty().set(ChartStyle.HIGH_CONTRAST);
        assertEquals(0, calls.get(), "a collected view is not called");
    }

    private static WeakReference<Region> followingView(AtomicInteger calls) {
        Region view = new Region();
        ChartStyle.onChange(view, calls::incrementAndGet);
        return new WeakReference<>(view);
    }

    private static WeakReference<Region> foldingView() {
        Region view = new Region();
        AutoFold.byOwnWidth(view, new SimpleBooleanProperty(true), 600);
        return new WeakReference<>(view);
    }
}
