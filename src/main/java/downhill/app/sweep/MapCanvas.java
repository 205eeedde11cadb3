package downhill.app.sweep;

import downhill.app.control.CanvasRegion;
import downhill.app.control.CanvasText;
import downhill.app.control.ChartStyle;
import downhill.app.control.HeatmapImages;
import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.sweep.Axis;
import downhill.engine.sweep.MapPicture;
import downhill.engine.sweep.SweepSpec;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The hyperparameter map: each cell a square of the renderer's colours (failed cells flat in their own colours),
 * the x axis below and the y axis on the left (decades on a log axis), theory's stability line on a quadratic, the
 * optimizer's current values as a ring, and a key of the failed cells' colours. Reports clicks and hovers as cells.
 */
final class MapCanvas extends CanvasRegion {

    private static final double LEFT = 62;
    private static final double BOTTOM = 46;
    private static final double TOP = 30;
    private static final double RIGHT = 74;
    private static final double BAR = 14;

    private final CanvasText text = text();
    private final HeatmapImages images = new HeatmapImages();
    private LandscapeImage image;
    private SweepSpec spec;
    private double[] marker;
    private double[][] theory;
    private String title = "";
    private boolean steps;

    MapCanvas(BiConsumer<Integer, Integer> click, BiConsumer<Integer, Integer> hover) {
        setId("map-canvas");
        setMinSize(200, 160);
        setOnMouseClicked(e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            if (cell != null) {
                click.accept(cell[0], cell[1]);
            }
        });
        setOnMouseMoved(e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            hover.accept(cell == null ? -1 : cell[0], cell == null ? -1 : cell[1]);
        });
        setOnMouseExited(e -> hover.accept(-1, -1));
    }

    void show(SweepSpec shown, LandscapeImage picture, double[] values, double[][] line, boolean bySteps) {
        spec = shown;
        image = picture;
        marker = values;
        theory = line;
        steps = bySteps;
        title = shown == null
                ? ""
                : Messages.text(
                        bySteps ? "map.title.steps" : "map.title", shown.type().displayName(), shown.steps());
        redraw();
    }

    /** The plot's left, top, width and height in canvas pixels. */
    double[] plot() {
        ChartStyle style = ChartStyle.current();
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        double left = style.size(LEFT);
        double top = style.size(TOP);
        return new double[] {
            left, top, Math.max(1, w - left - style.size(RIGHT)), Math.max(1, h - top - style.size(BOTTOM))
        };
    }

    /** Cell (i, j) under canvas point (x, y), or null outside the map. */
    int[] cellAt(double x, double y) {
        if (spec == null) {
            return null;
        }
        double[] p = plot();
        double fx = (x - p[0]) / p[2];
        double fy = (p[1] + p[3] - y) / p[3];
        if (fx < 0 || fx >= 1 || fy < 0 || fy >= 1) {
            return null;
        }
        return new int[] {(int) (fx * spec.x().count()), (int) (fy * spec.y().count())};
    }

    static double fraction(Axis axis, double v) {
        return MapPicture.fraction(axis, v);
    }

    @Override
    protected void redraw() {
        GraphicsContext g = blankCanvas();
        ChartStyle style = ChartStyle.current();
        if (spec == null || image == null) {
            return;
        }
        double[] p = plot();
        g.setImageSmoothing(false);
        g.drawImage(images.of(image), p[0], p[1], p[2], p[3]);
        g.setStroke(style.frame());
        g.setLineWidth(style.line(1));
        g.strokeRect(p[0] + 0.5, p[1] + 0.5, p[2] - 1, p[3] - 1);
        drawAxis(g, style, spec.x(), p, true);
        drawAxis(g, style, spec.y(), p, false);
        drawColourBar(g, style, p);
        if (theory != null) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(style.line(3.5));
            strokeTheory(g, p);
            g.setStroke(Color.web("#111827"));
            g.setLineWidth(style.line(1.8));
            g.setLineDashes(style.size(6), style.size(4));
            strokeTheory(g, p);
            g.setLineDashes();
        }
        if (marker != null) {
            double mx = p[0] + fraction(spec.x(), marker[0]) * p[2];
            double my = p[1] + p[3] - fraction(spec.y(), marker[1]) * p[3];
            double r = style.size(7);
            g.setStroke(Color.WHITE);
            g.setLineWidth(style.line(4));
            g.strokeOval(mx - r, my - r, 2 * r, 2 * r);
            g.setStroke(Color.BLACK);
            g.setLineWidth(style.line(2));
            g.strokeOval(mx - r, my - r, 2 * r, 2 * r);
        }
        g.setFont(style.bold(13));
        g.setFill(style.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        text.fillFitted(g, title, p[0], style.size(6), p[2]);
    }

    /** The colours' key right of the map: its least value at the bottom, its largest at the top. */
    private void drawColourBar(GraphicsContext g, ChartStyle style, double[] p) {
        if (!(image.max() > image.min())) {
            return;
        }
        double left = p[0] + p[2] + style.size(10);
        double width = style.size(BAR);
        int bands = 64;
        for (int k = 0; k < bands; k++) {
            int argb = image.colormap().argb((k + 0.5) / bands);
            g.setFill(Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF));
            double top = p[1] + p[3] * (1 - (k + 1.0) / bands);
            g.fillRect(left, top, width, p[3] / bands + 1);
        }
        g.setStroke(style.frame());
        g.strokeRect(left, p[1], width, p[3]);
        g.setFont(style.font(11));
        g.setFill(style.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        text.fillIfFree(g, barLabel(image.max()), left + width + style.size(3), p[1]);
        g.setTextBaseline(VPos.BOTTOM);
        text.fillIfFree(g, barLabel(image.min()), left + width + style.size(3), p[1] + p[3]);
    }

    /** A bar end: a power of ten for the log₁₀ of a loss, a whole number of steps. */
    private String barLabel(double value) {
        return steps ? String.valueOf(Math.round(value)) : "1e" + Math.round(value);
    }

    private void strokeTheory(GraphicsContext g, double[] p) {
        g.beginPath();
        boolean started = false;
        for (double[] point : theory) {
            double fx = fraction(spec.x(), point[0]);
            if (fx < 0 || fx > 1) {
                started = false;
                continue;
            }
            double x = p[0] + fx * p[2];
            double y = p[1] + p[3] - fraction(spec.y(), point[1]) * p[3];
            if (started) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                started = true;
            }
        }
        g.stroke();
    }

    /** Ticks, labels and the axis's name: decades on a log axis, nice steps on a linear one. */
    private void drawAxis(GraphicsContext g, ChartStyle style, Axis axis, double[] p, boolean horizontal) {
        g.setFont(style.font(12));
        g.setFill(style.text());
        g.setStroke(style.text());
        g.setLineWidth(style.line(1));
        MapPicture.Ticks ticks = MapPicture.ticks(axis, horizontal ? 6 : 5);
        double[] values = ticks.values();
        List<String> labels = ticks.labels();
        for (int k = 0; k < values.length; k++) {
            double f = fraction(axis, values[k]);
            if (f < 0 || f > 1) {
                continue;
            }
            if (horizontal) {
                double x = p[0] + f * p[2];
                g.strokeLine(x, p[1] + p[3], x, p[1] + p[3] + style.size(4));
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                text.fillIfFree(g, labels.get(k), x, p[1] + p[3] + style.size(5));
            } else {
                double y = p[1] + p[3] - f * p[3];
                g.strokeLine(p[0] - style.size(4), y, p[0], y);
                g.setTextAlign(TextAlignment.RIGHT);
                g.setTextBaseline(VPos.CENTER);
                text.fillIfFree(g, labels.get(k), p[0] - style.size(6), y);
            }
        }
        g.setFont(style.bold(12.5));
        String name = OptimizerSettings.symbol(spec.type().hyperparameter(axis.key()));
        if (horizontal) {
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            text.fill(g, name, p[0] + p[2] / 2, canvas().getHeight() - style.size(2));
        } else {
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            text.fill(g, name, style.size(4), p[1] - style.size(2) - style.size(14));
        }
    }
}
