package downhill.app.network;

/** How many columns a grid of square-ish pictures needs to show each as large as possible in a given area. */
final class PanelGrid {

    private PanelGrid() {}

    /**
     * The column count (1 to {@code cells}) whose cells have the largest smaller side in a {@code width} ×
     * {@code height} area; fewer empty cells win a tie. Before the area is laid out (zero size), one row.
     */
    static int columns(int cells, double width, double height) {
        if (cells <= 0) {
            return 1;
        }
        if (!(width > 0 && height > 0)) {
            return Math.min(cells, 4);
        }
        int best = cells;
        double bestSide = -1;
        int bestEmpty = 0;
        for (int columns = cells; columns >= 1; columns--) {
            int rows = (cells + columns - 1) / columns;
            double side = Math.min(width / columns, height / rows);
            int empty = rows * columns - cells;
            if (side > bestSide + 1e-9 || Math.abs(side - bestSide) <= 1e-9 && empty < bestEmpty) {
                bestSide = side;
                best = columns;
                bestEmpty = empty;
            }
        }
        return best;
    }
}
