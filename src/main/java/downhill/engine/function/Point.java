package downhill.engine.function;

import downhill.engine.Numbers;

/** A point of the plane: a start, a minimum, a position along a trajectory. */
public record Point(double x, double y) {

    /** Parses {@code "x,y"}, as typed on a command line or in a text field. */
    public static Point parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException(
                    "a point is two numbers separated by a comma, like -1.5,2; got '" + text + "'");
        }
        return new Point(number(parts[0], text), number(parts[1], text));
    }

    private static double number(String part, String whole) {
        try {
            return Numbers.parse(part);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " in '" + whole + "'");
        }
    }
}
