package downhill.app.lesson;

import downhill.app.i18n.Messages;
import downhill.engine.Numbers;
import downhill.experiment.Answer;
import downhill.experiment.Question;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A question as the "Add step" dialog holds it, every field text: {@link #question()} makes the {@link Question},
 * or says which field is wrong. Kinds and asks are spelled as in lesson files (docs/experiments.md).
 *
 * @param kind none, which, yes-no, where or number
 * @param amount the threshold (which, first-to-accuracy), the radius (where) or the tolerance (number)
 * @param value the answer of a number question that asks for a value
 */
public record QuestionDraft(
        String kind, String ask, String optimizer, String step, String amount, String value, String prompt) {

    public static final List<String> KINDS = List.of("none", "which", "yes-no", "where", "number");

    /** What each kind may ask, as files spell it; where asks one thing and has no list. */
    public static List<String> asks(String kind) {
        return switch (kind) {
            case "which" -> spellings(Question.WhichAsk.values());
            case "yes-no" -> spellings(Question.YesNoAsk.values());
            case "number" -> spellings(Question.NumberAsk.values());
            default -> List.of();
        };
    }

    private static List<String> spellings(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String spelling) {
        return Enum.valueOf(type, spelling.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /**
     * The question, or null for kind none.
     *
     * @throws IllegalArgumentException naming the field that is missing or not a number
     */
    public Question question() {
        if (kind == null || kind.equals("none")) {
            return null;
        }
        if (prompt == null || prompt.isBlank()) {
            throw new IllegalArgumentException(Messages.text("lesson.author.needs", label("prompt")));
        }
        String p = prompt.strip();
        return switch (kind) {
            case "which" -> {
                Question.WhichAsk a = constant(Question.WhichAsk.class, required(ask, "ask"));
                yield new Question.Which(
                        p,
                        a,
                        a == Question.WhichAsk.LOWEST_LOSS_AT_STEP ? whole(step, "step") : 0,
                        a == Question.WhichAsk.FIRST_TO_ACCURACY ? number(amount, "threshold") : 0,
                        null);
            }
            case "yes-no" ->
                new Question.YesNo(
                        p,
                        constant(Question.YesNoAsk.class, required(ask, "ask")),
                        required(optimizer, "optimizer"),
                        null);
            case "where" ->
                new Question.Where(
                        p, required(optimizer, "optimizer"), whole(step, "step"), number(amount, "radius"), null);
            case "number" -> {
                Question.NumberAsk a = constant(Question.NumberAsk.class, required(ask, "ask"));
                yield new Question.Number(
                        p,
                        a,
                        a == Question.NumberAsk.LARGEST_STABLE_LR && optimizer != null && !optimizer.isBlank()
                                ? optimizer
                                : null,
                        number(amount, "tolerance"),
                        a == Question.NumberAsk.VALUE ? new Answer.Value(number(value, "answer")) : null);
            }
            default -> throw new IllegalArgumentException("unknown question kind '" + kind + "'");
        };
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(Messages.text("lesson.author.needs", label(field)));
        }
        return text.strip();
    }

    /** A field's name as the dialog labels it. */
    static String label(String field) {
        return Messages.text("lesson.dialog." + field);
    }

    private static double number(String text, String field) {
        String given = required(text, field);
        try {
            return Numbers.parse(given);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label(field) + ": " + e.getMessage(), e);
        }
    }

    private static int whole(String text, String field) {
        double n = number(text, field);
        if (n != Math.rint(n) || n < 0 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(Messages.text("lesson.author.whole", label(field), text.strip()));
        }
        return (int) n;
    }
}
