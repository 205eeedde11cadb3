package downhill.app.control;

import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The clock that plays paths step by step, shared by the landscape tab's race and the network tab's loss landscape.
 * It owns the step shown, whether it plays, whether it loops and its speed; its owner says where the paths end.
 * {@link #advance(double)}, called once per frame, turns the seconds since the last frame into whole steps and keeps
 * the fraction for the next frame, so a speed below the frame rate still plays evenly. Runs on the FX thread.
 */
public final class PlaybackClock {

    /** The slowest and fastest speeds, in steps per second; a speed outside is played at the nearest. */
    public static final double MIN_SPEED = 1;

    public static final double MAX_SPEED = 500;

    private final IntSupplier lastStep;
    private final IntegerProperty step;
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    /** Whether playing starts again from step 0 at the end, for a projector left running. */
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop");

    private final DoubleProperty speed;
    /** Steps earned by the elapsed time but not yet taken: always below one after a frame. */
    private double debt;

    /**
     * @param firstStep the step shown before anything plays
     * @param speed     steps per second to begin with
     * @param lastStep  the step at which playing stops (or loops); asked each frame, as it may change
     */
    public PlaybackClock(int firstStep, double speed, IntSupplier lastStep) {
        this.step = new SimpleIntegerProperty(this, "step", firstStep);
        this.speed = new SimpleDoubleProperty(this, "speed", speed);
        this.lastStep = lastStep;
    }

    /** The step shown. */
    public IntegerProperty stepProperty() {
        return step;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public BooleanProperty loopProperty() {
        return loop;
    }

    /** Steps per second, played within {@value #MIN_SPEED} to {@value #MAX_SPEED}. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Plays from where it is, or pauses; at the end, playing starts over from step 0. */
    public void togglePlay() {
        if (!playing.get() && step.get() >= lastStep.getAsInt()) {
            step.set(0);
        }
        debt = 0;
        playing.set(!playing.get());
    }

    /** One step on, paused. */
    public void stepForward() {
        playing.set(false);
        step.set(Math.min(lastStep.getAsInt(), step.get() + 1));
    }

    /** One step back, paused. */
    public void stepBack() {
        playing.set(false);
        step.set(Math.max(0, step.get() - 1));
    }

    /** To step 0, paused. */
    public void rewind() {
        playing.set(false);
        step.set(0);
    }

    /** To the last step, paused. */
    public void toEnd() {
        playing.set(false);
        step.set(lastStep.getAsInt());
    }

    /**
     * Advances by {@code elapsedSeconds} at the speed while playing: stops at the last step, or after showing it for
     * one frame starts over when looping. Returns whether the step changed.
     */
    public boolean advance(double elapsedSeconds) {
        if (!playing.get()) {
            debt = 0;
            return false;
        }
        debt += elapsedSeconds * Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed.get()));
        int whole = (int) debt;
        debt -= whole;
        if (whole <= 0) {
            return false;
        }
        int last = lastStep.getAsInt();
        int next = Math.min(last, step.get() + whole);
        if (loop.get() && step.get() >= last) {
            next = 0; // the last step stayed on screen for one frame; now start over
        }
        step.set(next);
        if (next >= last && !loop.get()) {
            playing.set(false);
        }
        return true;
    }
}
