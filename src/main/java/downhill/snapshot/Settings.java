package downhill.snapshot;

import downhill.app.presentation.Preferences;
import downhill.engine.data.DrawnPoints;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.slice.DirectionKind;
import downhill.experiment.LandscapeSettings.Layout;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a snapshot pictures, every part checked before the toolkit starts.
 *
 * @param preset     a scenario to open first, or null
 * @param lesson     the step of a lesson {@code preset} to show, and the answers given, or null
 * @param rangeTest  the optimizer whose range test dialog is pictured over the window, or null
 * @param report     whether the window's layout is read for {@code --layout-report}
 * @param networkTab whether the network tab is pictured (after training), not the landscape tab
 */
record Settings(
        String preset,
        LessonShot lesson,
        String rangeTest,
        boolean report,
        Looks looks,
        Race race,
        boolean networkTab,
        Network network) {

    /**
     * A lesson's step as a class sees it: the votes typed (one count per answer, or none), a student's own answer
     * (a choice, a number or "x,y", or null) and whether Reveal was pressed.
     */
    record LessonShot(int step, List<Integer> votes, String answer, boolean reveal) {}

    /** The window: its size in pixels, its preferences (theme, scale, language), controls hidden or not. */
    record Looks(int width, int height, Preferences preferences, boolean hideControls) {}

    /** The landscape tab: the race and what is open on it. */
    record Race(
            Objective objective,
            Map<String, Double> rates,
            Point start,
            Layout layout,
            boolean surface,
            int step,
            int stepLimit,
            String batchSize,
            boolean batchSurface,
            String inspect,
            String open) {}

    /**
     * The network tab: its data (a CSV file, drawn points or a generator's name), the epochs trained, the loss
     * landscape's directions, the view and the diagram's stage and colours.
     */
    record Network(
            Path csv,
            DrawnPoints drawn,
            String generator,
            int epochs,
            DirectionKind directions,
            String view,
            int diagramStage,
            boolean gradientColours,
            boolean mostWrong) {}
}
