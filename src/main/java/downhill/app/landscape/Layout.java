package downhill.app.landscape;

import downhill.app.i18n.Messages;

/** How the landscape tab shows the optimizers: all paths on one landscape, one small panel each, or a map. */
public enum Layout {
    OVERLAY("landscape.overlay"),
    GRID("landscape.sideBySide"),
    /** One optimizer's hyperparameter map (#16) instead of the landscape. */
    MAP("landscape.map");

    private final String messageKey;

    Layout(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String toString() {
        return Messages.text(messageKey);
    }
}
