package downhill.app.backprop;

/** Super- and subscript digits for the equations: a¹₂, W²₁₃, δ⁸. */
final class Symbols {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    private Symbols() {}

    static String sup(int n) {
        return map(n, SUPERSCRIPTS);
    }

    static String sub(int n) {
        return map(n, SUBSCRIPTS);
    }

    private static String map(int n, String digits) {
        StringBuilder text = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            text.append(digits.charAt(c - '0'));
        }
        return text.toString();
    }
}
