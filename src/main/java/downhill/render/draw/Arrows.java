package downhill.render.draw;

/** One arrow over a halo, as every layer of a landscape draws it: a shaft and a filled head. */
public final class Arrows {

    private Arrows() {}

    /**
     * An arrow from (fromX, fromY) with its head of {@code head} pixels at (tipX, tipY), {@code width} wide in
     * {@code argb} over a {@code haloWidth} line of {@code haloArgb}.
     */
    public static void arrow(
            Pen pen,
            double fromX,
            double fromY,
            double tipX,
            double tipY,
            int argb,
            double head,
            int haloArgb,
            double haloWidth,
            double width) {
        double length = Math.hypot(tipX - fromX, tipY - fromY);
        if (!(length > 0) || !Double.isFinite(length)) {
            return;
        }
        double dx = (tipX - fromX) / length;
        double dy = (tipY - fromY) / length;
        double shaftX = tipX - dx * head * 0.6;
        double shaftY = tipY - dy * head * 0.6;
        pen.stroke(haloArgb, haloWidth);
        pen.line(fromX, fromY, shaftX, shaftY);
        pen.stroke(argb, width);
        pen.line(fromX, fromY, shaftX, shaftY);
        double[] hx = {tipX, tipX - dx * head - dy * head * 0.6, tipX - dx * head + dy * head * 0.6};
        double[] hy = {tipY, tipY - dy * head + dx * head * 0.6, tipY - dy * head - dx * head * 0.6};
        pen.stroke(haloArgb, haloWidth - width);
        pen.strokePolygon(hx, hy, 3);
        pen.fill(argb);
        pen.fillPolygon(hx, hy, 3);
    }
}
