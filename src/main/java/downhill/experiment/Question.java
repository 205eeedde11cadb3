package downhill.experiment;

import java.util.List;
import java.util.stream.Stream;

/**
 * A question a lesson step asks before it shows the race, whose right answer the engine computes from the step's
 * experiment ({@link #answer}): the class commits to a guess, then the race plays and the answer is marked. A file
 * may state the expected answer ({@link #stated}); loading then does not recompute it, and ShippedLessonsTest checks
 * that every shipped lesson's stated answer is the engine's.
 */
public sealed interface Question permits Question.Which, Question.YesNo, Question.Where, Question.Number {

    /** Added to the choices of a "first to ..." question: nobody does it within the step limit. */
    String NONE = "none";

    /** The question in English (other languages: {@code preset.NAME.stepK.prompt} in presets_LANG.properties). */
    String prompt();

    /** The answer the file states, or null when only the engine says it. */
    Answer stated();

    /** What the class picks from, in order (optimizer labels, yes/no); empty for a point or a number. */
    List<String> choices(Experiment experiment);

    /** The right answer, computed by running the engine on {@code experiment} (the step's). */
    Answer answer(Experiment experiment);

    /** The stated answer if the file gives one, else the engine's. */
    default Answer expected(Experiment experiment) {
        return stated() != null ? stated() : answer(experiment);
    }

    /**
     * How right {@code given} is, 0 to 1: a choice 1 or 0; a number 1 within the tolerance, else 0; a point 1 within
     * the radius, falling linearly to 0 at three times the radius.
     */
    double score(Answer right, Answer given);

    /** What a {@link Which} question asks; a file spells each constant in lower case with hyphens. */
    enum WhichAsk {
        FIRST_TO_CONVERGE,
        LOWEST_LOSS_AT_STEP,
        FIRST_TO_DIVERGE,
        FIRST_TO_ACCURACY;
    }

    /** What a {@link YesNo} question asks about one optimizer. */
    enum YesNoAsk {
        DIVERGES,
        REACHES_GLOBAL_MINIMUM;
    }

    /** What a {@link Number} question asks. */
    enum NumberAsk {
        LARGEST_STABLE_LR,
        VALUE;
    }

    /**
     * Which racing optimizer (by its label, or its name when it has none) converges first, has the lowest loss at
     * {@code step}, diverges first, or (network tab) first reaches {@code threshold} test accuracy; "none" when none
     * does.
     *
     * @param step the step asked about by lowest-loss-at-step (0 otherwise)
     * @param threshold the test accuracy asked about by first-to-accuracy, 0 to 1 (0 otherwise)
     */
    record Which(String prompt, WhichAsk ask, int step, double threshold, Answer stated) implements Question {

        @Override
        public List<String> choices(Experiment experiment) {
            List<String> labels = QuestionRuns.labels(experiment, ask == WhichAsk.FIRST_TO_ACCURACY);
            return ask == WhichAsk.LOWEST_LOSS_AT_STEP
                    ? labels
                    : Stream.concat(labels.stream(), Stream.of(NONE)).toList();
        }

        @Override
        public Answer answer(Experiment experiment) {
            return QuestionRuns.which(this, experiment);
        }

        @Override
        public double score(Answer right, Answer given) {
            return right.equals(given) ? 1 : 0;
        }
    }

    /**
     * Yes or no about the optimizer labelled {@code optimizer}: does it diverge; does it end within 1 % of the
     * window's diagonal of a global minimum.
     */
    record YesNo(String prompt, YesNoAsk ask, String optimizer, Answer stated) implements Question {

        public static final String YES = "yes";
        public static final String NO = "no";

        @Override
        public List<String> choices(Experiment experiment) {
            return List.of(YES, NO);
        }

        @Override
        public Answer answer(Experiment experiment) {
            return QuestionRuns.yesNo(this, experiment);
        }

        @Override
        public double score(Answer right, Answer given) {
            return right.equals(given) ? 1 : 0;
        }
    }

    /** Where the optimizer labelled {@code optimizer} is at {@code step} (its last point if it stopped earlier). */
    record Where(String prompt, String optimizer, int step, double radius, Answer stated) implements Question {

        @Override
        public List<String> choices(Experiment experiment) {
            return List.of();
        }

        @Override
        public Answer answer(Experiment experiment) {
            return QuestionRuns.where(this, experiment);
        }

        @Override
        public double score(Answer right, Answer given) {
            Answer.Point r = (Answer.Point) right;
            Answer.Point g = (Answer.Point) given;
            double distance = Math.hypot(r.x() - g.x(), r.y() - g.y());
            return distance <= radius ? 1 : Math.max(0, 1 - (distance - radius) / (2 * radius));
        }
    }

    /**
     * A number: the largest stable learning rate on the step's quadratic (theory, {@code engine.sweep.Stability},
     * with the momentum of {@code optimizer} if one is named), or a value the file states.
     *
     * @param optimizer the optimizer whose momentum counts, or null for plain gradient descent
     */
    record Number(String prompt, NumberAsk ask, String optimizer, double tolerance, Answer stated) implements Question {

        @Override
        public List<String> choices(Experiment experiment) {
            return List.of();
        }

        @Override
        public Answer answer(Experiment experiment) {
            return QuestionRuns.number(this, experiment);
        }

        @Override
        public double score(Answer right, Answer given) {
            return Math.abs(((Answer.Value) right).value() - ((Answer.Value) given).value()) <= tolerance ? 1 : 0;
        }
    }
}
