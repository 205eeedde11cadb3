package downhill.app.landscape;

import downhill.app.control.ChartStyle;
import downhill.engine.function.Point;
import downhill.render.Viewport;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * What a lesson's "where" question draws over the landscape: the class's guess as a cross and, once revealed, the
 * right place with the circle inside which a guess scores fully. White under black, so both read on every colour map
 * and in high contrast.
 *
 * @param guess the class's guess, or null
 * @param answer the right place, or null while the question is open
 * @param radius the full score's radius around {@code answer}, in the landscape's units
 */
public record LessonMarks(Point guess, Point answer, double radius) {

    public static final LessonMarks NONE = new LessonMarks(null, null, 0);

    /** Draws the marks on {@code canvas}'s plot, as last laid out. */
    void draw(LandscapeCanvas canvas) {
        Viewport shown = canvas.viewport();
        if (shown == null || guess == null && answer == null) {
            return;
        }
        GraphicsContext g = canvas.canvas().getGraphicsContext2D();
        ChartStyle style = ChartStyle.current();
        double arm = style.size(9);
        if (answer != null) {
            double x = shown.toPixelX(answer.x());
            double y = shown.toPixelY(answer.y());
            double r = Math.max(arm, radius / shown.unitsPerPixel());
            stroked(g, style, () -> g.strokeOval(x - r, y - r, 2 * r, 2 * r));
            stroked(g, style, () -> g.strokeLine(x - arm / 2, y, x - arm / 6, y + arm / 2));
            stroked(g, style, () -> g.strokeLine(x - arm / 6, y + arm / 2, x + arm / 2, y - arm / 2));
        }
        if (guess != null) {
            double x = shown.toPixelX(guess.x());
            double y = shown.toPixelY(guess.y());
            stroked(g, style, () -> {
                g.strokeLine(x - arm, y - arm, x + arm, y + arm);
                g.strokeLine(x - arm, y + arm, x + arm, y - arm);
            });
        }
    }

    /** The shape twice: a wide white line under a black one. */
    private static void stroked(GraphicsContext g, ChartStyle style, Runnable shape) {
        g.setStroke(Color.WHITE);
        g.setLineWidth(style.line(5));
        shape.run();
        g.setStroke(Color.BLACK);
        g.setLineWidth(style.line(2.5));
        shape.run();
    }
}
