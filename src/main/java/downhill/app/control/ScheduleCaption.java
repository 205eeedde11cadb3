package downhill.app.control;

import downhill.app.i18n.Messages;
import downhill.engine.Numbers;
import downhill.engine.schedule.Schedule;

/**
 * The line above the schedule plot: where η starts and ends over the run's steps, and its peak when it rises first
 * (warm-up), e.g. "η 0 → 0.05 → 0.0005 over 500 steps".
 */
public final class ScheduleCaption {

    private ScheduleCaption() {
    }

    /** @param steps the run's step limit (at least 1 is shown) */
    public static String of(Schedule schedule, double baseRate, int steps) {
        int n = Math.max(1, steps);
        double first = schedule.rate(baseRate, 0);
        double last = schedule.rate(baseRate, n);
        double peak = first;
        for (int t = 0; t <= n; t++) {
            peak = Math.max(peak, schedule.rate(baseRate, t));
        }
        String from = Numbers.compact(first);
        String to = Numbers.compact(last);
        String top = Numbers.compact(peak);
        if (from.equals(to) && from.equals(top)) {
            return Messages.text("schedule.captionConstant", from, n);
        }
        if (!top.equals(from) && !top.equals(to)) {
            return Messages.text("schedule.captionPeak", from, top, to, n);
        }
        return Messages.text("schedule.caption", from, to, n);
    }
}
