package downhill.app.landscape;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/** One arrow with a halo, as every layer of a landscape canvas draws it: a shaft and a filled head. */
final class Arrows {

    private Arrows() {}

    static void arrow(
            GraphicsContext g, double fromX, double fromY, double tipX, double tipY, Color color, double head) {
        arrow(g, fromX, fromY, tipX, tipY, color, head, Color.WHITE, 5, 2.5);
    }

    static void arrow(
            GraphicsContext g,
            double fromX,
            double fromY,
            double tipX,
            double tipY,
            Color color,
            double head,
            Color halo,
            double haloWidth,
            double width) {
        double length = Math.hypot(tipX - fromX, tipY - fromY);
        double dx = (tipX - fromX) / length;
        double dy = (tipY - fromY) / length;
        g.setLineCap(StrokeLineCap.ROUND);
        g.setStroke(halo);
        g.setLineWidth(haloWidth);
        g.strokeLine(fromX, fromY, tipX - dx * head * 0.6, tipY - dy * head * 0.6);
        g.setStroke(color);
        g.setLineWidth(width);
        g.strokeLine(fromX, fromY, tipX - dx * head * 0.6, tipY - dy * head * 0.6);
        double[] hx = {tipX, tipX - dx * head - dy * head * 0.6, tipX - dx * head + dy * head * 0.6};
        double[] hy = {tipY, tipY - dy * head + dx * head * 0.6, tipY - dy * head - dx * head * 0.6};
        g.setStroke(halo);
        g.setLineWidth(haloWidth - width);
        g.strokePolygon(hx, hy, 3);
        g.setFill(color);
        g.fillPolygon(hx, hy, 3);
    }
}
