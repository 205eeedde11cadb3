package downhill.app.landscape;

import downhill.app.FrameLoop;
import downhill.app.layout.ProjectorLayout;
import downhill.app.sweep.MapController;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The landscape tab (LandscapeView.fxml). Its parts are views of their own with controllers that bind them: the
 * function pane ({@link LandscapeFunctionController}), the loss pane ({@link LossPaneController}), the toolbar
 * ({@link LandscapeToolbarController}), the map and the step inspector. This controller lays the tab out for a
 * projector, shows the chosen layout's picture ({@link LayoutPictures}) and draws once per frame from the
 * view-model's newest state.
 */
public final class LandscapeController {

    /** The step inspector's widest, in em (as downhill.css gives it): the room it may take from the picture. */
    private static final double INSPECTOR_EM = 31;

    private static final String CONTROLS_HIDDEN = "controls-hidden";

    private final LandscapeViewModel viewModel;
    private LayoutPictures pictures;
    private ProjectorLayout projector;

    @FXML
    private BorderPane root;

    @FXML
    private VBox sidebar;

    @FXML
    private Node inspector;

    @FXML
    private SplitPane split;

    @FXML
    private StackPane landscapeHost;

    @FXML
    private LossPaneController lossPaneController;

    @FXML
    private LandscapeToolbarController toolbarController;

    @FXML
    private Node map;

    @FXML
    private MapController mapController;

    public LandscapeController(LandscapeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public LandscapeViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        pictures = new LayoutPictures(viewModel, landscapeHost, map, mapController);
        viewModel.layoutProperty().addListener((obs, old, now) -> pictures.show(now));
        viewModel
                .surface()
                .shownProperty()
                .addListener((obs, old, now) ->
                        pictures.show(viewModel.layoutProperty().get()));
        projector = new ProjectorLayout(root, sidebar, split, viewModel.drawer());
        projector.besidePicture((Region) inspector, viewModel.inspector().openProperty(), INSPECTOR_EM);
        pictures.show(viewModel.layoutProperty().get());
        FrameLoop.whileShown(root, this::onFrame);
    }

    /**
     * With {@code shown} false only the landscape, the timeline and the play button stay: for a projector, where
     * the picture should fill the room's view. The split's divider goes back where it was when they return.
     */
    public void showControls(boolean shown) {
        // The side panels leave the border pane: the inspector's own visibility is bound to whether it is open.
        root.setRight(shown ? inspector : null);
        toolbarController.showControls(shown);
        lossPaneController.showControls(shown);
        root.getStyleClass().remove(CONTROLS_HIDDEN);
        if (!shown) {
            // The chart's pane may then shrink to nothing (see the CSS).
            root.getStyleClass().add(CONTROLS_HIDDEN);
        }
        projector.showControls(shown);
    }

    private void onFrame(double elapsedSeconds) {
        if (viewModel.onFrame(elapsedSeconds)) {
            redraw();
        }
    }

    /** Draws the current state now (tests call this after changing the view-model). */
    public void redraw() {
        RaceSnapshot race = viewModel.raceProperty().get();
        int step = viewModel.currentStepProperty().get();
        pictures.draw(race, step);
        lossPaneController.draw(race, step);
    }
}
