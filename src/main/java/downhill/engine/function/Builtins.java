package downhill.engine.function;

import java.util.List;

/**
 * The catalogue of built-in objectives, with exact formulas and hand-derived gradients, in the order they are listed:
 * the {@link TeachingShapes}, then the classic test functions ({@link ValleyFunctions}, {@link ManyMinimaFunctions}).
 *
 * <p>Each function is one kernel {@code f(x, y, g)} that returns the value and, when {@code g} is not null, stores the
 * gradient in it; {@code value} is the same kernel with {@code g == null}, so the two agree bit for bit.
 * Minima are the nearest doubles to roots refined at 50 digits.
 */
final class Builtins {

    private Builtins() {}

    static List<Objective> all() {
        return List.of(
                TeachingShapes.bowl(),
                TeachingShapes.ravine(),
                TeachingShapes.plateau(),
                TeachingShapes.twoMinima(),
                TeachingShapes.saddle(),
                TeachingShapes.monkeySaddle(),
                ValleyFunctions.rosenbrock(),
                ValleyFunctions.beale(),
                ValleyFunctions.booth(),
                ValleyFunctions.matyas(),
                ManyMinimaFunctions.himmelblau(),
                ManyMinimaFunctions.sixHumpCamel(),
                ManyMinimaFunctions.goldsteinPrice(),
                ManyMinimaFunctions.styblinskiTang(),
                ManyMinimaFunctions.rastrigin(),
                ManyMinimaFunctions.ackley());
    }

    /** A built-in objective whose value is its kernel without a gradient. */
    static Objective builtin(
            String name,
            String displayName,
            String formula,
            Window window,
            List<Minimum> minima,
            Point start,
            boolean prefersLogScale,
            BuiltinObjective.ValueAndGradient f) {
        return new BuiltinObjective(
                name, displayName, formula, window, minima, start, prefersLogScale, (x, y) -> f.at(x, y, null), f);
    }

    /** The window [-half, half]². */
    static Window square(double half) {
        return new Window(-half, half, -half, half);
    }

    /** A single global minimum at (x, y). */
    static List<Minimum> global(double x, double y) {
        return List.of(new Minimum(x, y, true));
    }
}
