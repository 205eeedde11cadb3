package downhill.engine.function.expression;

import downhill.engine.Reasons;

/**
 * Splits an expression's text into tokens on demand, so the parser reports the leftmost mistake whether it is in
 * a token or in the grammar.
 */
final class Lexer {

    enum Kind {
        NUMBER,
        NAME,
        SYMBOL,
        END
    }

    /** A token; {@code column} is 1-based, {@code value} is set for numbers only. */
    record Token(Kind kind, String text, int column, double value) {

        boolean is(char symbol) {
            return kind == Kind.SYMBOL && text.charAt(0) == symbol;
        }

        /** How a message quotes it: {@code ')'}, {@code 'sin'}, or "the end". */
        String quoted() {
            return kind == Kind.END ? "the end" : "'" + text + "'";
        }
    }

    private static final String SYMBOLS = "+-*/^(),";

    private final String text;
    private int position;

    Lexer(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    Token next() {
        while (position < text.length() && isBlank(text.charAt(position))) {
            position++;
        }
        if (position == text.length()) {
            return new Token(Kind.END, "", endColumn(), Double.NaN);
        }
        int start = position;
        char c = text.charAt(start);
        if (isDigit(c) || c == '.') {
            return number(start);
        }
        if (isNameStart(c)) {
            while (position < text.length() && isNamePart(text.charAt(position))) {
                position++;
            }
            return new Token(Kind.NAME, text.substring(start, position), start + 1, Double.NaN);
        }
        if (SYMBOLS.indexOf(c) >= 0) {
            position++;
            return new Token(Kind.SYMBOL, String.valueOf(c), start + 1, Double.NaN);
        }
        int codePoint = text.codePointAt(start);
        // A character nobody can see is named, so that the user knows what to delete.
        boolean invisible = Reasons.isInvisible(codePoint) || Character.isWhitespace(codePoint);
        String shown = invisible
                ? "invisible character " + Reasons.name(codePoint)
                : "character '" + new String(Character.toChars(codePoint)) + "'";
        throw new ExpressionException(
                "unexpected " + shown + " at column " + (start + 1) + hint(codePoint), text, start + 1);
    }

    /** What to type instead of a character pasted from typeset mathematics. */
    private static String hint(int codePoint) {
        return switch (codePoint) {
            case 'π' -> " (write pi)";
            case '×', '·', '⋅' -> " (write *)";
            case '÷' -> " (write /)";
            case '−', '–' -> " (write -)";
            case '²' -> " (write ^2)";
            case '³' -> " (write ^3)";
            case '√' -> " (write sqrt(…))";
            default -> "";
        };
    }

    /**
     * Digits with an optional point and exponent: {@code 3}, {@code .5}, {@code 5.}, {@code 1e-3}. An {@code e}
     * followed by a letter ends the number instead ({@code 2exp(x)} is 2·exp(x)); any other {@code e} without
     * exponent digits, or a second point, makes it malformed.
     */
    private Token number(int start) {
        int mantissaDigits = digits();
        if (position < text.length() && text.charAt(position) == '.') {
            position++;
            mantissaDigits += digits();
        }
        boolean malformed = mantissaDigits == 0;
        if (!malformed && position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
            int marker = position;
            position++;
            if (position < text.length() && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
                position++;
            }
            if (digits() == 0) {
                boolean letterFollows =
                        position == marker + 1 && position < text.length() && isNameStart(text.charAt(position));
                if (letterFollows) {
                    position = marker;
                } else {
                    malformed = true;
                }
            }
        }
        if (position < text.length() && (text.charAt(position) == '.' || isDigit(text.charAt(position)))) {
            while (position < text.length() && (text.charAt(position) == '.' || isNamePart(text.charAt(position)))) {
                position++;
            }
            malformed = true;
        }
        String written = text.substring(start, position);
        if (malformed) {
            throw new ExpressionException(
                    "malformed number '" + written + "' at column " + (start + 1), text, start + 1);
        }
        double value = Double.parseDouble(written);
        if (Double.isInfinite(value)) {
            throw new ExpressionException(
                    "number too large '" + written + "' at column " + (start + 1), text, start + 1);
        }
        return new Token(Kind.NUMBER, written, start + 1, value);
    }

    private int digits() {
        int start = position;
        while (position < text.length() && isDigit(text.charAt(position))) {
            position++;
        }
        return position - start;
    }

    /** Just past the last non-blank character: where "expected … at the end" points. */
    private int endColumn() {
        int end = text.length();
        while (end > 0 && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return end + 1;
    }

    /**
     * The blanks between tokens: space, tab and line breaks. Other spaces (no-break, thin, ideographic) look
     * like these but are not what was meant; they are named as invisible characters instead.
     */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}
