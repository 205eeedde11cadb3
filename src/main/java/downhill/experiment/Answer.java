package downhill.experiment;

/**
 * The answer to a lesson's {@link Question}: a choice (an optimizer's label, "yes", "no" or "none"), a point on the
 * landscape, or a number. What the engine computes and what a class or student gives are the same kind of value, so
 * they can be compared and scored ({@link Question#score}).
 */
public sealed interface Answer permits Answer.Choice, Answer.Point, Answer.Value {

    /** The answer as a file and the CLI write it: the choice, {@code (x, y)} or the number. */
    String text();

    /** One of the question's choices. */
    record Choice(String choice) implements Answer {

        public Choice {
            if (choice == null || choice.isBlank()) {
                throw new IllegalArgumentException("a choice must not be empty");
            }
        }

        @Override
        public String text() {
            return choice;
        }
    }

    /** A place on the landscape. */
    record Point(double x, double y) implements Answer {

        public Point {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("a point must be finite, got (" + x + ", " + y + ")");
            }
        }

        @Override
        public String text() {
            return "(" + x + ", " + y + ")";
        }
    }

    /** A number, e.g. a learning rate. */
    record Value(double value) implements Answer {

        public Value {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a number answer must be finite, got " + value);
            }
        }

        @Override
        public String text() {
            return Double.toString(value);
        }
    }
}
