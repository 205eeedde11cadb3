package downhill.app.landscape;

/** How the landscape tab shows the optimizers: all paths on one landscape, or one small panel each. */
public enum Layout {
    OVERLAY("Overlay"),
    GRID("Side by side");

    private final String label;

    Layout(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
