package downhill.app.landscape;

import downhill.app.presentation.Shortcuts;
import java.util.function.BooleanSupplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * The race's keys for the whole window (Space, ←/→, Home/R, End), as a filter on the scene: whatever has the focus
 * (a tab header, a check box, nothing) the keys drive the landscape's race while its tab shows. Two exceptions:
 * where text is typed the keys are the text's, and a slider that was clicked keeps its arrow keys (the learning
 * rate's fine steps). Arrow keys never switch tabs.
 */
public final class RaceKeys implements EventHandler<KeyEvent> {

    /** The id of the race's own timeline slider: its arrow keys step the race like everywhere else. */
    static final String TIMELINE_ID = "timeline";

    private final LandscapeViewModel race;
    private final BooleanSupplier landscapeShown;

    /** @param landscapeShown whether the landscape tab is the one showing */
    public RaceKeys(LandscapeViewModel race, BooleanSupplier landscapeShown) {
        this.race = race;
        this.landscapeShown = landscapeShown;
    }

    /** Adds the keys to {@code scene}; once per scene. */
    public static RaceKeys install(Scene scene, LandscapeViewModel race, BooleanSupplier landscapeShown) {
        RaceKeys keys = new RaceKeys(race, landscapeShown);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        return keys;
    }

    @Override
    public void handle(KeyEvent e) {
        Node focus = e.getTarget() instanceof Node target && target.getScene() != null
                ? target.getScene().getFocusOwner()
                : null;
        if (typing(focus)) {
            return;
        }
        boolean arrow = Shortcuts.STEP_FORWARD.matches(e) || Shortcuts.STEP_BACK.matches(e);
        if (!landscapeShown.getAsBoolean()) {
            if (arrow && focus instanceof TabPane) {
                e.consume();
            }
            return;
        }
        if (arrow && focus instanceof Slider && !TIMELINE_ID.equals(focus.getId())) {
            return;
        }
        if (Shortcuts.PLAY.matches(e)) {
            race.togglePlay();
        } else if (Shortcuts.STEP_FORWARD.matches(e)) {
            race.stepForward();
        } else if (Shortcuts.STEP_BACK.matches(e)) {
            race.stepBack();
        } else if (Shortcuts.REWIND.matches(e) || Shortcuts.REWIND_R.matches(e)) {
            race.rewind();
        } else if (Shortcuts.TO_END.matches(e)) {
            race.toEnd();
        } else {
            return;
        }
        e.consume();
    }

    /** Whether keys typed now go into text: a text field, an editable combo box or spinner. */
    public static boolean typing(Node focus) {
        return focus instanceof TextInputControl
                || focus instanceof ComboBoxBase<?> box && box.isEditable()
                || focus instanceof Spinner<?> spinner && spinner.isEditable();
    }
}
