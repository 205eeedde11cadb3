package downhill.app;

import downhill.app.control.LastFolder;
import downhill.app.experiment.ExperimentController;
import downhill.app.export.ExportMenu;
import downhill.app.export.ExportViewModel;
import downhill.app.i18n.Messages;
import downhill.app.landscape.LandscapeController;
import downhill.app.landscape.RaceKeys;
import downhill.app.lesson.LessonAuthoringViewModel;
import downhill.app.lesson.LessonMenu;
import downhill.app.presentation.Appearance;
import downhill.app.presentation.PresentationViewModel;
import downhill.app.presentation.Shortcuts;
import downhill.app.presentation.ShortcutsDialog;
import downhill.app.presentation.ViewMenu;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window around the two tabs: menus, banners, and which tab shows. Each feature builds its own menu items
 * (ExperimentController, ExportMenu, LessonMenu, ViewMenu); the shortcuts list is ShortcutsDialog.
 */
public final class MainWindowController {

    /** More error banners than this at once would push the window's content away; later ones are dropped. */
    private static final int MOST_BANNERS = 3;

    private final PresentationViewModel presentation;
    private final Runnable reloadWindow;

    @FXML
    private BorderPane root;

    @FXML
    private MenuBar menuBar;

    @FXML
    private Menu fileMenu;

    @FXML
    private Menu scenariosMenu;

    @FXML
    private Menu viewMenu;

    @FXML
    private Menu helpMenu;

    @FXML
    private VBox banners;

    @FXML
    private TabPane tabs;

    @FXML
    private Tab landscapeTab;

    @FXML
    private Tab networkTab;
    /** The included landscape view's controller. */
    @FXML
    private LandscapeController landscapeController;
    /** The network view's root, loaded when the network tab first shows ({@link #networkView()}). */
    private BorderPane network;

    private final Function<ObservableBooleanValue, Parent> loadNetworkView;

    private final ExperimentController experiment;
    private final ExportViewModel exports;
    private final LessonAuthoringViewModel authoring;

    /**
     * @param reloadWindow loads the window again in place (after the language changed)
     * @param loadNetworkView loads the network tab's view, once, when the tab first shows; the view draws while the
     *     value it is given (whether its tab is selected) is true
     */
    MainWindowController(
            ExperimentController experiment,
            ExportViewModel exports,
            LessonAuthoringViewModel authoring,
            PresentationViewModel presentation,
            Runnable reloadWindow,
            Function<ObservableBooleanValue, Parent> loadNetworkView) {
        this.loadNetworkView = loadNetworkView;
        this.experiment = experiment;
        this.exports = exports;
        this.authoring = authoring;
        this.presentation = presentation;
        this.reloadWindow = reloadWindow;
    }

    @FXML
    private void initialize() {
        // Before anything selects a tab (the experiment's active tab does, as it installs).
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == networkTab) {
                networkView();
            }
        });
        // Each feature adds its menu items here, from its own view-model.
        experiment.install(fileMenu, scenariosMenu, banners, tabs);
        ExportMenu.install(exports, fileMenu, tabs, banners, new LastFolder(presentation.lastFolderProperty()));
        // After Open, Save and Save As.
        LessonMenu.install(
                authoring,
                fileMenu,
                3,
                () -> root.getScene() == null ? null : root.getScene().getWindow(),
                new LastFolder(presentation.lastFolderProperty()));
        experiment.installQuit(fileMenu);
        ViewMenu.install(
                viewMenu,
                presentation,
                () -> landscapeController.viewModel().drawer().toggle(),
                reloadWindow);
        buildHelpMenu();
        presentation.controlsHiddenProperty().addListener((obs, old, hidden) -> showControls(!hidden));
        showControls(!presentation.controlsHiddenProperty().get());
        root.addEventFilter(KeyEvent.KEY_TYPED, this::onKeyTyped);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                attach(scene);
            }
        });
        presentation.problemProperty().addListener((obs, old, problem) -> {
            if (!problem.isEmpty()) {
                showProblem(problem);
            }
        });
        if (!presentation.problemProperty().get().isEmpty()) {
            showProblem(presentation.problemProperty().get());
        }
    }

    /** The network tab's view, loaded now if the tab has not shown yet. */
    public BorderPane networkView() {
        if (network == null) {
            network = (BorderPane) loadNetworkView.apply(networkTab.selectedProperty());
            networkTab.setContent(network);
            showControls(!presentation.controlsHiddenProperty().get());
        }
        return network;
    }

    public TabPane tabs() {
        return tabs;
    }

    public Node root() {
        return root;
    }

    private void buildHelpMenu() {
        MenuItem shortcuts = new MenuItem(Messages.text("presentation.menu.shortcuts"));
        shortcuts.setId("menu-shortcuts");
        shortcuts.setAccelerator(Shortcuts.HELP.keys());
        shortcuts.setOnAction(e -> showShortcuts());
        helpMenu.getItems().add(shortcuts);
    }

    private void onKeyTyped(KeyEvent e) {
        if (!(e.getTarget() instanceof TextInputControl) && "?".equals(e.getCharacter())) {
            e.consume();
            showShortcuts();
        }
    }

    /** The dialog listing every shortcut, grouped by where it works. */
    public Dialog<ButtonType> showShortcuts() {
        return ShortcutsDialog.show(root.getScene());
    }

    // ----- the window: theme, scale, full screen

    /** Once per window: a reload in place (a new language) brings a new controller to the same scene. */
    private void attach(Scene scene) {
        if (scene.getProperties().putIfAbsent(MainWindowController.class, presentation) != null) {
            return;
        }
        ChangeListener<Object> restyle = (obs, old, now) -> Appearance.apply(
                scene.getStylesheets(),
                presentation.themeProperty().get(),
                presentation.scalePercentProperty().get());
        restyle.changed(null, null, null);
        // The scene outlives a reload in place: the keys ask the scene's tab pane of the moment.
        RaceKeys.install(
                scene,
                landscapeController.viewModel(),
                () -> scene.getRoot().lookup("#tabs") instanceof TabPane shown
                        && shown.getSelectionModel().getSelectedIndex() == 0);
        presentation.themeProperty().addListener(restyle);
        presentation.scalePercentProperty().addListener(restyle);
        scene.windowProperty().addListener((obs, old, window) -> followFullScreen(window));
        followFullScreen(scene.getWindow());
    }

    private void followFullScreen(Window window) {
        if (!(window instanceof Stage stage)) {
            return;
        }
        stage.setFullScreenExitHint(Messages.text("presentation.fullScreen.hint"));
        stage.setFullScreen(presentation.fullScreenProperty().get());
        presentation.fullScreenProperty().addListener((obs, old, on) -> stage.setFullScreen(on));
        // Esc leaves full screen by itself; the menu's tick must follow. The stage can outlive this window (a test
        // opens many on one stage): the scene holds the listener, the stage only a weak reference to it.
        ChangeListener<Boolean> left =
                (obs, old, on) -> presentation.fullScreenProperty().set(on);
        stage.getScene().getProperties().put(left, Boolean.TRUE);
        stage.fullScreenProperty().addListener(new WeakChangeListener<>(left));
    }

    private void showControls(boolean shown) {
        landscapeController.showControls(shown);
        Node sidebar = network == null ? null : network.getLeft();
        if (sidebar != null) {
            sidebar.setVisible(shown);
            sidebar.setManaged(shown);
        }
    }

    // ----- banners

    /** A dismissible banner at the top of the window saying that something went wrong. */
    public void showProblem(String message) {
        long shown = banners.getChildren().stream()
                .filter(n -> n.getStyleClass().contains("problem-banner"))
                .count();
        if (shown >= MOST_BANNERS) {
            return;
        }
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("problem-banner-text");
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.SOMETIMES);
        Button close = new Button(Messages.text("presentation.banner.dismiss"));
        close.getStyleClass().add("problem-banner-close");
        // A long message wraps (a path without spaces may be cut); the button always keeps its whole label.
        close.setMinWidth(Region.USE_PREF_SIZE);
        text.setMinWidth(0);
        HBox banner = new HBox(10, text, space, close);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().addAll("failure-banner", "problem-banner");
        close.setOnAction(e -> banners.getChildren().remove(banner));
        banners.getChildren().add(banner);
    }
}
