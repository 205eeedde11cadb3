package downhill.app.landscape;

/** How the landscape tab shows the optimizers: all paths on one landscape, or one small panel each. */
public enum Layout {
    OVERLAY("landscape.overlay"),
    GRID("landscape.sideBySide");

    private final String messageKey;

    Layout(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String toString() {
        return downhill.app.i18n.Messages.text(messageKey);
    }
}
