package downhill.app.landscape;

import downhill.app.control.HeatmapImages;
import downhill.app.sweep.MapController;
import downhill.engine.explain.StepExplanation;
import downhill.engine.function.Window;
import downhill.engine.scene.PathResult;
import downhill.experiment.LandscapeSettings.Layout;
import downhill.render.Viewport;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The landscape tab's picture in its chosen layout: the overlay (every path on one canvas, under a legend), the 3-D
 * surface in its place, the side-by-side grid of small multiples ({@link LandscapePanels}) or the hyperparameter map.
 * It puts the layout's node in the host and draws it, asking the view-model for a heatmap of the size it shows.
 */
final class LayoutPictures {

    /** The side of the heatmap that textures the 3-D surface, in pixels. */
    private static final int SURFACE_TEXTURE = 800;

    private final LandscapeViewModel viewModel;
    private final StackPane host;
    private final Node map;
    private final MapController mapController;
    private final HeatmapImages images = new HeatmapImages();
    private final LandscapePanels panels;
    private final LegendStrip legend = new LegendStrip();
    private final LandscapeCanvas overlay;
    private final VBox overlayBox = new VBox();
    private SurfaceView surfaceView;

    /**
     * @param host where the layout's picture goes
     * @param map the map's view, shown in the Map layout, and its controller
     */
    LayoutPictures(LandscapeViewModel viewModel, StackPane host, Node map, MapController mapController) {
        this.viewModel = viewModel;
        this.host = host;
        this.map = map;
        this.mapController = mapController;
        LandscapeCanvas.Interaction gestures = new RaceGestures(viewModel);
        panels = new LandscapePanels(images, gestures);
        overlay = new LandscapeCanvas(images, gestures, false);
        overlay.setId("overlay-canvas");
        VBox.setVgrow(overlay, Priority.ALWAYS);
        overlayBox.getChildren().setAll(legend, overlay);
    }

    /** Puts the picture of {@code layout} in the host (the surface for the overlay while 3-D is on). */
    void show(Layout layout) {
        host.getChildren()
                .setAll(
                        layout == Layout.GRID
                                ? panels.node()
                                : layout == Layout.MAP
                                        ? map
                                        : viewModel.surface().shownProperty().get() ? surfaceView() : overlayBox);
        viewModel.invalidate();
    }

    /** Made when first shown: a 3-D scene costs memory and warns on pipelines without 3-D. */
    private SurfaceView surfaceView() {
        if (surfaceView == null) {
            surfaceView = new SurfaceView(viewModel.surface(), images);
            surfaceView.setId("surface-view");
        }
        return surfaceView;
    }

    /** Draws the race at {@code step} in the layout shown, with the inspected step's arrows where it was taken. */
    void draw(RaceSnapshot race, int step) {
        Window window = viewModel.viewWindowProperty().get();
        StepExplanation explained = viewModel.inspector().shownOnLandscape();
        if (explained != null && explained.step() != step) {
            explained = null;
        }
        Layout layout = viewModel.layoutProperty().get();
        if (layout == Layout.OVERLAY && viewModel.surface().shownProperty().get()) {
            surfaceView().show(viewModel.surface().builtProperty().get(), race, step);
            if (window != null) {
                // The surface is textured with the heatmap: ask for one of a fixed size, whatever the canvas.
                Viewport v = Viewport.fit(window, 0, 0, SURFACE_TEXTURE, SURFACE_TEXTURE);
                viewModel.requestImage(v.shown(), (int) Math.round(v.width()), (int) Math.round(v.height()));
            }
        } else if (layout == Layout.MAP) {
            mapController.refresh();
        } else if (layout == Layout.OVERLAY) {
            legend.show(race.paths(), step);
            overlay.draw(frameOf(window)
                    .paths(race.paths(), step)
                    .explained(explained)
                    .build());
            viewModel.lessonMarksProperty().get().draw(overlay);
            requestImage(overlay, window);
        } else {
            drawPanels(race, step, window, explained);
        }
    }

    /** One small picture per path, each with its name and state as title; the inspected step only on its own. */
    private void drawPanels(RaceSnapshot race, int step, Window window, StepExplanation explained) {
        List<LandscapeCanvas> shown =
                panels.show(race.paths().stream().map(PathResult::name).toList());
        for (int i = 0; i < shown.size(); i++) {
            PathResult path = race.paths().get(i);
            shown.get(i)
                    .draw(frameOf(window)
                            .paths(List.of(path), step)
                            .title(PathStatus.title(path), PathStatus.line(path, step))
                            .explained(
                                    explained != null && explained.optimizer().equals(path.name()) ? explained : null)
                            .build());
        }
        if (!shown.isEmpty()) {
            requestImage(shown.get(0), window);
        }
    }

    /** A frame of the tab's function, picture, start and colours; the paths and the title are the caller's. */
    private LandscapeCanvas.Builder frameOf(Window window) {
        return LandscapeCanvas.Frame.of(window)
                .image(viewModel.imageProperty().get())
                .objective(viewModel.objective())
                .start(viewModel.startProperty().get())
                .colormap(viewModel.colormapProperty().get());
    }

    private void requestImage(LandscapeCanvas canvas, Window window) {
        if (canvas.canvas().getWidth() > 0 && window != null) {
            Viewport v = canvas.viewportFor(window);
            viewModel.requestImage(v.shown(), (int) Math.round(v.width()), (int) Math.round(v.height()));
        }
    }
}
