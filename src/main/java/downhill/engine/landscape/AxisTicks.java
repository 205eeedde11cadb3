package downhill.engine.landscape;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * "Nice" tick values for an axis: multiples of a step of 1, 2 or 5 × 10^k, between min and max inclusive, with
 * labels that show the step's decimals and no binary noise (0.3, never 0.30000000000000004).
 *
 * @param values the ticks, ascending; each the double nearest its decimal value
 * @param step   the distance between ticks
 */
public record AxisTicks(double[] values, double step) {

    /** Slack for ratios that land a hair off an integer in binary: 0.3 / 0.1 is 2.9999999999999996. */
    private static final double SLACK = 1e-9;

    /** Beyond these magnitudes labels switch to scientific notation (1e-5, 2.5e6). */
    private static final double PLAIN_LARGEST = 1e6;

    private static final int PLAIN_MOST_DECIMALS = 4;

    /**
     * At most {@code targetCount} ticks from min to max, as many as a nice step allows.
     * A single tick when min equals max.
     */
    public static AxisTicks nice(double min, double max, int targetCount) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("an axis needs finite min ≤ max, got [" + min + ", " + max + "]");
        }
        if (targetCount < 2) {
            throw new IllegalArgumentException("targetCount must be at least 2, got " + targetCount);
        }
        if (min == max) {
            return new AxisTicks(new double[] {min}, min == 0 ? 1 : power(exponentOf(Math.abs(min))));
        }
        // The smallest step of 1, 2 or 5 × 10^k that gives at most targetCount ticks, from a step that gives more.
        int exponent = exponentOf((max - min) / targetCount) - 1;
        int mantissa = 1;
        while (count(min, max, mantissa, exponent) > targetCount) {
            mantissa = mantissa == 1 ? 2 : mantissa == 2 ? 5 : 1;
            exponent += mantissa == 1 ? 1 : 0;
        }
        double step = multiple(1, mantissa, exponent);
        long first = first(min, step);
        long last = last(max, step);
        double[] values = new double[(int) (last - first + 1)];
        for (int i = 0; i < values.length; i++) {
            values[i] = multiple(first + i, mantissa, exponent);
        }
        return new AxisTicks(values, step);
    }

    private static long count(double min, double max, int mantissa, int exponent) {
        double step = multiple(1, mantissa, exponent);
        return last(max, step) - first(min, step) + 1;
    }

    private static long first(double min, double step) {
        return (long) Math.ceil(min / step - SLACK);
    }

    private static long last(double max, double step) {
        return (long) Math.floor(max / step + SLACK);
    }

    /** The labels, in the order of {@link #values()}. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>(values.length);
        for (double value : values) {
            labels.add(format(value, step));
        }
        return labels;
    }

    /**
     * {@code value} as a tick label on an axis with this {@code step}: as many decimals as the step has
     * ({@code 0.3}, {@code 2}, {@code -1.25}), scientific beyond 10⁶ or below 10⁻⁴ ({@code 1e-5},
     * {@code 2.5e6}); zero is {@code 0}, never {@code -0}.
     */
    public static String format(double value, double step) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "∞" : "-∞";
        }
        int stepExponent = exponentOf(Math.abs(step) > 0 ? Math.abs(step) : 1);
        BigDecimal exact = new BigDecimal(value);
        if (Math.abs(value) < PLAIN_LARGEST && stepExponent >= -PLAIN_MOST_DECIMALS) {
            BigDecimal rounded = exact.setScale(Math.max(0, -stepExponent), RoundingMode.HALF_EVEN);
            return rounded.signum() == 0 ? "0" : rounded.toPlainString();
        }
        if (value == 0) {
            return "0";
        }
        int digits = Math.max(1, exponentOf(Math.abs(value)) - stepExponent + 1);
        BigDecimal rounded =
                exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String significant = rounded.unscaledValue().abs().toString();
        int exponent = rounded.precision() - rounded.scale() - 1;
        String mantissa =
                significant.length() == 1 ? significant : significant.charAt(0) + "." + significant.substring(1);
        return (rounded.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
    }

    /** ⌊log10 x⌋ for x > 0, corrected where log10 rounds across an integer. */
    static int exponentOf(double x) {
        int exponent = (int) Math.floor(Math.log10(x));
        if (power(exponent) > x) {
            exponent--;
        } else if (power(exponent + 1) <= x) {
            exponent++;
        }
        return exponent;
    }

    /** 10^exponent, the double nearest it. */
    private static double power(int exponent) {
        return exponent >= 0 ? Math.pow(10, exponent) : 1 / Math.pow(10, -exponent);
    }

    /**
     * k·m·10^e as the double nearest the decimal: for e < 0 dividing the exact integer k·m by the exact power
     * 10^−e rounds once, where multiplying by 10^e (itself rounded) would round twice.
     */
    static double multiple(long k, int mantissa, int exponent) {
        double integer = (double) k * mantissa;
        if (exponent >= 0) {
            return integer * Math.pow(10, exponent);
        }
        return -exponent <= 22 ? integer / Math.pow(10, -exponent) : integer * power(exponent);
    }
}
