package downhill.app.landscape;

import downhill.app.optimizers.Palette;
import downhill.engine.scene.PathResult;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The overlay's legend as a strip above the plot, never over it: a colour, the name and the status ("running",
 * "diverged at step k") per path, wrapping onto more lines when the window is narrow (the landscape tab's overlay and
 * the network tab's loss slice). Labels, so the CSS sizes them
 * with the UI scale and the layout report checks them.
 */
public final class LegendStrip extends FlowPane {

    private List<String> names = List.of();
    private final List<Label> statuses = new ArrayList<>();

    public LegendStrip() {
        setId("legend-strip");
        getStyleClass().add("legend-strip");
    }

    /** Shows {@code paths} at {@code step}; the entries are made again only when the optimizers change. */
    public void show(List<PathResult> paths, int step) {
        List<String> now =
                paths.stream().map(p -> p.name() + "\u0000" + p.displayName()).toList();
        if (!now.equals(names)) {
            names = now;
            statuses.clear();
            getChildren().clear();
            for (PathResult p : paths) {
                Region swatch = new Region();
                swatch.getStyleClass().add("legend-swatch");
                swatch.setStyle("-fx-background-color: " + Palette.hex(Palette.of(p.name())) + ";");
                Label name = new Label(p.displayName());
                name.getStyleClass().add("legend-name");
                name.setMinWidth(Region.USE_PREF_SIZE);
                Label status = new Label();
                status.getStyleClass().add("legend-status");
                status.setMinWidth(Region.USE_PREF_SIZE);
                statuses.add(status);
                HBox entry = new HBox(swatch, name, status);
                entry.getStyleClass().add("legend-entry");
                getChildren().add(entry);
            }
        }
        for (int i = 0; i < paths.size(); i++) {
            Label status = statuses.get(i);
            status.setText(PathStatus.of(paths.get(i), step));
            status.getStyleClass().remove("failed");
            if (paths.get(i).failedBy(step)) {
                status.getStyleClass().add("failed");
            }
        }
        setVisible(!paths.isEmpty());
        setManaged(!paths.isEmpty());
    }
}
