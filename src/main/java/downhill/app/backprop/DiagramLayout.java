package downhill.app.backprop;

/**
 * Where the diagram puts its units: a column per layer from the inputs (left) to the outputs (right), the drawn
 * units ({@link UnitSampler}) spread down each column, square nodes as large as the room allows.
 *
 * @param x      per layer, the column's centre
 * @param y      per layer, per drawn unit, the node's centre
 * @param node   the nodes' side
 * @param shown  per layer, the drawn units
 */
record DiagramLayout(double[] x, double[][] y, double node, UnitSampler.Shown[] shown) {

    /**
     * @param widths units per layer, inputs first
     * @param top    room kept above the columns (their titles)
     * @param bottom room kept below ("+52 more", the legend)
     * @param most   the largest node side
     */
    static DiagramLayout of(int[] widths, double width, double height, double top, double bottom, double most) {
        int layers = widths.length;
        UnitSampler.Shown[] shown = new UnitSampler.Shown[layers];
        int tallest = 1;
        for (int l = 0; l < layers; l++) {
            shown[l] = UnitSampler.sample(widths[l]);
            tallest = Math.max(tallest, shown[l].indices().length);
        }
        double column = width / layers;
        double usable = Math.max(0, height - top - bottom);
        double slot = usable / tallest;
        double node = Math.max(4, Math.min(most, Math.min(slot * 0.72, column * 0.42)));
        double[] x = new double[layers];
        double[][] y = new double[layers][];
        for (int l = 0; l < layers; l++) {
            x[l] = column * (l + 0.5);
            int count = shown[l].indices().length;
            double gap = Math.min(slot, node * 2.6);
            double first = top + usable / 2 - gap * (count - 1) / 2;
            y[l] = new double[count];
            for (int u = 0; u < count; u++) {
                y[l][u] = first + u * gap;
            }
        }
        return new DiagramLayout(x, y, node, shown);
    }

    /** The edge nearest (px, py) within {@code reach}, as {layer, to, from} in units (not positions); or null. */
    DiagramViewModel.Edge edgeAt(double px, double py, double reach) {
        DiagramViewModel.Edge best = null;
        double nearest = reach;
        for (int l = 1; l < x.length; l++) {
            double x0 = x[l - 1] + node / 2;
            double x1 = x[l] - node / 2;
            if (px < x0 || px > x1) {
                continue;
            }
            for (int j = 0; j < y[l].length; j++) {
                for (int i = 0; i < y[l - 1].length; i++) {
                    double d = distance(px, py, x0, y[l - 1][i], x1, y[l][j]);
                    if (d < nearest) {
                        nearest = d;
                        best = new DiagramViewModel.Edge(
                                l - 1, shown[l].indices()[j], shown[l - 1].indices()[i]);
                    }
                }
            }
        }
        return best;
    }

    private static double distance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(px - ax - t * dx, py - ay - t * dy);
    }
}
