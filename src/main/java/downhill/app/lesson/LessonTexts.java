package downhill.app.lesson;

import downhill.app.i18n.Messages;
import downhill.engine.Numbers;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import downhill.experiment.Answer;
import downhill.experiment.Question;

/** What the lesson bar says: the answers as the class reads them, and the result Reveal shows. */
final class LessonTexts {

    private LessonTexts() {}

    /** A choice as the class reads it: an optimizer's label as it is, yes, no and none in the window's language. */
    static String choice(String choice) {
        return switch (choice) {
            case Question.YesNo.YES -> Messages.text("lesson.choice.yes");
            case Question.YesNo.NO -> Messages.text("lesson.choice.no");
            case Question.NONE -> Messages.text("lesson.choice.none");
            default -> optimizer(choice);
        };
    }

    /** An optimizer's display name ("SGD") for its file name ("sgd"); a label as it is. */
    private static String optimizer(String labelOrName) {
        return Optimizers.all().stream()
                .filter(type -> type.name().equals(labelOrName))
                .map(OptimizerType::displayName)
                .findFirst()
                .orElse(labelOrName);
    }

    /**
     * The right answer and, for a point or a number, how far the class's was off.
     *
     * @param mark the class's point, or null
     * @param number the class's number, or NaN
     */
    static String result(Question question, Answer right, Answer.Point mark, double number) {
        if (right instanceof Answer.Point p) {
            return point((Question.Where) question, p, mark);
        }
        if (right instanceof Answer.Value v) {
            return value((Question.Number) question, v, number);
        }
        return Messages.text("lesson.result.choice", choice(right.text()));
    }

    private static String point(Question.Where where, Answer.Point p, Answer.Point given) {
        String at = Messages.text(
                "lesson.result.where",
                optimizer(where.optimizer()),
                where.step(),
                Numbers.compact(p.x()),
                Numbers.compact(p.y()));
        if (given == null) {
            return at;
        }
        double distance = Math.hypot(p.x() - given.x(), p.y() - given.y());
        return at + " "
                + Messages.text(
                        "lesson.result.distance",
                        Numbers.compact(distance),
                        Math.round(100 * where.score(p, given)),
                        Numbers.compact(where.radius()));
    }

    private static String value(Question.Number asked, Answer.Value v, double given) {
        String value =
                Messages.text("lesson.result.number", Numbers.compact(v.value()), Numbers.compact(asked.tolerance()));
        if (Double.isNaN(given)) {
            return value;
        }
        boolean within = asked.score(v, new Answer.Value(given)) == 1;
        return value + " "
                + Messages.text(within ? "lesson.result.within" : "lesson.result.outside", Numbers.compact(given));
    }
}
