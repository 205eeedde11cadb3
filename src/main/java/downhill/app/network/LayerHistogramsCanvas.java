package downhill.app.network;

import downhill.app.control.CanvasRegion;
import downhill.app.control.ChartStyle;
import downhill.app.i18n.Messages;
import downhill.engine.nn.Histogram;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The layers' small multiples: a row per layer (first hidden at the top, output at the bottom) with its name and
 * dead or saturated share, the histogram of its activations and the histogram of its weight gradient, each bin's
 * bar as high as its share of the row's largest bin. Text that would touch other text is left out, so a deep
 * network on a small window loses labels, never overlaps them.
 */
final class LayerHistogramsCanvas extends CanvasRegion {

    private List<LayerHistogramsViewModel.Panel> panels = List.of();
    private String activationsTitle = "";

    LayerHistogramsCanvas() {
        setId("layer-histograms");
        setMinSize(0, 0);
    }

    /** The layers' panels, and the activations' column title (which names the hidden layers' activation). */
    void show(List<LayerHistogramsViewModel.Panel> now, String activationsHeading) {
        panels = now;
        activationsTitle = activationsHeading;
        redraw();
    }

    @Override
    protected void redraw() {
        GraphicsContext g = blankCanvas();
        ChartStyle style = ChartStyle.current();
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        if (panels.isEmpty()) {
            g.setFill(style.muted());
            g.setFont(style.font(12));
            double y = style.size(8);
            for (String line : text().wrap(g, Messages.text("layers.none"), Math.max(1, w - style.size(16)))) {
                text().fillIfFree(g, line, style.size(8), y);
                y += style.size(16);
            }
            return;
        }
        double pad = style.size(6);
        double line = style.size(16);
        double top = line + pad / 2;
        double row = (h - top) / panels.size();
        // Rows of a deep network on a small window take a smaller font (down to 8 pt at 100 %) rather than overlap.
        double size = Math.max(8, Math.min(12, row / (1.4 * style.scale())));
        Font bold = style.bold(size);
        Font plain = style.font(size);
        Font small = style.font(Math.min(11, size));
        double labels = labelWidth(g, bold, plain, w) + pad;
        double width = Math.max(1, (w - labels - 2 * pad) / 2);
        double[] columns = {labels, labels + width + pad};
        g.setFont(style.bold(12));
        g.setFill(style.text());
        text().fillFitted(g, activationsTitle, columns[0], 0, width);
        text().fillFitted(g, Messages.text("layers.gradients"), columns[1], 0, width);
        line = line * size / 12;
        double caption = style.size(14);
        boolean captions = row - pad - caption >= style.size(14);
        double bars = Math.max(1, row - pad - (captions ? caption : 0));
        // Two lines of label where the row has room; else the share goes on a box inside the activations' frame.
        boolean shareBelow = row - pad >= 2 * line;
        for (int i = 0; i < panels.size(); i++) {
            LayerHistogramsViewModel.Panel p = panels.get(i);
            double y = top + i * row;
            histogram(g, p.activations(), columns[0], y, width, bars, p.color(), false);
            histogram(g, p.gradients(), columns[1], y, width, bars, p.color(), true);
            g.setFill(style.text());
            g.setFont(bold);
            text().fillFitted(g, p.title(), 0, y, labels - pad);
            g.setFont(plain);
            if (shareBelow) {
                text().fillIfFree(g, p.share(), 0, y + line);
            } else if (!p.share().isEmpty()) {
                g.setFont(small);
                shareInside(g, p.share(), columns[0] + width, y);
            }
            if (captions) {
                g.setFont(small);
                g.setFill(style.muted());
                text().fillIfFree(g, p.activationRange(), columns[0], y + bars + 1);
                text().fillIfFree(g, p.gradientRange(), columns[1], y + bars + 1);
            }
        }
    }

    /** The share on a box in the top right corner of the activations' frame (whose right edge is {@code right}). */
    private void shareInside(GraphicsContext g, String share, double right, double y) {
        ChartStyle style = ChartStyle.current();
        double inset = style.size(2);
        double x = right - inset - text().boxOf(g, share, 0, 0).getWidth();
        Bounds box = text().boxOf(g, share, x, y + inset);
        if (text().boxes().stream().noneMatch(b -> b.bounds().intersects(box))) {
            g.setFill(style.box());
            g.fillRect(box.getMinX() - inset, box.getMinY(), box.getWidth() + 2 * inset, box.getHeight());
            g.setFill(style.text());
            text().fill(g, share, x, y + inset);
        }
    }

    /** The widest layer name or share, but at most a quarter of the canvas: the histograms keep the room. */
    private double labelWidth(GraphicsContext g, Font bold, Font plain, double w) {
        double widest = 0;
        for (LayerHistogramsViewModel.Panel p : panels) {
            g.setFont(bold);
            widest = Math.max(widest, text().boxOf(g, p.title(), 0, 0).getWidth());
            g.setFont(plain);
            widest = Math.max(widest, text().boxOf(g, p.share(), 0, 0).getWidth());
        }
        return Math.min(widest, w / 4);
    }

    /** Bars over a frame; with {@code zeroLine}, a line where the value 0 lies. */
    private static void histogram(
            GraphicsContext g,
            Histogram histogram,
            double x,
            double y,
            double width,
            double height,
            Color color,
            boolean zeroLine) {
        ChartStyle style = ChartStyle.current();
        g.setFill(style.plot().deriveColor(0, 1, 1, 0.45));
        g.fillRect(x, y, width, height);
        int peak = histogram.peak();
        double bin = width / histogram.bins();
        g.setFill(color);
        for (int k = 0; peak > 0 && k < histogram.bins(); k++) {
            int count = histogram.count(k);
            if (count > 0) {
                // Never thinner than a pixel: a single value in a bin is seen.
                double bar = Math.max(1, height * count / peak);
                g.fillRect(x + k * bin, y + height - bar, Math.max(1, bin - 1), bar);
            }
        }
        g.setStroke(style.frame());
        g.setLineWidth(style.line(1));
        g.strokeRect(x, y, width, height);
        if (zeroLine && histogram.low() < 0 && histogram.high() > 0) {
            double zero = x + width * (0 - histogram.low()) / (histogram.high() - histogram.low());
            g.setStroke(style.cursor());
            g.setLineDashes(style.size(3));
            g.strokeLine(zero, y, zero, y + height);
            g.setLineDashes();
        }
    }
}
