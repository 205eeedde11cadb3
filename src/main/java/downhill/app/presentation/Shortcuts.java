package downhill.app.presentation;

import java.util.List;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the app, in the order the help shows them. A controller that handles a key takes its
 * {@link Shortcut} from here; a test checks that every accelerator in the menus is listed, so the help cannot go
 * out of date. A new shortcut is one constant here and one line in {@link #ALL}.
 */
public final class Shortcuts {

    private static final String WINDOW = "shortcuts.place.window";
    private static final String LANDSCAPE = "shortcuts.place.landscape";
    private static final String LESSON = "shortcuts.place.lesson";

    public static final Shortcut PLAY = new Shortcut(key(KeyCode.SPACE), "shortcuts.play", LANDSCAPE);
    public static final Shortcut STEP_FORWARD = new Shortcut(key(KeyCode.RIGHT), "shortcuts.stepForward", LANDSCAPE);
    public static final Shortcut STEP_BACK = new Shortcut(key(KeyCode.LEFT), "shortcuts.stepBack", LANDSCAPE);
    public static final Shortcut REWIND = new Shortcut(key(KeyCode.HOME), "shortcuts.rewind", LANDSCAPE);
    public static final Shortcut REWIND_R = new Shortcut(key(KeyCode.R), "shortcuts.rewind", LANDSCAPE);
    public static final Shortcut TO_END = new Shortcut(key(KeyCode.END), "shortcuts.toEnd", LANDSCAPE);
    public static final Shortcut FULL_SCREEN = new Shortcut(key(KeyCode.F11), "shortcuts.fullScreen", WINDOW);
    /** JavaFX's own way out of full screen; listed so that people know it. */
    public static final Shortcut LEAVE_FULL_SCREEN =
            new Shortcut(key(KeyCode.ESCAPE), "shortcuts.leaveFullScreen", WINDOW);

    public static final Shortcut HIDE_CONTROLS = new Shortcut(
            new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN), "shortcuts.hideControls", WINDOW);
    /** The landscape's sidebar, a drawer that also closes by itself in a narrow window. */
    public static final Shortcut TOGGLE_DRAWER = new Shortcut(
            new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), "shortcuts.toggleDrawer", WINDOW);

    public static final Shortcut COPY_IMAGE = new Shortcut(
            new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            "shortcuts.copyImage",
            WINDOW);
    public static final Shortcut OPEN =
            new Shortcut(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), "shortcuts.open", WINDOW);
    public static final Shortcut SAVE =
            new Shortcut(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), "shortcuts.save", WINDOW);
    public static final Shortcut SAVE_AS = new Shortcut(
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            "shortcuts.saveAs",
            WINDOW);
    public static final Shortcut QUIT =
            new Shortcut(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), "shortcuts.quit", WINDOW);
    public static final Shortcut HELP = new Shortcut(key(KeyCode.F1), "shortcuts.help", WINDOW);
    /** Typed, not pressed: where "?" lies depends on the keyboard layout. */
    public static final Shortcut HELP_QUESTION_MARK =
            new Shortcut(new KeyCharacterCombination("?"), "shortcuts.help", WINDOW);

    /** A clicker for slides sends Page Down and Page Up: they move through a lesson's steps. */
    public static final Shortcut LESSON_NEXT = new Shortcut(key(KeyCode.PAGE_DOWN), "shortcuts.lessonNext", LESSON);

    public static final Shortcut LESSON_BACK = new Shortcut(key(KeyCode.PAGE_UP), "shortcuts.lessonBack", LESSON);

    public static final List<Shortcut> ALL = List.of(
            OPEN,
            SAVE,
            SAVE_AS,
            QUIT,
            FULL_SCREEN,
            LEAVE_FULL_SCREEN,
            HIDE_CONTROLS,
            TOGGLE_DRAWER,
            COPY_IMAGE,
            HELP,
            HELP_QUESTION_MARK,
            PLAY,
            STEP_FORWARD,
            STEP_BACK,
            REWIND,
            REWIND_R,
            TO_END,
            LESSON_NEXT,
            LESSON_BACK);

    private Shortcuts() {}

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    /** Whether {@code keys} is one of the listed shortcuts. */
    public static boolean listed(KeyCombination keys) {
        return ALL.stream().anyMatch(s -> s.keys().equals(keys));
    }
}
