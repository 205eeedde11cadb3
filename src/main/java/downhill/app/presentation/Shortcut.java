package downhill.app.presentation;

import downhill.app.i18n.Messages;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One keyboard shortcut: its keys, what it does and where it works (message keys). Controllers match key events
 * against these and menus take them as accelerators, so the help lists exactly what the keys do.
 */
public record Shortcut(KeyCombination keys, String actionKey, String placeKey) {

    public boolean matches(KeyEvent event) {
        return keys.match(event);
    }

    /** The keys as the help shows them, e.g. "Ctrl+H", "F11", "Space". */
    public String keysText() {
        return keys.getDisplayText();
    }

    public String action() {
        return Messages.text(actionKey);
    }

    public String place() {
        return Messages.text(placeKey);
    }
}
