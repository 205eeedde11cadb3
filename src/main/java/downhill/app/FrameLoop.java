package downhill.app;

import javafx.animation.AnimationTimer;

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

    public FrameLoop(Frame frame) {
        this.frame = frame;
    }

    @Override
    public void handle(long now) {
        double elapsed = last < 0 ? 0 : (now - last) / 1e9;
        last = now;
        frame.onFrame(Math.min(elapsed, 0.25));
    }

    @Override
    public void stop() {
        super.stop();
        last = -1;
    }
}
