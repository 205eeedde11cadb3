package downhill.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Number text: for files and output, the shortest digits that read back to the same double; for people on a
 * screen, four significant digits.
 */
public final class Numbers {

    private Numbers() {}

    /** A decimal number as people write it: digits, an optional point, an optional exponent. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * The one strict reader of numbers typed by people (command-line options, fields, generator parameters):
     * only decimal text such as {@code -1.5}, {@code .5}, {@code 2e-3}. Java's extras ({@code 1d}, {@code 2f},
     * {@code 0x1p3}, {@code Infinity}, {@code NaN}, underscores) are refused, and so is a value too large for a
     * double.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code text}, naming an invisible character
     */
    public static double parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a number is needed, got nothing");
        }
        if (!DECIMAL.matcher(t).matches()) {
            String invisible = Reasons.invisible(t)
                    .map(where -> " (it contains " + where + ")")
                    .orElse("");
            throw new IllegalArgumentException("'" + t + "' is not a number" + invisible);
        }
        double value = Double.parseDouble(t);
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("'" + t + "' is too large to be a finite number");
        }
        return value;
    }

    /** A whole number: ASCII digits only (Java would also take other scripts' digits), an optional sign. */
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

    /**
     * The one strict reader of whole numbers typed by people (counts, sizes, seeds): digits with an optional sign,
     * within [{@code min}, {@code max}]. {@code 1e9}, {@code 2.5}, {@code 0x10}, {@code 1d}, {@code 12abc} and a
     * value past {@code max} (even past a {@code long}) are refused in words.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code text}, naming an invisible character
     */
    public static long parseWhole(String text, long min, long max) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a whole number is needed, got nothing");
        }
        if (!WHOLE.matcher(t).matches()) {
            String invisible = Reasons.invisible(t)
                    .map(where -> " (it contains " + where + ")")
                    .orElse("");
            throw new IllegalArgumentException("'" + t + "' is not a whole number" + invisible
                    + (invisible.isEmpty() ? " (digits only, like 1000)" : ""));
        }
        BigInteger value = new BigInteger(t);
        if (value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException("'" + t + "' is too large: at most " + max);
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0) {
            throw new IllegalArgumentException("'" + t + "' is too small: at least " + min);
        }
        return value.longValue();
    }

    /** {@link #parseWhole(String, long, long)} within an {@code int}. */
    public static int parseInt(String text) {
        return (int) parseWhole(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * The shortest decimal that parses back to {@code value} exactly, written as Python's {@code repr} writes it
     * ({@code 0.001}, {@code 1e-05}, {@code 1.5e+16}, {@code 100.0}), so Python, pandas and spreadsheets read it.
     * Java 17's {@link Double#toString(double)} sometimes gives a digit more than needed; this trims it.
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        // Java 17 may print one digit more than needed; the shorter form is the exact binary value rounded to
        // fewer digits (rounding the printed digits instead can pick the wrong neighbour).
        BigDecimal exact = new BigDecimal(value);
        for (int digits = decimal.precision() - 1; digits >= 1; digits--) {
            BigDecimal shorter = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (shorter.doubleValue() != value) {
                break;
            }
            decimal = shorter.stripTrailingZeros();
        }
        String sign = decimal.signum() < 0 ? "-" : "";
        String digits = decimal.unscaledValue().abs().toString();
        int exponent = digits.length() - decimal.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "")
                    + Math.abs(exponent);
        }
        if (exponent < 0) {
            return sign + "0." + "0".repeat(-exponent - 1) + digits;
        }
        if (digits.length() <= exponent + 1) {
            return sign + digits + "0".repeat(exponent + 1 - digits.length()) + ".0";
        }
        return sign + digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }

    /** Four significant digits, scientific only when very large or small; "—" for NaN, "∞" for infinity. */
    public static String compact(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        double magnitude = Math.abs(value);
        if (value == 0) {
            return "0";
        }
        if (magnitude >= 1e5 || magnitude < 1e-3) {
            String[] parts = String.format("%.3e", value).split("e");
            String mantissa = parts[0].replaceAll("\\.?0+$", "");
            int exponent = Integer.parseInt(parts[1]);
            return mantissa + "e" + exponent;
        }
        String fixed = String.format("%.4g", value);
        if (fixed.contains(".")) {
            fixed = fixed.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return fixed;
    }
}
