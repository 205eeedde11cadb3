package downhill.experiment;

import downhill.engine.Reasons;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's messages in the project's words: what is wrong with the text, never a feature flag, a class name or a
 * limit's accessor. Part of the one translation layer from library failures to messages (see {@link Reasons}).
 */
final class JsonProblems {

    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.*?)' \\(code (\\d+)");
    private static final Pattern CONTROL =
            Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)'");
    /** What is left of a message we do not know: anything in backticks is the library's own vocabulary. */
    private static final Pattern INTERNALS =
            Pattern.compile("\\s*\\([^()]*`[^`]*`[^()]*\\)|`[^`]*`|com\\.fasterxml\\S*");

    private JsonProblems() {}

    /** The words for Jackson's {@code originalMessage} (its first line, location already removed). */
    static String translate(String original) {
        String m = original == null ? "" : original.strip();
        if (m.contains("ALLOW_COMMENTS") || m.contains("ALLOW_YAML_COMMENTS")) {
            return "comments are not allowed in an experiment file";
        }
        Matcher matcher = NON_NUMERIC.matcher(m);
        if (matcher.find()) {
            return matcher.group(1) + " is not a number here (an experiment file holds finite numbers only)";
        }
        if (m.contains("getMaxNumberLength")) {
            return "a number with more than " + limit(m) + " digits";
        }
        if (m.contains("getMaxNestingDepth")) {
            return "the values nest more than " + limit(m) + " levels deep";
        }
        if (m.contains("getMaxStringLength")) {
            return "a text longer than " + limit(m) + " characters";
        }
        if (m.contains("getMaxDocumentLength")) {
            return "the file is longer than " + limit(m) + " characters";
        }
        if (m.startsWith("Trailing token")) {
            return "there is more text after the experiment's closing '}'";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "the text ends too early (is the file cut short?)";
        }
        matcher = DUPLICATE.matcher(m);
        if (matcher.find()) {
            return "the field '" + matcher.group(1) + "' is given twice";
        }
        if (m.contains("Leading zeroes not allowed")) {
            return "a number cannot begin with 0 (write 1, not 01)";
        }
        matcher = CONTROL.matcher(m);
        if (matcher.find()) {
            return "a text holds the control character " + Reasons.name(Integer.parseInt(matcher.group(1)))
                    + " (write it as \\uXXXX)";
        }
        matcher = CHARACTER.matcher(m);
        if (matcher.find()) {
            int code = Integer.parseInt(matcher.group(2));
            String what = Reasons.isInvisible(code)
                    ? "invisible character " + Reasons.name(code)
                    : "character '" + new String(Character.toChars(code)) + "'";
            String hint = code == '\''
                    ? " (names and texts take double quotes \"…\")"
                    : m.contains("double-quote to start field name")
                            ? " (a name in double quotes was expected here;" + " is there a comma too many?)"
                            : "";
            return "unexpected " + what + hint;
        }
        matcher = TOKEN.matcher(m);
        if (matcher.find()) {
            return "unexpected '" + matcher.group(1) + "' (a value is \"text\", a number, true, false, null,"
                    + " [...] or {...})";
        }
        return INTERNALS.matcher(m).replaceAll("").strip();
    }

    private static String limit(String message) {
        Matcher matcher = LIMIT.matcher(message);
        return matcher.find() ? matcher.group(1) : "the allowed number of";
    }
}
