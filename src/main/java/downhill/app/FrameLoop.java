package downhill.app;

import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Calls a view once per JavaFX pulse with the seconds since the last one. Views take the newest background results
 * and draw here, so the FX thread never waits for the engine.
 */
public final class FrameLoop extends AnimationTimer {

    /** One frame's work; returns nothing, draws what changed. */
    @FunctionalInterface
    public interface Frame {
        void onFrame(double elapsedSeconds);
    }

    private final Frame frame;
    private long last = -1;
    private boolean running;

    public FrameLoop(Frame frame) {
        this.frame = frame;
    }

    /**
     * A loop that runs {@code frame} every pulse while {@code node} is in a window that shows: from when it shows
     * until the window closes or a reload takes the node out of it. The pulse's timer is one for the whole program,
     * so a loop left running would keep its window alive, and drawing, after the window had gone.
     */
    public static FrameLoop whileShown(Node node, Frame frame) {
        FrameLoop loop = new FrameLoop(frame);
        ObservableValue<Boolean> shown = node.sceneProperty()
                .flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty)
                .orElse(false);
        shown.addListener((obs, was, now) -> {
            if (now) {
                loop.start();
            } else {
                loop.stop();
            }
        });
        if (shown.getValue()) {
            loop.start();
        }
        return loop;
    }

    @Override
    public void handle(long now) {
        double elapsed = last < 0 ? 0 : (now - last) / 1e9;
        last = now;
        frame.onFrame(Math.min(elapsed, 0.25));
    }

    @Override
    public void start() {
        super.start();
        running = true;
    }

    @Override
    public void stop() {
        super.stop();
        last = -1;
        running = false;
    }

    /** Whether the loop is registered with the pulse now. */
    public boolean running() {
        return running;
    }
}
