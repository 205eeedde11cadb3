package downhill.app.experiment;

import downhill.app.landscape.LandscapeViewModel;
import downhill.engine.function.Objective;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import downhill.experiment.LandscapeSettings;
import downhill.experiment.LandscapeSettings.Layout;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;

/** The landscape tab's view-model as {@link LandscapeSettings}, and back. */
final class LandscapeTabSettings {

    private final LandscapeViewModel landscape;

    LandscapeTabSettings(LandscapeViewModel landscape) {
        this.landscape = landscape;
    }

    /** Everything {@link #capture()} reads: a change to any may be an unsaved change. */
    List<Observable> observables() {
        LandscapeViewModel l = landscape;
        return List.of(
                l.objectiveProperty(),
                l.expressionProperty(),
                l.batchSizeProperty(),
                l.seedProperty(),
                l.gradientNoiseProperty(),
                l.viewWindowProperty(),
                l.startProperty(),
                l.stepLimitProperty(),
                l.speedProperty(),
                l.layoutProperty(),
                l.colormapProperty(),
                l.logScaleProperty(),
                l.lossLogScaleProperty(),
                l.surface().shownProperty(),
                l.optimizers().revisionProperty());
    }

    LandscapeSettings capture() {
        LandscapeViewModel l = landscape;
        Objective f = l.objective();
        String function = l.builtins().contains(f) ? f.name() : f.formula();
        return new LandscapeSettings(
                function,
                l.batchSizeProperty().get(),
                l.seedProperty().get(),
                l.gradientNoiseProperty().get(),
                l.viewWindowProperty().get(),
                l.startProperty().get(),
                l.stepLimitProperty().get(),
                l.speedProperty().get(),
                l.layoutProperty().get(),
                l.colormapProperty().get(),
                l.logScaleProperty().get(),
                l.lossLogScaleProperty().get(),
                l.surface().shownProperty().get() ? LandscapeSettings.View.SURFACE : LandscapeSettings.View.FLAT,
                OptimizerEntries.capture(l.optimizers()),
                mapAxes(l));
    }

    /** The map's optimizer and axes while the Map layout shows (kept only then: other layouts have no map). */
    private static LandscapeSettings.MapAxes mapAxes(LandscapeViewModel l) {
        var map = l.map().axes();
        if (l.layoutProperty().get() != Layout.MAP
                || map.optimizerProperty().get() == null
                || map.yKeyProperty().get() == null) {
            return null;
        }
        OptimizerType type = Optimizers.byName(map.optimizerProperty().get());
        double[] x = ownRange(
                type.hyperparameter(map.xKeyProperty().get()),
                map.xFromProperty().get(),
                map.xToProperty().get());
        double[] y = ownRange(
                type.hyperparameter(map.yKeyProperty().get()),
                map.yFromProperty().get(),
                map.yToProperty().get());
        return new LandscapeSettings.MapAxes(
                map.optimizerProperty().get(),
                map.xKeyProperty().get(),
                map.yKeyProperty().get(),
                x[0],
                x[1],
                y[0],
                y[1]);
    }

    /** A map axis' range as the file keeps it: NaN for the slider's own (written as nothing). */
    private static double[] ownRange(Hyperparameter h, double from, double to) {
        boolean sliders = Double.isNaN(from) || from == h.sliderMin() && to == h.sliderMax();
        return sliders ? new double[] {Double.NaN, Double.NaN} : new double[] {from, to};
    }

    /** Sets the tab to {@code s}, stopping the animation. */
    void apply(LandscapeSettings s) {
        LandscapeViewModel l = landscape;
        l.rewind();
        OptimizerEntries.apply(l.optimizers(), s.optimizers());
        Optional<Objective> named =
                l.builtins().stream().filter(f -> f.name().equals(s.function())).findFirst();
        if (named.isPresent()) {
            l.choose(named.get());
        } else {
            l.expressionProperty().set(s.function());
            l.applyExpression();
        }
        l.batchSizeProperty().set(s.batchSize());
        l.seedProperty().set(s.seed());
        l.gradientNoiseProperty().set(s.gradientNoise());
        l.viewWindowProperty().set(s.window());
        l.startProperty().set(s.start());
        l.stepLimitProperty().set(s.stepLimit());
        l.speedProperty().set(s.speed());
        l.layoutProperty().set(s.layout());
        l.colormapProperty().set(s.colormap());
        l.logScaleProperty().set(s.logScale());
        l.lossLogScaleProperty().set(s.lossLogScale());
        l.surface().shownProperty().set(s.view() == LandscapeSettings.View.SURFACE);
        if (s.map() != null) {
            var axes = l.map().axes();
            axes.optimizerProperty().set(s.map().optimizer());
            axes.xKeyProperty().set(s.map().x());
            axes.yKeyProperty().set(s.map().y());
            // After the keys, whose change resets the ranges to the sliders'.
            axes.xFromProperty().set(s.map().xFrom());
            axes.xToProperty().set(s.map().xTo());
            axes.yFromProperty().set(s.map().yFrom());
            axes.yToProperty().set(s.map().yTo());
        }
        l.rewind();
    }
}
