package downhill.app.control;

import downhill.engine.data.Dataset;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * How a {@link DataPlot} paints its points: a data set's samples coloured by class, filled (training) or hollow
 * (test), each on a halo that keeps it visible on its own class's colour; and the rings that mark training samples.
 */
final class DataPoints {

    private DataPoints() {}

    /** The samples of {@code part} as dots of radius {@code r}: filled, or hollow rings. */
    static void paint(GraphicsContext g, Dataset part, boolean filled, PlaneSquare sq, double r) {
        double[] f = part.features();
        double[] y = part.targets();
        int classes = Math.max(2, part.classCount());
        for (int i = 0; i < part.sampleCount(); i++) {
            Point2D p = sq.pixel(f[2 * i], f[2 * i + 1]);
            double px = p.getX();
            double py = p.getY();
            Color color = part.classCount() > 0 ? DataPlot.classColor((int) y[i], classes) : Color.web("#374151");
            // A halo of the opposite lightness keeps a point visible on its own class's colour.
            Color halo = color.getBrightness() > 0.6 ? Color.web("#111827") : Color.WHITE;
            if (filled) {
                g.setFill(color);
                g.fillOval(px - r, py - r, 2 * r, 2 * r);
                g.setStroke(halo);
                g.setLineWidth(0.8);
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
            } else {
                g.setStroke(halo);
                g.setLineWidth(r * 0.8);
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
                g.setStroke(color);
                g.setLineWidth(r * 0.45);
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
            }
        }
    }

    /**
     * Rings around the {@code marked} samples of {@code train} (one: strong; several, a mini-batch: lighter) in the
     * theme's text colour on a halo of its background, so they read on every class colour and theme: all halos first,
     * then the rings, so that no halo cuts a neighbour's ring.
     */
    static void ring(GraphicsContext g, Dataset train, int[] marked, PlaneSquare sq, double r) {
        ChartStyle style = ChartStyle.current();
        boolean one = marked.length == 1;
        double ring = r + style.size(one ? 5 : 2.5);
        double width = style.line(one ? 2.5 : 1.2);
        double[] f = train.features();
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? style.background() : style.text());
            g.setLineWidth(pass == 0 ? width + style.line(one ? 3 : 1.6) : width);
            for (int row : marked) {
                if (row >= 0 && row < train.sampleCount()) {
                    Point2D p = sq.pixel(f[2 * row], f[2 * row + 1]);
                    g.strokeOval(p.getX() - ring, p.getY() - ring, 2 * ring, 2 * ring);
                }
            }
        }
    }
}
