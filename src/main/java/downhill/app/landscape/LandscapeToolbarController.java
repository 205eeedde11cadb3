package downhill.app.landscape;

import downhill.experiment.LandscapeSettings.Layout;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Binds the landscape tab's toolbar (LandscapeToolbar.fxml): the transport row (drawer, rewind, step, play, loop,
 * the timeline and its step) and the settings row (speed, step limit, the inspector, 3-D and the layouts). The
 * words come from {@link LandscapeTexts}, the speed slider's scale from {@link SpeedScale}.
 */
public final class LandscapeToolbarController {

    /** How far the step limit's arrows move it. */
    private static final int STEP_LIMIT_INCREMENT = 100;

    private final LandscapeViewModel viewModel;

    @FXML
    private FlowPane settingsRow;

    @FXML
    private Button drawerButton;

    @FXML
    private Button rewindButton;

    @FXML
    private Button backButton;

    @FXML
    private Button playButton;

    @FXML
    private FontIcon playIcon;

    @FXML
    private Button forwardButton;

    @FXML
    private ToggleButton loopToggle;

    @FXML
    private Slider timeline;

    @FXML
    private Label stepLabel;

    @FXML
    private Slider speedSlider;

    @FXML
    private Label speedLabel;

    @FXML
    private Spinner<Integer> stepLimitSpinner;

    @FXML
    private ToggleButton inspectToggle;

    @FXML
    private ToggleButton threeDToggle;

    @FXML
    private ToggleButton overlayToggle;

    @FXML
    private ToggleButton gridToggle;

    @FXML
    private ToggleButton mapToggle;

    public LandscapeToolbarController(LandscapeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindPlayback();
        bindSpeedAndLimit();
        bindLayouts();
        inspectToggle.selectedProperty().bindBidirectional(viewModel.inspector().openProperty());
        threeDToggle.selectedProperty().bindBidirectional(viewModel.surface().shownProperty());
        threeDToggle.disableProperty().bind(viewModel.layoutProperty().isNotEqualTo(Layout.OVERLAY));
    }

    /** Play and pause, loop, and the timeline, which moves the clock and follows it. */
    private void bindPlayback() {
        playButton.accessibleTextProperty().bind(viewModel.texts().playAction());
        playIcon.iconCodeProperty()
                .bind(Bindings.when(viewModel.playingProperty())
                        .<Ikon>then(MaterialDesignP.PAUSE)
                        .otherwise(MaterialDesignP.PLAY));
        loopToggle.selectedProperty().bindBidirectional(viewModel.loopProperty());
        timeline.maxProperty().bind(viewModel.stepLimitProperty());
        timeline.setValue(viewModel.currentStepProperty().get());
        timeline.valueProperty().addListener((obs, old, now) -> {
            int step = (int) Math.round(now.doubleValue());
            if (step != viewModel.currentStepProperty().get()) {
                viewModel.currentStepProperty().set(step);
            }
        });
        viewModel.currentStepProperty().addListener((obs, old, now) -> timeline.setValue(now.intValue()));
        stepLabel.textProperty().bind(viewModel.texts().stepLabel());
    }

    private void bindSpeedAndLimit() {
        speedSlider.setMin(SpeedScale.MIN_POSITION);
        speedSlider.setMax(SpeedScale.MAX_POSITION);
        speedSlider.setValue(SpeedScale.position(viewModel.speedProperty().get()));
        speedSlider
                .valueProperty()
                .addListener((obs, old, now) -> viewModel.speedProperty().set(SpeedScale.speed(now.doubleValue())));
        // An opened experiment sets the speed: the slider follows it.
        viewModel
                .speedProperty()
                .addListener((obs, old, now) -> speedSlider.setValue(SpeedScale.position(now.doubleValue())));
        speedLabel.textProperty().bind(viewModel.texts().speedLabel());
        SpinnerValueFactory.IntegerSpinnerValueFactory limits = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                LandscapeViewModel.MIN_STEP_LIMIT,
                LandscapeViewModel.MAX_STEP_LIMIT,
                viewModel.stepLimitProperty().get(),
                STEP_LIMIT_INCREMENT);
        stepLimitSpinner.setValueFactory(limits);
        limits.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.stepLimitProperty().set(now);
            }
        });
        viewModel.stepLimitProperty().addListener((obs, old, now) -> limits.setValue(now.intValue()));
    }

    /** The three layout buttons show the view-model's layout and set it; one always stays pressed. */
    private void bindLayouts() {
        // In the layouts' order, as the buttons are set when the layout changes.
        Map<Layout, ToggleButton> buttons = new EnumMap<>(Layout.class);
        buttons.put(Layout.OVERLAY, overlayToggle);
        buttons.put(Layout.GRID, gridToggle);
        buttons.put(Layout.MAP, mapToggle);
        ToggleGroup layouts = new ToggleGroup();
        buttons.values().forEach(button -> button.setToggleGroup(layouts));
        showLayout(buttons, viewModel.layoutProperty().get());
        layouts.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                buttons.forEach((layout, button) -> {
                    if (button == now) {
                        viewModel.layoutProperty().set(layout);
                    }
                });
            }
        });
        viewModel.layoutProperty().addListener((obs, old, now) -> showLayout(buttons, now));
    }

    private static void showLayout(Map<Layout, ToggleButton> buttons, Layout shown) {
        buttons.forEach((layout, button) -> button.setSelected(layout == shown));
    }

    /**
     * Without the controls (a projector's full picture) only the timeline, its step, play and loop stay: the
     * settings row, the drawer button and the step buttons go.
     */
    public void showControls(boolean shown) {
        for (var node : List.of(settingsRow, rewindButton, backButton, forwardButton, drawerButton)) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }

    @FXML
    private void toggleDrawer() {
        viewModel.drawer().toggle();
    }

    @FXML
    private void togglePlay() {
        viewModel.togglePlay();
    }

    @FXML
    private void stepForward() {
        viewModel.stepForward();
    }

    @FXML
    private void stepBack() {
        viewModel.stepBack();
    }

    @FXML
    private void rewind() {
        viewModel.rewind();
    }
}
