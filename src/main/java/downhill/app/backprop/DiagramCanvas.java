package downhill.app.backprop;

import downhill.app.control.CanvasRegion;
import downhill.app.control.CanvasText;
import downhill.app.control.ChartStyle;
import downhill.app.i18n.Messages;
import downhill.engine.landscape.Colormap;
import downhill.engine.nn.BackpropPass;
import downhill.engine.nn.LayerPass;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The network as a diagram: a column per layer, each drawn unit a square with its activation over the input plane
 * (or, in the gradient colouring, its log₁₀|δ|), a ring for its bias (colour = sign, width = |b|), edges coloured by
 * the weight's sign and as wide as |w|. The stage's layer is highlighted, its numbers written beside the units.
 */
final class DiagramCanvas extends CanvasRegion {

    static final Color POSITIVE = argb(UnitPictures.POSITIVE);
    static final Color NEGATIVE = argb(UnitPictures.NEGATIVE);
    static final Color DEAD = Color.web("#dc2626");
    static final Color SATURATED = Color.web("#f59e0b");
    /** log₁₀|δ| from this to 0 spans the gradient colouring. */
    static final double LOG_FLOOR = -8;

    private final CanvasText text = text();
    private DiagramWork.Result result;
    private Stages.Stage stage;
    private boolean gradientColours;
    private DiagramViewModel.Edge marked;
    private DiagramLayout layout;
    private Image[][] pictures;

    DiagramCanvas(Consumer<DiagramViewModel.Edge> hover, Consumer<DiagramViewModel.Edge> click) {
        setMinSize(200, 160);
        setId("network-diagram");
        setOnMouseMoved(e -> hover.accept(edgeAt(e.getX(), e.getY())));
        setOnMouseExited(e -> hover.accept(null));
        setOnMouseClicked(e -> click.accept(edgeAt(e.getX(), e.getY())));
    }

    DiagramViewModel.Edge edgeAt(double x, double y) {
        return layout == null ? null : layout.edgeAt(x, y, ChartStyle.current().size(6));
    }

    /** The layout of the last drawing (tests click its edges). */
    DiagramLayout diagramLayout() {
        return layout;
    }

    void show(DiagramWork.Result shown, Stages.Stage now, boolean gradients, DiagramViewModel.Edge edge) {
        if (shown != result) {
            pictures = null;
        }
        result = shown;
        stage = now;
        gradientColours = gradients;
        marked = edge;
        redraw();
    }

    @Override
    protected void redraw() {
        GraphicsContext g = blankCanvas();
        ChartStyle style = ChartStyle.current();
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        g.setTextBaseline(VPos.TOP);
        if (result == null) {
            layout = null;
            g.setFont(style.font(13));
            g.setFill(style.muted());
            g.setTextAlign(TextAlignment.LEFT);
            text.fill(g, Messages.text("backprop.waiting"), 8, 8);
            return;
        }
        BackpropPass pass = result.pass();
        int[] widths = pass.architecture().widths();
        double line = style.size(17);
        layout = DiagramLayout.of(widths, w, h, 2 * line, 2.4 * line, style.size(44));
        if (pictures == null && result.pictures() != null) {
            pictures = images(result.pictures(), widths.length);
        }
        drawEdges(g, pass, style);
        for (int c = 0; c < widths.length; c++) {
            drawColumn(g, pass, c, style);
        }
        drawLegend(g, style, h - 1.2 * line);
    }

    private int activeColumn() {
        return stage == null || stage.kind() == Stages.Kind.UPDATE
                ? -1
                : stage.kind() == Stages.Kind.INPUT
                        ? 0
                        : stage.kind() == Stages.Kind.LOSS ? layout.x().length - 1 : stage.layer() + 1;
    }

    private void drawEdges(GraphicsContext g, BackpropPass pass, ChartStyle style) {
        double half = layout.node() / 2;
        // The update stage draws every weight after the optimizer's step, all of them in focus.
        boolean updated = stage != null && stage.kind() == Stages.Kind.UPDATE;
        for (int c = 1; c < layout.x().length; c++) {
            LayerPass layer = pass.layers().get(c - 1);
            double largest = 1e-12;
            for (double[] row : layer.weights()) {
                for (double v : row) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
            double alpha = c == activeColumn() || updated ? 0.85 : 0.4;
            UnitSampler.Shown to = layout.shown()[c];
            UnitSampler.Shown from = layout.shown()[c - 1];
            for (int j = 0; j < to.indices().length; j++) {
                for (int i = 0; i < from.indices().length; i++) {
                    double v = updated
                            ? result.updatedWeight(c - 1, to.indices()[j], from.indices()[i])
                            : layer.weights()[to.indices()[j]][from.indices()[i]];
                    g.setStroke((v >= 0 ? POSITIVE : NEGATIVE).deriveColor(0, 1, 1, alpha));
                    g.setLineWidth(style.line(0.4 + 3.6 * Math.abs(v) / largest));
                    g.strokeLine(
                            layout.x()[c - 1] + half, layout.y()[c - 1][i], layout.x()[c] - half, layout.y()[c][j]);
                }
            }
        }
        if (marked != null) {
            int c = marked.layer() + 1;
            int j = layout.shown()[c].positionOf(marked.to());
            int i = layout.shown()[c - 1].positionOf(marked.from());
            if (i >= 0 && j >= 0) {
                g.setStroke(style.cursor());
                g.setLineWidth(style.line(3));
                g.setLineDashes(style.size(5), style.size(3));
                g.strokeLine(layout.x()[c - 1] + half, layout.y()[c - 1][i], layout.x()[c] - half, layout.y()[c][j]);
                g.setLineDashes();
            }
        }
    }

    private void drawColumn(GraphicsContext g, BackpropPass pass, int c, ChartStyle style) {
        int layers = layout.x().length;
        double x = layout.x()[c];
        double s = layout.node();
        g.setTextAlign(TextAlignment.CENTER);
        g.setFont(style.bold(12.5));
        g.setFill(c == activeColumn() ? style.cursor() : style.text());
        String title = c == 0
                ? Messages.text("backprop.column.input")
                : c == layers - 1
                        ? Messages.text("backprop.column.output")
                        : Messages.text("backprop.column.hidden", c);
        double column = canvas().getWidth() / layers;
        if (text.boxOf(g, title, x, 0).getWidth() > column - style.size(4)) {
            // Eight hidden layers on a narrow window: "H3" rather than titles printed over each other.
            title = c == 0
                    ? Messages.text("backprop.column.inputShort")
                    : c == layers - 1
                            ? Messages.text("backprop.column.outputShort")
                            : Messages.text("backprop.column.hiddenShort", c);
        }
        text.fillFitted(g, title, x, style.size(3), column - style.size(4));
        g.setFont(style.font(11));
        g.setFill(style.muted());
        String units =
                Messages.text("backprop.column.units", pass.architecture().widths()[c]);
        if (text.boxOf(g, units, x, 0).getWidth() <= column - style.size(4)) {
            text.fillIfFree(g, units, x, style.size(20));
        }
        LayerPass layer = c == 0 ? null : pass.layers().get(c - 1);
        double largestBias = 1e-12;
        if (layer != null) {
            for (double b : layer.bias()) {
                largestBias = Math.max(largestBias, Math.abs(b));
            }
        }
        UnitSampler.Shown shown = layout.shown()[c];
        for (int u = 0; u < shown.indices().length; u++) {
            int unit = shown.indices()[u];
            double y = layout.y()[c][u];
            double left = x - s / 2;
            double top = y - s / 2;
            if (gradientColours && layer != null) {
                double magnitude = UnitStates.gradientMagnitude(layer, unit);
                double t = (Math.log10(Math.max(magnitude, 1e-300)) - LOG_FLOOR) / -LOG_FLOOR;
                g.setFill(argb(Colormap.MAGMA.argb(Math.max(0, Math.min(1, t)))));
                g.fillRect(left, top, s, s);
            } else if (pictures != null && pictures[c] != null) {
                g.drawImage(pictures[c][u], left, top, s, s);
            } else {
                g.setFill(style.plot());
                g.fillRect(left, top, s, s);
            }
            if (layer != null) {
                double b = layer.bias()[unit];
                g.setStroke(b >= 0 ? POSITIVE : NEGATIVE);
                g.setLineWidth(style.line(1 + 3 * Math.abs(b) / largestBias));
            } else {
                g.setStroke(style.frame());
                g.setLineWidth(style.line(1));
            }
            g.strokeRect(left, top, s, s);
            if (layer != null && c < layers - 1) {
                drawMarks(g, result.batchPass().layers().get(c - 1), unit, left, top, s, style);
            }
            drawNumber(g, pass, c, unit, x + s / 2 + style.size(3), y, style);
        }
        if (shown.hidden() > 0) {
            g.setTextAlign(TextAlignment.CENTER);
            g.setFont(style.font(11.5));
            g.setFill(style.muted());
            double below = layout.y()[c][shown.indices().length - 1] + s / 2 + style.size(3);
            String more = Messages.text("backprop.more", shown.hidden());
            if (text.boxOf(g, more, x, 0).getWidth() > column - style.size(2)) {
                more = "+" + shown.hidden();
            }
            text.fillIfFree(g, more, x, below);
        }
    }

    private static void drawMarks(
            GraphicsContext g, LayerPass layer, int unit, double left, double top, double s, ChartStyle style) {
        if (UnitStates.dead(layer, unit)) {
            g.setStroke(DEAD);
            g.setLineWidth(style.line(2.5));
            g.strokeLine(left, top + s, left + s, top);
        } else if (UnitStates.saturated(layer, unit)) {
            g.setFill(SATURATED);
            double t = Math.max(5, s * 0.4);
            g.fillPolygon(new double[] {left + s - t, left + s, left + s}, new double[] {top, top, top + t}, 3);
        }
    }

    /** The unit's number in this stage: x, a (or the output's ŷ after the loss), or δ going backward. */
    private void drawNumber(
            GraphicsContext g, BackpropPass pass, int c, int unit, double x, double y, ChartStyle style) {
        int active = activeColumn();
        boolean backward = stage != null && stage.backward();
        double value;
        if (c == 0) {
            value = pass.inputs()[0][unit];
        } else if (backward && c >= active) {
            value = pass.layers().get(c - 1).delta()[0][unit];
        } else if (!backward && c > active) {
            return;
        } else if (c == layout.x().length - 1 && stage.kind() == Stages.Kind.LOSS) {
            value = pass.output()[0][unit];
        } else {
            value = pass.layers().get(c - 1).a()[0][unit];
        }
        // On a deep network only the stage's own column is numbered: numbers everywhere would be noise.
        if (layout.node() < style.size(9) || layout.x().length > 4 && c != active) {
            return;
        }
        g.setFont(c == active ? style.bold(11) : style.font(11));
        g.setFill(c == active ? style.text() : style.muted());
        String prefix = backward && c >= active && c > 0 ? "δ " : "";
        String number = prefix + Stages.n(value);
        boolean last = c == layout.x().length - 1;
        // Right of the output there is no room: its number goes under it.
        g.setTextAlign(last ? TextAlignment.CENTER : TextAlignment.LEFT);
        double left = last ? layout.x()[c] : x;
        double top = last ? y + layout.node() / 2 + style.size(2) : y - style.size(7);
        Bounds box = text.boxOf(g, number, left, top);
        double room = last ? canvas().getWidth() : layout.x()[c + 1] - layout.node() / 2 - style.size(2);
        // A number that does not fit between its unit and the next column is left to the panel beside.
        if (box.getMinX() >= 0 && box.getMaxX() <= room) {
            text.fillIfFree(g, number, left, top);
        }
    }

    private void drawLegend(GraphicsContext g, ChartStyle style, double y) {
        g.setFont(style.font(11.5));
        g.setTextAlign(TextAlignment.LEFT);
        double x = style.size(6);
        double box = style.size(10);
        Object[][] items = gradientColours
                ? new Object[][] {
                    {argb(Colormap.MAGMA.argb(0)), Messages.text("backprop.legend.small")},
                    {argb(Colormap.MAGMA.argb(1)), Messages.text("backprop.legend.large")}
                }
                : new Object[][] {
                    {POSITIVE, Messages.text("backprop.legend.positive")},
                    {NEGATIVE, Messages.text("backprop.legend.negative")},
                    {DEAD, Messages.text("backprop.legend.dead")},
                    {SATURATED, Messages.text("backprop.legend.saturated")}
                };
        for (Object[] item : items) {
            String label = (String) item[1];
            double width = text.boxOf(g, label, 0, 0).getWidth();
            if (x + box + width > canvas().getWidth()) {
                break;
            }
            g.setFill((Color) item[0]);
            g.fillRect(x, y + style.size(2), box, box);
            g.setFill(style.text());
            text.fill(g, label, x + box + style.size(4), y);
            x += box + width + style.size(16);
        }
    }

    private static Color argb(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    /** The work's pixels as images, copied once per pass. */
    private static Image[][] images(int[][][] pixels, int layers) {
        Image[][] images = new Image[layers][];
        int side = DiagramWork.GRID;
        for (int l = 0; l < layers; l++) {
            images[l] = new Image[pixels[l].length];
            for (int u = 0; u < pixels[l].length; u++) {
                WritableImage image = new WritableImage(side, side);
                image.getPixelWriter()
                        .setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), pixels[l][u], 0, side);
                images[l][u] = image;
            }
        }
        return images;
    }
}
