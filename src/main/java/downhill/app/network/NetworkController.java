package downhill.app.network;

import downhill.app.FrameLoop;
import downhill.app.control.AutoFold;
import downhill.app.control.SidebarDrawer;
import downhill.app.network.PictureChoice.Picture;
import downhill.app.optimizers.OptimizerListController;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The neural network tab (NetworkView.fxml). Its parts are views of their own: the data box
 * ({@link NetworkDataController}, with the {@link DrawingController}), the network box
 * ({@link NetworkSettingsController}), the optimizer list, the toolbar ({@link TrainingToolbarController}), the
 * pictures ({@link NetworkPicturesController}) and the {@link ResultsTable}. This controller connects the toolbar's
 * toggles to the drawer and the table and draws the newest results once per frame, as the {@link DrawSchedule}
 * says.
 */
public final class NetworkController {

    /** Window height at 100 % below which the results table starts folded (1280×720 at 150 % is 480). */
    static final double SHORT_WINDOW = 560;

    private final NetworkViewModel viewModel;
    private final DrawSchedule schedule = new DrawSchedule();
    private ObservableBooleanValue tabSelected = new SimpleBooleanProperty(true);

    @FXML
    private BorderPane root;

    @FXML
    private SidebarDrawer drawer;

    @FXML
    private StackPane optimizerHost;

    @FXML
    private TrainingToolbarController toolbarController;

    /** The pictures' controller: FXML names it after the included view's fx:id, mainArea. */
    @FXML
    private NetworkPicturesController mainAreaController;

    @FXML
    private ResultsTable resultsTable;

    public NetworkController(NetworkViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public NetworkViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        optimizerHost.getChildren().add(OptimizerListController.load(viewModel.optimizers()));
        viewModel.logScaleProperty().addListener(o -> redraw());
        viewModel.optimizers().revisionProperty().addListener(o -> redraw());
        toolbarController.drawerShownProperty().bindBidirectional(drawer.openProperty());
        // On a window short for its scale the table folds away (the toolbar brings it back): pictures first.
        BooleanProperty tableShown = toolbarController.tableShownProperty();
        resultsTable.visibleProperty().bind(tableShown);
        resultsTable.managedProperty().bind(tableShown);
        AutoFold.byHeight(root, tableShown, SHORT_WINDOW);
        // The stepper's equations need the height: the table folds when the diagram is chosen (its button brings it
        // back).
        var diagramShown = viewModel.pictureChoice().shows(Picture.DIAGRAM);
        diagramShown.addListener((obs, old, now) -> {
            if (now) {
                tableShown.set(false);
            }
        });
        if (diagramShown.get()) {
            tableShown.set(false);
        }
        FrameLoop.whileShown(root, this::onFrame);
        redraw();
    }

    /** Shows the layers' histograms (true) or the decision boundaries. */
    public void showLayers(boolean shown) {
        viewModel.layerHistograms().selectedProperty().set(shown);
    }

    /** Shows the network diagram (true) or the decision boundaries. */
    public void showDiagram(boolean shown) {
        viewModel.diagram().selectedProperty().set(shown);
    }

    /** Shows the loss landscape (true) or the decision boundaries. */
    public void showLossLandscape(boolean shown) {
        viewModel.lossLandscape().selectedProperty().set(shown);
    }

    private void onFrame(double elapsedSeconds) {
        boolean onScreen = onScreen();
        viewModel.shownProperty().set(onScreen);
        boolean changed = viewModel.onFrame(elapsedSeconds);
        switch (schedule.next(
                elapsedSeconds,
                onScreen,
                changed,
                viewModel.session().resultsProperty().get())) {
            case NOTHING -> {}
            case CHARTS -> draw(false);
            case EVERYTHING -> draw(true);
        }
    }

    /**
     * Whether this tab is showing: in a window and, in the main window, its tab selected ({@link #showWhile}). A view
     * placed on its own (a test's stage) shows while it is in a scene.
     */
    private boolean onScreen() {
        return root.getScene() != null && tabSelected.get();
    }

    /** Draws only while {@code selected} (the main window passes its network tab's selected property). */
    public void showWhile(ObservableBooleanValue selected) {
        tabSelected = selected;
    }

    /** Draws the view-model's current results now (tests and snapshots call this after a frame). */
    public void redraw() {
        draw(true);
    }

    private void draw(boolean slowParts) {
        List<RunProgress> results = viewModel.session().resultsProperty().get();
        mainAreaController.draw(results, slowParts);
        if (slowParts) {
            resultsTable.show(ResultRow.rows(results, viewModel.optimizers().racing()));
        }
    }
}
