package downhill.app.landscape;

import downhill.app.control.GridCells;
import downhill.app.control.HeatmapImages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.GridPane;

/**
 * The side-by-side layout: one small landscape canvas per racing optimizer, in a grid of up to four columns. The
 * panels are made again only when the racing optimizers change.
 */
final class LandscapePanels {

    private final HeatmapImages images;
    private final LandscapeCanvas.Interaction gestures;
    private final GridPane grid = new GridPane();
    private final List<LandscapeCanvas> panels = new ArrayList<>();
    private List<String> names = List.of();

    /** @param gestures where every panel's gestures go, so that all of them zoom and pan together */
    LandscapePanels(HeatmapImages images, LandscapeCanvas.Interaction gestures) {
        this.images = images;
        this.gestures = gestures;
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setId("panel-grid");
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
        GridCells.fill(grid, panels, columns(racing.size()));
        grid.layout();
        return panels;
    }

    /** One column for one panel, two up to four, three up to nine, four beyond. */
    static int columns(int panels) {
        return panels <= 1 ? 1 : panels <= 4 ? 2 : panels <= 9 ? 3 : 4;
    }
}
