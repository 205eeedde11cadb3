package downhill.app.presentation;

import downhill.app.i18n.Messages;
import java.util.Locale;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One keyboard shortcut: its keys, what it does and where it works (message keys). Controllers match key events
 * against these and menus take them as accelerators, so the help lists exactly what the keys do.
 */
public record Shortcut(KeyCombination keys, String actionKey, String placeKey) {

    /** Keys whose names differ between languages; the others (letters, F keys) read the same everywhere. */
    private static final Set<KeyCode> NAMED_KEYS =
            Set.of(KeyCode.SPACE, KeyCode.ESCAPE, KeyCode.HOME, KeyCode.END, KeyCode.LEFT, KeyCode.RIGHT);

    public Shortcut {
        if (keys.getMeta() == KeyCombination.ModifierValue.DOWN) {
            // keysText() names Ctrl, Shift and Alt; Shortcut stands for Ctrl (or Cmd on a Mac).
            throw new IllegalArgumentException("Meta is not named in the help: " + keys.getDisplayText());
        }
    }

    public boolean matches(KeyEvent event) {
        return keys.match(event);
    }

    /**
     * The keys as the help shows them, e.g. "Ctrl+H", "F11", "Space" (in German "Strg+H", "Leertaste"): keys with a
     * name in the language come from the bundle, the rest as JavaFX names them.
     */
    public String keysText() {
        if (!(keys instanceof KeyCodeCombination combination)) {
            return keys.getDisplayText();
        }
        KeyCode code = combination.getCode();
        String key = NAMED_KEYS.contains(code)
                ? Messages.text("keys." + code.name().toLowerCase(Locale.ROOT))
                : code.getName();
        StringBuilder text = new StringBuilder();
        if (combination.getShortcut() == KeyCombination.ModifierValue.DOWN
                || combination.getControl() == KeyCombination.ModifierValue.DOWN) {
            text.append(Messages.text("keys.ctrl")).append('+');
        }
        if (combination.getShift() == KeyCombination.ModifierValue.DOWN) {
            text.append(Messages.text("keys.shift")).append('+');
        }
        if (combination.getAlt() == KeyCombination.ModifierValue.DOWN) {
            text.append(Messages.text("keys.alt")).append('+');
        }
        return text.append(key).toString();
    }

    public String action() {
        return Messages.text(actionKey);
    }

    public String place() {
        return Messages.text(placeKey);
    }
}
