package downhill.cli;

import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.schedule.Constant;
import downhill.engine.sweep.Axis;
import downhill.engine.sweep.MapPicture;
import downhill.engine.sweep.Sweep;
import downhill.engine.sweep.SweepSpec;
import downhill.experiment.ExperimentRuns;
import downhill.experiment.LandscapeSettings;
import downhill.render.MapStill;
import downhill.render.PictureFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code render}'s hyperparameter map: the map of the flags' optimizer ({@code --map X-SPEC,Y-SPEC}), or of a
 * scenario or experiment laid out as a map, computed on every core and drawn as the window draws it.
 */
final class MapRender {

    private MapRender() {}

    /** The map of the first of {@code optimizer}'s race over the two axes of {@code specs} ("X-SPEC,Y-SPEC"). */
    static SweepSpec fromFlags(String specs, Objective objective, Point start, String optimizer, double lr, int steps) {
        String[] parts = specs.split(",", -1);
        if (parts.length != 2) {
            throw new UserError("--map takes two axes as X-SPEC,Y-SPEC, e.g. lr:1e-4:1:log:61,momentum:0:0.99:lin:41;"
                    + " got '" + specs + "'");
        }
        Axis x = axis(parts[0]);
        Axis y = axis(parts[1]);
        OptimizerType type = Optimizers.byName(optimizer);
        Hyperparameters fixed = Hyperparameters.of(Hyperparameter.LR, lr);
        try {
            return new SweepSpec(
                    objective, null, start, type, fixed, new Constant(), x, y, steps, MapPicture.TOLERANCE);
        } catch (IllegalArgumentException e) {
            throw new UserError("--map: " + e.getMessage());
        }
    }

    private static Axis axis(String text) {
        try {
            return Axis.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new UserError("--map: " + e.getMessage());
        }
    }

    /** The map a scenario or experiment shows in its Map layout. */
    static SweepSpec fromSettings(String source, LandscapeSettings settings) {
        try {
            return ExperimentRuns.map(settings);
        } catch (IllegalArgumentException e) {
            throw new UserError(source + ": " + e.getMessage());
        }
    }

    /** The optimizer's own values of the two axes: the fixed ones where given, else its defaults. */
    static double[] marker(SweepSpec spec) {
        return new double[] {own(spec, spec.x().key()), own(spec, spec.y().key())};
    }

    private static double own(SweepSpec spec, String key) {
        return spec.fixed()
                .values()
                .getOrDefault(key, spec.type().hyperparameter(key).defaultValue());
    }

    /**
     * Computes {@code spec} and writes its picture; the marker is the optimizer's own values of the two axes.
     *
     * @return what was written, for the "wrote" line
     */
    static String write(SweepSpec spec, double[] marker, boolean bySteps, int width, int height, Path out)
            throws InterruptedException {
        Sweep sweep = new Sweep(spec);
        sweep.run(Runtime.getRuntime().availableProcessors());
        try {
            PictureFiles.writePng(new MapStill(sweep, bySteps, marker).render(width, height), out);
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + PictureFiles.reason(out, e));
        }
        return spec.cellCount() + " cells × " + spec.steps() + " steps, " + MapPicture.diverged(sweep) + " diverged";
    }
}
