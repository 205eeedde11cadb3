package downhill.engine.function;

/** A known minimum of an objective; {@code global} tells the global ones from local ones. */
public record Minimum(double x, double y, boolean global) {

    public Point point() {
        return new Point(x, y);
    }
}
