package downhill.app.control;

import downhill.app.i18n.Messages;
import downhill.engine.Numbers;
import downhill.engine.schedule.Schedule;

/**
 * The line above the schedule plot: where η starts and ends over the run's steps, and its peak when it rises first
 * (warm-up), e.g. "η 0 → 0.05 → 0.0005 over 500 steps".
 */
public final class ScheduleCaption {

    private ScheduleCaption() {}

    /** @param steps the run's step limit (at least 1 is shown) */
    public static String of(Schedule schedule, double baseRate, int steps) {
        return of(schedule, baseRate, steps, false);
    }

    /**
     * @param steps  the run's length in what the schedule counts (at least 1 is shown)
     * @param epochs the schedule counts epochs (a network's training), not steps: the caption says so
     */
    public static String of(Schedule schedule, double baseRate, int steps, boolean epochs) {
        String unit = epochs ? ".epochs" : "";
        int n = Math.max(1, steps);
        double first = schedule.rate(baseRate, 0);
        // n steps (or epochs) use the rates at t = 0 … n − 1: the last one a run uses ends the caption.
        double last = schedule.rate(baseRate, n - 1);
        double peak = first;
        for (int t = 0; t < n; t++) {
            peak = Math.max(peak, schedule.rate(baseRate, t));
        }
        String from = Numbers.compact(first);
        String to = Numbers.compact(last);
        String top = Numbers.compact(peak);
        if (from.equals(to) && from.equals(top)) {
            return Messages.text("schedule.captionConstant" + unit, from, n);
        }
        if (!top.equals(from) && !top.equals(to)) {
            return Messages.text("schedule.captionPeak" + unit, from, top, to, n);
        }
        return Messages.text("schedule.caption" + unit, from, to, n);
    }
}
