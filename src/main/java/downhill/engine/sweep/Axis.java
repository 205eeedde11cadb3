package downhill.engine.sweep;

import downhill.engine.Numbers;

/**
 * One axis of a hyperparameter map: {@code count} values of hyperparameter {@code key} from {@code from} to
 * {@code to}, evenly spaced or, with {@code log}, evenly spaced in log₁₀ (a learning rate from 1e-5 to 1).
 * Written on the command line as {@code key:from:to:lin|log:count}, e.g. {@code lr:1e-5:1:log:61}.
 */
public record Axis(String key, double from, double to, boolean log, int count) {

    /** More values than this along one axis would make a map nobody can read on a screen. */
    public static final int MOST_VALUES = 1001;

    public Axis {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an axis needs a hyperparameter name");
        }
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException(key + ": the range must be finite numbers, got " + from + " to " + to);
        }
        if (count < 1 || count > MOST_VALUES) {
            throw new IllegalArgumentException(
                    key + ": the number of values must be 1 to " + MOST_VALUES + ", got " + count);
        }
        if (count > 1 && from == to) {
            throw new IllegalArgumentException(key + ": " + count + " values need a range, got " + from + " to " + to);
        }
        if (log && !(from > 0 && to > 0)) {
            throw new IllegalArgumentException(key + ": a log axis needs values > 0, got " + from + " to " + to);
        }
    }

    /** Parses {@code key:from:to:lin|log:count}; the message says which part is wrong. */
    public static Axis parse(String spec) {
        String[] parts = spec.strip().split(":", -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException(
                    "an axis is NAME:FROM:TO:lin|log:COUNT, e.g. lr:1e-5:1:log:61; got '" + spec + "'");
        }
        String scale = parts[3].strip();
        if (!scale.equals("lin") && !scale.equals("log")) {
            throw new IllegalArgumentException(
                    "axis '" + spec + "': the scale must be lin or log, got '" + scale + "'");
        }
        int count;
        try {
            count = (int) Numbers.parseWhole(parts[4], 1, MOST_VALUES);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("axis '" + spec + "': COUNT " + e.getMessage(), e);
        }
        return new Axis(
                parts[0].strip(),
                number(spec, "FROM", parts[1]),
                number(spec, "TO", parts[2]),
                scale.equals("log"),
                count);
    }

    private static double number(String spec, String what, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "axis '" + spec + "': " + what + " must be a number, got '" + text.strip() + "'", e);
        }
    }

    /** Value {@code i}, 0 … count − 1; the ends are exactly {@code from} and {@code to}. */
    public double value(int i) {
        if (count == 1 || i == 0) {
            return from;
        }
        if (i == count - 1) {
            return to;
        }
        double t = i / (count - 1.0);
        return log ? Math.pow(10, Math.log10(from) + t * (Math.log10(to) - Math.log10(from))) : from + t * (to - from);
    }

    /** The axis as written on the command line. */
    public String spec() {
        return key + ":" + Numbers.format(from) + ":" + Numbers.format(to) + ":" + (log ? "log" : "lin") + ":" + count;
    }
}
