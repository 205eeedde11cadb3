package downhill.render;

import downhill.engine.landscape.LandscapeImage;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.run.Outcome;
import downhill.engine.sweep.Axis;
import downhill.engine.sweep.Cell;
import downhill.engine.sweep.MapPicture;
import downhill.engine.sweep.Sweep;
import downhill.engine.sweep.SweepSpec;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A hyperparameter map as a picture file, without a window: the cells in the colours {@link MapPicture} gives the
 * window's map, the axes with the same ticks, the colour bar, theory's stability line on a quadratic, the
 * optimizer's own values as a ring, and a key of the failed cells' colours (only those that occur).
 */
public final class MapStill {

    private static final Color THEORY = new Color(0x111827);

    private final Sweep sweep;
    private final boolean bySteps;
    private final double[] marker;

    /**
     * @param sweep  a finished map
     * @param marker the optimizer's own values of the two axes, drawn as a ring; null for none
     */
    public MapStill(Sweep sweep, boolean bySteps, double[] marker) {
        if (!sweep.complete()) {
            throw new IllegalArgumentException("the map is not finished: " + sweep.cellsDone() + " of "
                    + sweep.spec().cellCount() + " cells");
        }
        this.sweep = sweep;
        this.bySteps = bySteps;
        this.marker = marker == null ? null : marker.clone();
    }

    /** The picture at {@code width × height}. */
    public BufferedImage render(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Ink ink = Ink.on(image, Ink.unitFor(width, height));
        SweepSpec spec = sweep.spec();
        double left = ink.px(78);
        double top = ink.px(54);
        double plotWidth = Math.max(1, width - left - ink.px(96));
        double plotHeight = Math.max(1, height - top - ink.px(84));
        LandscapeImage cells = MapPicture.paint(sweep, bySteps);
        drawCells(ink, cells, left, top, plotWidth, plotHeight);
        ink.frame(left, top, plotWidth, plotHeight);
        drawAxis(ink, spec.x(), left, top, plotWidth, plotHeight, true);
        drawAxis(ink, spec.y(), left, top, plotWidth, plotHeight, false);
        drawColourBar(ink, cells, left + plotWidth + ink.px(12), top, plotHeight);
        double[][] theory = MapPicture.theoryLine(spec);
        if (theory != null) {
            drawTheory(ink, theory, left, top, plotWidth, plotHeight);
        }
        if (marker != null) {
            double mx = left + MapPicture.fraction(spec.x(), marker[0]) * plotWidth;
            double my = top + plotHeight - MapPicture.fraction(spec.y(), marker[1]) * plotHeight;
            double r = ink.px(7);
            ink.stroke(Color.WHITE, ink.px(4));
            ink.graphics().draw(new Ellipse2D.Double(mx - r, my - r, 2 * r, 2 * r));
            ink.stroke(Color.BLACK, ink.px(2));
            ink.graphics().draw(new Ellipse2D.Double(mx - r, my - r, 2 * r, 2 * r));
        }
        drawKey(ink, theory != null, left, height - ink.px(8));
        String title = bySteps
                ? "Steps until " + spec.type().displayName() + " is within tolerance (of " + spec.steps()
                        + "; blank: never)"
                : "How far above the best " + spec.type().displayName() + " ends after " + spec.steps()
                        + " steps (log₁₀ of f − f*)";
        ink.text(title, left, ink.px(10), ink.font(14, true), Ink.TEXT, Ink.Align.START, Ink.Align.START);
        ink.dispose();
        return image;
    }

    private static void drawCells(Ink ink, LandscapeImage cells, double left, double top, double w, double h) {
        BufferedImage pixels = new BufferedImage(cells.width(), cells.height(), BufferedImage.TYPE_INT_ARGB);
        pixels.setRGB(0, 0, cells.width(), cells.height(), cells.argb(), 0, cells.width());
        // Cells are squares of flat colour: no smoothing between them.
        ink.graphics()
                .setRenderingHint(
                        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        ink.graphics()
                .drawImage(
                        pixels,
                        (int) Math.round(left),
                        (int) Math.round(top),
                        (int) Math.round(w),
                        (int) Math.round(h),
                        null);
    }

    private void drawAxis(Ink ink, Axis axis, double left, double top, double w, double h, boolean horizontal) {
        Font font = ink.font(12, false);
        MapPicture.Ticks ticks = MapPicture.ticks(axis, horizontal ? 6 : 5);
        for (int k = 0; k < ticks.values().length; k++) {
            double f = MapPicture.fraction(axis, ticks.values()[k]);
            if (f < 0 || f > 1) {
                continue;
            }
            if (horizontal) {
                ink.xTick(left + f * w, top + h, ticks.labels().get(k), font);
            } else {
                ink.yTick(left, top + h - f * h, ticks.labels().get(k), font);
            }
        }
        String name = axisName(axis);
        Font bold = ink.font(12.5, true);
        if (horizontal) {
            ink.text(name, left + w / 2, top + h + ink.px(26), bold, Ink.TEXT, Ink.Align.CENTER, Ink.Align.START);
        } else {
            ink.text(name, ink.px(6), top - ink.px(4), bold, Ink.TEXT, Ink.Align.START, Ink.Align.END);
        }
    }

    private String axisName(Axis axis) {
        String symbol = sweep.spec().type().hyperparameter(axis.key()).symbol();
        return symbol.equals(axis.key()) ? symbol : symbol + " (" + axis.key() + ")";
    }

    private void drawColourBar(Ink ink, LandscapeImage cells, double left, double top, double height) {
        if (!(cells.max() > cells.min())) {
            return;
        }
        double width = ink.px(14);
        int bands = 64;
        for (int k = 0; k < bands; k++) {
            ink.graphics().setColor(new Color(cells.colormap().argb((k + 0.5) / bands)));
            double y = top + height * (1 - (k + 1.0) / bands);
            ink.graphics().fill(new Rectangle2D.Double(left, y, width, height / bands + 1));
        }
        ink.frame(left, top, width, height);
        Font font = ink.font(11, false);
        ink.text(
                barLabel(cells.max()), left + width + ink.px(3), top, font, Ink.TEXT, Ink.Align.START, Ink.Align.START);
        ink.text(
                barLabel(cells.min()),
                left + width + ink.px(3),
                top + height,
                font,
                Ink.TEXT,
                Ink.Align.START,
                Ink.Align.END);
    }

    /** A bar end: a power of ten for the log₁₀ of a loss, a whole number of steps. */
    private String barLabel(double value) {
        return bySteps ? String.valueOf(Math.round(value)) : "1e" + Math.round(value);
    }

    private void drawTheory(Ink ink, double[][] line, double left, double top, double w, double h) {
        Path2D.Double path = new Path2D.Double();
        boolean started = false;
        for (double[] point : line) {
            double fx = MapPicture.fraction(sweep.spec().x(), point[0]);
            if (fx < 0 || fx > 1) {
                started = false;
                continue;
            }
            double x = left + fx * w;
            double y = top + h - MapPicture.fraction(sweep.spec().y(), point[1]) * h;
            if (started) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                started = true;
            }
        }
        ink.stroke(Color.WHITE, ink.px(3.5));
        ink.graphics().draw(path);
        ink.stroke(THEORY, ink.px(1.8), new double[] {6, 4});
        ink.graphics().draw(path);
    }

    /** The failed cells' colours that occur, and the theory line when drawn, in one row along the bottom. */
    private void drawKey(Ink ink, boolean theory, double left, double baseline) {
        Set<Outcome.Status> failed = EnumSet.noneOf(Outcome.Status.class);
        for (int j = 0; j < sweep.spec().y().count(); j++) {
            for (int i = 0; i < sweep.spec().x().count(); i++) {
                Cell c = sweep.cell(i, j);
                if (c.outcome().failed()) {
                    failed.add(c.outcome().status());
                }
            }
        }
        List<String> labels = new ArrayList<>();
        List<Integer> colours = new ArrayList<>();
        for (Outcome.Status status : failed) {
            labels.add(
                    switch (status) {
                        case DIVERGED -> "diverged";
                        case UNBOUNDED -> "unbounded below";
                        default -> "left the domain";
                    });
            colours.add(MapPicture.failureArgb(status));
        }
        Font font = ink.font(12, false);
        double x = left;
        double box = ink.px(12);
        for (int k = 0; k < labels.size(); k++) {
            ink.graphics().setColor(new Color(colours.get(k), true));
            ink.graphics().fill(new Rectangle2D.Double(x, baseline - box, box, box));
            x += box + ink.px(5);
            ink.text(labels.get(k), x, baseline, font, Ink.TEXT, Ink.Align.START, Ink.Align.END);
            x += ink.width(labels.get(k), font) + ink.px(16);
        }
        if (theory) {
            ink.stroke(THEORY, ink.px(1.8), new double[] {6, 4});
            ink.line(x, baseline - box / 2, x + ink.px(24), baseline - box / 2);
            x += ink.px(30);
            SweepSpec spec = sweep.spec();
            boolean heavyBall = spec.y().key().equals(Hyperparameter.MOMENTUM)
                    || spec.fixed().values().getOrDefault(Hyperparameter.MOMENTUM, 0.0) != 0;
            String rule = heavyBall ? "theory: η·λ_max < 2(1 + μ)" : "theory: η < 2/λ_max";
            ink.text(rule, x, baseline, font, Ink.TEXT, Ink.Align.START, Ink.Align.END);
        }
    }
}
