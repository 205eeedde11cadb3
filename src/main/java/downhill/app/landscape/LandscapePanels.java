package downhill.app.landscape;

import downhill.app.control.GridCells;
import downhill.app.control.HeatmapImages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.GridPane;

/**
 * The side-by-side layout: one small landscape canvas per racing optimizer, in the grid whose cells are largest in
 * the space there is ({@link GridCells#columns}): one row on a wide projector, two by two on a square window. The
 * panels are made again only when the racing optimizers change, and placed again when the space changes shape.
 */
final class LandscapePanels {

    private final HeatmapImages images;
    private final LandscapeCanvas.Interaction gestures;
    private final GridPane grid = new GridPane();
    private final List<LandscapeCanvas> panels = new ArrayList<>();
    private List<String> names = List.of();
    private int columns;

    /** @param gestures where every panel's gestures go, so that all of them zoom and pan together */
    LandscapePanels(HeatmapImages images, LandscapeCanvas.Interaction gestures) {
        this.images = images;
        this.gestures = gestures;
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setId("panel-grid");
        grid.widthProperty().addListener(o -> arrange());
        grid.heightProperty().addListener(o -> arrange());
    }

    GridPane node() {
        return grid;
    }

    /** The panels for the optimizers {@code racing}, in their order: the ones shown, or new ones. */
    List<LandscapeCanvas> show(List<String> racing) {
        if (racing.equals(names)) {
            return panels;
        }
        names = racing;
        panels.clear();
        for (String name : racing) {
            LandscapeCanvas panel = new LandscapeCanvas(images, gestures, true);
            panel.setId("panel-" + name);
            panels.add(panel);
        }
        columns = 0;
        arrange();
        grid.layout();
        return panels;
    }

    private void arrange() {
        int best = GridCells.columns(panels.size(), grid.getWidth(), grid.getHeight());
        if (best != columns) {
            columns = best;
            GridCells.fill(grid, panels, best);
        }
    }
}
