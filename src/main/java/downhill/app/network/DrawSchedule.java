package downhill.app.network;

import java.util.List;

/**
 * When the network tab draws, frame by frame. The charts follow every change; the scatter plots of a thousand points
 * and the table cost far more to paint, so they follow a few times a second, and at once when a copy is added, ends
 * or is cleared. A hidden tab draws nothing (its charts would cost the FX thread 30 times a second) and catches up in
 * full when it shows again.
 */
final class DrawSchedule {

    /** What to draw at a frame. */
    enum Draw {
        NOTHING,
        /** The curves and the gradient flow. */
        CHARTS,
        /** The charts, the panels and the table. */
        EVERYTHING
    }

    /** How often the slow parts follow at most. */
    static final double SLOW_PARTS_SECONDS = 0.25;

    private double sinceSlowParts;
    private boolean missedFrames;
    private boolean slowPending;
    private List<String> drawnStates = List.of();

    /**
     * @param elapsedSeconds since the last frame
     * @param onScreen whether the tab shows
     * @param changed whether the view-model took anything new at this frame
     */
    Draw next(double elapsedSeconds, boolean onScreen, boolean changed, List<RunProgress> results) {
        sinceSlowParts += elapsedSeconds;
        if (!onScreen) {
            missedFrames |= changed;
            return Draw.NOTHING;
        }
        // A change the slow parts have not drawn yet (e.g. the untrained boundaries arriving between two of their
        // turns) is drawn at their next turn, even when no later frame changes anything.
        slowPending |= changed;
        if (!(changed || missedFrames || slowPending && sinceSlowParts >= SLOW_PARTS_SECONDS)) {
            return Draw.NOTHING;
        }
        boolean catchUp = missedFrames;
        missedFrames = false;
        List<String> states = states(results);
        if (catchUp || sinceSlowParts >= SLOW_PARTS_SECONDS || !states.equals(drawnStates)) {
            sinceSlowParts = 0;
            drawnStates = states;
            slowPending = false;
            return Draw.EVERYTHING;
        }
        return Draw.CHARTS;
    }

    /** Per copy, its name and, once it has ended, how: a copy added, ending or cleared changes this. */
    private static List<String> states(List<RunProgress> results) {
        return results.stream()
                .map(r -> r.name() + (r.state().isFinal() ? r.state() : ""))
                .toList();
    }
}
