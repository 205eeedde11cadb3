package downhill.render;

import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.run.Outcome;
import downhill.engine.sweep.Axis;
import downhill.engine.sweep.Cell;
import downhill.engine.sweep.MapPicture;
import downhill.engine.sweep.Sweep;
import downhill.engine.sweep.SweepSpec;
import downhill.render.draw.Look;
import downhill.render.draw.Pen;
import downhill.render.draw.TextRoom;
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
        AwtPen pen = AwtPen.on(image);
        draw(pen, width, height);
        pen.dispose();
        return image;
    }

    /** Draws the picture with any pen on a surface of {@code width × height}; returns the text drawn and where. */
    public List<TextRoom.Box> draw(Pen pen, int width, int height) {
        SweepSpec spec = sweep.spec();
        String title = bySteps
                ? "Steps until " + spec.type().displayName() + " is within tolerance (of " + spec.steps()
                        + "; blank: never)"
                : "How far above the best " + spec.type().displayName() + " ends after " + spec.steps()
                        + " steps (log₁₀ of f − f*)";
        double[][] theory = MapPicture.theoryLine(spec);
        boolean heavyBall = spec.y().key().equals(Hyperparameter.MOMENTUM)
                || spec.fixed().values().getOrDefault(Hyperparameter.MOMENTUM, 0.0) != 0;
        MapDrawing.Content content = new MapDrawing.Content(
                spec,
                MapPicture.paint(sweep, bySteps),
                marker,
                theory,
                bySteps,
                title,
                List.of(axisName(spec.x()), axisName(spec.y())),
                failed(),
                heavyBall ? "theory: η·λ_max < 2(1 + μ)" : "theory: η < 2/λ_max");
        TextRoom room = new TextRoom();
        new MapDrawing(MapDrawing.Form.PICTURE, Look.picture(Look.pictureUnit(width, height)))
                .draw(pen, room, width, height, content);
        return room.boxes();
    }

    private String axisName(Axis axis) {
        String symbol = sweep.spec().type().hyperparameter(axis.key()).symbol();
        return symbol.equals(axis.key()) ? symbol : symbol + " (" + axis.key() + ")";
    }

    /** The failed cells' colours that occur, for the key. */
    private List<MapDrawing.Swatch> failed() {
        Set<Outcome.Status> failed = EnumSet.noneOf(Outcome.Status.class);
        for (int j = 0; j < sweep.spec().y().count(); j++) {
            for (int i = 0; i < sweep.spec().x().count(); i++) {
                Cell c = sweep.cell(i, j);
                if (c.outcome().failed()) {
                    failed.add(c.outcome().status());
                }
            }
        }
        List<MapDrawing.Swatch> swatches = new ArrayList<>();
        for (Outcome.Status status : failed) {
            String label = switch (status) {
                case DIVERGED -> "diverged";
                case UNBOUNDED -> "unbounded below";
                default -> "left the domain";
            };
            swatches.add(new MapDrawing.Swatch(MapPicture.failureArgb(status), label));
        }
        return swatches;
    }
}
