package downhill.experiment;

import downhill.engine.function.expression.Suggestions;
import downhill.engine.sweep.Stability;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a lesson step's {@code question}: its {@code kind} decides which fields it takes, every field is checked
 * against the step's experiment (an optimizer named must race there, a step must be within the step limit), and a
 * problem is located like an experiment's. A stated {@code answer} is taken as written, not recomputed.
 */
final class QuestionReader {

    private static final Map<String, String> KINDS = new LinkedHashMap<>();
    private static final Map<String, Set<String>> KIND_FIELDS = new LinkedHashMap<>();

    static {
        kind("which", "ask", "step", "threshold");
        kind("yes-no", "ask", "optimizer");
        kind("where", "optimizer", "step", "radius");
        kind("number", "ask", "optimizer", "tolerance");
    }

    private QuestionReader() {}

    private static void kind(String kind, String... fields) {
        KINDS.put(kind, kind);
        Set<String> all = new LinkedHashSet<>(List.of("kind", "prompt"));
        all.addAll(Arrays.asList(fields));
        all.add("answer");
        KIND_FIELDS.put(kind, all);
    }

    static Question read(JsonValue q, Experiment experiment) {
        JsonValue kindValue = q.object(allFields()).required("kind");
        String kind = kindValue.text();
        if (!KINDS.containsKey(kind)) {
            throw kindValue.error("unknown question kind '" + kind + "'"
                    + Suggestions.didYouMean(Suggestions.closest(kind, KINDS.keySet())) + " (kinds: "
                    + String.join(", ", KINDS.keySet())
                    + ")");
        }
        q.object(KIND_FIELDS.get(kind));
        String prompt = q.required("prompt").text();
        return switch (kind) {
            case "which" -> which(q, prompt, experiment);
            case "yes-no" -> yesNo(q, prompt, experiment);
            case "where" -> where(q, prompt, experiment);
            default -> number(q, prompt, experiment);
        };
    }

    private static Set<String> allFields() {
        Set<String> all = new LinkedHashSet<>();
        KIND_FIELDS.values().forEach(all::addAll);
        return all;
    }

    private static Question which(JsonValue q, String prompt, Experiment experiment) {
        JsonValue askValue = q.required("ask");
        Question.WhichAsk ask = askValue.choice(spellings(Question.WhichAsk.values()));
        boolean network = ask == Question.WhichAsk.FIRST_TO_ACCURACY;
        requireTab(askValue, experiment, network);
        int step = ask == Question.WhichAsk.LOWEST_LOSS_AT_STEP ? step(q, experiment) : 0;
        notAsked(q, "step", ask != Question.WhichAsk.LOWEST_LOSS_AT_STEP, ask);
        notAsked(q, "threshold", !network, ask);
        double threshold = 0;
        if (network) {
            JsonValue t = q.required("threshold");
            threshold = t.number();
            if (!(threshold > 0 && threshold <= 1)) {
                throw t.error("a test accuracy from 0 (exclusive) to 1, got " + threshold);
            }
        }
        uniqueLabels(q, experiment, network);
        Question.Which question = new Question.Which(prompt, ask, step, threshold, null);
        return new Question.Which(prompt, ask, step, threshold, choice(q, question.choices(experiment)));
    }

    private static Question yesNo(JsonValue q, String prompt, Experiment experiment) {
        JsonValue askValue = q.required("ask");
        Question.YesNoAsk ask = askValue.choice(spellings(Question.YesNoAsk.values()));
        requireTab(askValue, experiment, false);
        String optimizer = optimizer(q.required("optimizer"), q, experiment);
        return new Question.YesNo(prompt, ask, optimizer, choice(q, List.of(Question.YesNo.YES, Question.YesNo.NO)));
    }

    private static Question where(JsonValue q, String prompt, Experiment experiment) {
        requireTab(q.field("kind"), experiment, false);
        String optimizer = optimizer(q.required("optimizer"), q, experiment);
        int step = step(q, experiment);
        JsonValue r = q.required("radius");
        double radius = r.number();
        if (!(radius > 0)) {
            throw r.error("the radius must be above 0, got " + radius);
        }
        Answer stated = null;
        JsonValue answer = q.field("answer");
        if (answer.present()) {
            answer.object(Set.of("x", "y"));
            stated = new Answer.Point(
                    answer.required("x").number(), answer.required("y").number());
        }
        return new Question.Where(prompt, optimizer, step, radius, stated);
    }

    private static Question number(JsonValue q, String prompt, Experiment experiment) {
        JsonValue askValue = q.required("ask");
        Question.NumberAsk ask = askValue.choice(spellings(Question.NumberAsk.values()));
        String optimizer = null;
        if (ask == Question.NumberAsk.LARGEST_STABLE_LR) {
            requireTab(askValue, experiment, false);
            if (Stability.of(experiment.landscape().objective()) == null) {
                throw askValue.error("largest-stable-lr needs a quadratic with a minimum (e.g. the bowl), not "
                        + experiment.landscape().function());
            }
            if (q.field("optimizer").present()) {
                optimizer = optimizer(q.field("optimizer"), q, experiment);
            }
        }
        JsonValue t = q.required("tolerance");
        double tolerance = t.number();
        if (tolerance < 0) {
            throw t.error("the tolerance must be 0 or more, got " + tolerance);
        }
        JsonValue answer = ask == Question.NumberAsk.VALUE ? q.required("answer") : q.field("answer");
        return new Question.Number(
                prompt, ask, optimizer, tolerance, answer.present() ? new Answer.Value(answer.number()) : null);
    }

    /** A field that {@code ask} does not take is a mistake, not something to ignore. */
    private static void notAsked(JsonValue q, String field, boolean unused, Question.WhichAsk ask) {
        if (unused && q.field(field).present()) {
            throw q.field(field).error("'" + field + "' is not used by " + spelling(ask));
        }
    }

    private static int step(JsonValue q, Experiment experiment) {
        int limit = experiment.landscape().stepLimit();
        return q.required("step").whole(0, limit);
    }

    private static void requireTab(JsonValue at, Experiment experiment, boolean network) {
        Experiment.Tab tab = network ? Experiment.Tab.NETWORK : Experiment.Tab.LANDSCAPE;
        if (experiment.activeTab() != tab) {
            throw at.error("asks about the " + (network ? "network" : "landscape") + " tab, but this step shows the "
                    + (network ? "landscape" : "network") + " tab");
        }
    }

    private static String optimizer(JsonValue value, JsonValue q, Experiment experiment) {
        uniqueLabels(q, experiment, false);
        String label = value.text();
        List<String> labels = QuestionRuns.labels(experiment, false);
        if (!labels.contains(label)) {
            throw value.error("no racing optimizer is labelled '" + label + "'"
                    + Suggestions.didYouMean(Suggestions.closest(label, labels)) + " (racing: "
                    + String.join(", ", labels) + ")");
        }
        return label;
    }

    private static void uniqueLabels(JsonValue q, Experiment experiment, boolean network) {
        List<String> labels = QuestionRuns.labels(experiment, network);
        if (new LinkedHashSet<>(labels).size() < labels.size()) {
            throw q.error("two racing optimizers answer to the same name (" + String.join(", ", labels)
                    + "): give them labels so the class can tell them apart");
        }
    }

    private static Answer choice(JsonValue q, List<String> choices) {
        JsonValue answer = q.field("answer");
        if (!answer.present()) {
            return null;
        }
        String text = answer.text();
        if (!choices.contains(text)) {
            throw answer.error(
                    "'" + text + "' is not a choice here" + Suggestions.didYouMean(Suggestions.closest(text, choices))
                            + " (choices: " + String.join(", ", choices) + ")");
        }
        return new Answer.Choice(text);
    }

    /** How files spell the constants: lower case with hyphens ({@code FIRST_TO_CONVERGE}: first-to-converge). */
    private static <E extends Enum<E>> Map<String, E> spellings(E[] values) {
        Map<String, E> names = new LinkedHashMap<>();
        for (E value : values) {
            names.put(spelling(value), value);
        }
        return names;
    }

    static String spelling(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
