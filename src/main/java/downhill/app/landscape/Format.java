package downhill.app.landscape;

/** Numbers for people on a screen: four significant digits, scientific only when very large or small. */
public final class Format {

    private Format() {
    }

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
