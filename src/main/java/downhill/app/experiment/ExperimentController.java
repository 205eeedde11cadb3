package downhill.app.experiment;

import downhill.app.control.LastFolder;
import downhill.app.i18n.Messages;
import downhill.app.i18n.PresetTexts;
import downhill.app.layout.NoteFold;
import downhill.app.layout.ProjectorLayout;
import downhill.app.presentation.Shortcut;
import downhill.app.presentation.Shortcuts;
import downhill.experiment.Experiment;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The File items (Open…, Save, Save As…), the Scenarios menu and the banners of the main window: binds them to an
 * {@link ExperimentViewModel} and forwards the user's choices; file choosers and dialogs live here.
 */
public final class ExperimentController {

    private final ExperimentViewModel viewModel;
    private final LastFolder lastFolder;
    /** How long "Saved lesson.json" stays under the menu. */
    private static final Duration SAVED_SHOWN = Duration.seconds(3);

    private TabPane tabs;
    private Alert lastAlert;
    private UnsavedChangesDialog unsavedChanges = UnsavedChangesDialog.alert();
    /** Hiding the last window ends the app, which saves the session on its way out. */
    private Runnable quit = () -> {
        if (window() != null) {
            window().hide();
        }
    };

    public ExperimentController(ExperimentViewModel viewModel, LastFolder lastFolder) {
        this.lastFolder = lastFolder;
        this.viewModel = viewModel;
    }

    /** Adds the items to the window's menus and shows the view-model's banners in {@code banners}. */
    public void install(Menu fileMenu, Menu scenariosMenu, VBox banners, TabPane tabs) {
        this.tabs = tabs;
        MenuItem open = item("experiment.menu.open", Shortcuts.OPEN, this::chooseAndOpen);
        MenuItem save = item("experiment.menu.save", Shortcuts.SAVE, this::save);
        MenuItem saveAs = item("experiment.menu.saveAs", Shortcuts.SAVE_AS, this::chooseAndSave);
        fileMenu.getItems().addAll(0, List.of(open, save, saveAs));
        // Titles only: a scenario is read when chosen.
        viewModel.presetTitles().forEach((name, title) -> {
            MenuItem scenario = new MenuItem(PresetTexts.title(name, title));
            // A title is data: "The lecture's make_moons" keeps its underscore.
            scenario.setMnemonicParsing(false);
            scenario.setId("scenario-" + name);
            scenario.setOnAction(event -> {
                if (confirmLeave()) {
                    viewModel.openPreset(name);
                }
            });
            scenariosMenu.getItems().add(scenario);
        });
        bindTabs(tabs);
        banners.getChildren().add(savedLine());
        viewModel.shownBanners().forEach(b -> banners.getChildren().add(bannerNode(b)));
        viewModel.shownBanners().addListener((ListChangeListener<Banner>) change -> {
            banners.getChildren().removeIf(node -> node.getStyleClass().contains("experiment-banner"));
            viewModel.shownBanners().forEach(b -> banners.getChildren().add(bannerNode(b)));
        });
    }

    /** Quit (Ctrl+Q) at the end of the File menu: call after every other item is there. */
    public void installQuit(Menu fileMenu) {
        fileMenu.getItems().addAll(new SeparatorMenuItem(), item("experiment.menu.quit", Shortcuts.QUIT, this::quit));
    }

    /** "Saved lesson.json" under the menu for a few seconds after a save. */
    private Label savedLine() {
        Label saved = new Label();
        saved.setId("save-status");
        saved.getStyleClass().add("export-banner");
        saved.setMaxWidth(Double.MAX_VALUE);
        saved.textProperty().bind(viewModel.saveStatusProperty());
        saved.visibleProperty().bind(viewModel.saveStatusProperty().isNotEmpty());
        saved.managedProperty().bind(saved.visibleProperty());
        PauseTransition fade = new PauseTransition(SAVED_SHOWN);
        fade.setOnFinished(e -> viewModel.clearSaveStatus());
        viewModel.saveStatusProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                fade.playFromStart();
            }
        });
        return saved;
    }

    private static MenuItem item(String key, Shortcut accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.text(key));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(accelerator.keys());
        item.setOnAction(event -> action.run());
        return item;
    }

    private void bindTabs(TabPane tabPane) {
        tabPane.getSelectionModel().select(viewModel.activeTabProperty().get().ordinal());
        tabPane.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0 && index.intValue() < Experiment.Tab.values().length) {
                viewModel.activeTabProperty().set(Experiment.Tab.values()[index.intValue()]);
            }
        });
        viewModel
                .activeTabProperty()
                .addListener((obs, old, tab) -> tabPane.getSelectionModel().select(tab.ordinal()));
    }

    private VBox bannerNode(Banner banner) {
        Label title = new Label(banner.title());
        title.getStyleClass().add("banner-title");
        // A long title wraps rather than ending in "…" beside the buttons on a narrow window at a large scale.
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label text = new Label(banner.text());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("banner-text");
        VBox words = new VBox(2, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button close = new Button(Messages.text("experiment.banner.dismiss"));
        close.getStyleClass().add("banner-dismiss");
        // The note wraps; the button keeps its whole label.
        close.setMinWidth(Region.USE_PREF_SIZE);
        words.setMinWidth(0);
        close.setOnAction(event -> viewModel.dismiss(banner));
        HBox row = new HBox(12, words);
        if (banner.tab() != null) {
            // A scenario's note folds to its title on a short window; the class hears it, then the picture is back.
            ToggleButton fold = new ToggleButton();
            fold.setId("note-fold");
            fold.setMinWidth(Region.USE_PREF_SIZE);
            fold.textProperty()
                    .bind(Bindings.when(fold.selectedProperty())
                            .then(Messages.text("experiment.banner.showNote"))
                            .otherwise(Messages.text("experiment.banner.hideNote")));
            text.visibleProperty().bind(fold.selectedProperty().not());
            text.managedProperty().bind(text.visibleProperty());
            Scene scene = tabs == null ? null : tabs.getScene();
            fold.setSelected(scene != null && NoteFold.startsFolded(scene.getHeight() / ProjectorLayout.em()));
            row.getChildren().add(fold);
        }
        row.getChildren().add(close);
        VBox box = new VBox(row);
        box.getStyleClass().add("experiment-banner");
        box.setUserData(banner);
        return box;
    }

    // ----- commands

    private Window window() {
        return tabs == null || tabs.getScene() == null ? null : tabs.getScene().getWindow();
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text(titleKey));
        // .downhill is what a double-click opens in Downhill (the installed file type); .json reads the same.
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        Messages.text("experiment.chooser.filter"), "*.downhill", "*.json"));
        Path current = viewModel.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        return lastFolder.startIn(chooser);
    }

    /** Replaces the question asked before unsaved changes are lost (tests answer it themselves). */
    public void setUnsavedChangesDialog(UnsavedChangesDialog dialog) {
        unsavedChanges = Objects.requireNonNull(dialog);
    }

    /** Replaces what Quit does once it may (tests do not end the toolkit). */
    public void setQuit(Runnable quit) {
        this.quit = Objects.requireNonNull(quit);
    }

    /**
     * Whether the current settings may be replaced or left: nothing is unsaved, or the user saved them or chose not
     * to. Asks first when something is unsaved; Cancel, or a save that did not happen, answers false.
     */
    public boolean confirmLeave() {
        if (!viewModel.unsavedProperty().get()) {
            return true;
        }
        Path file = viewModel.fileProperty().get();
        return switch (unsavedChanges.ask(
                window(), file == null ? null : file.getFileName().toString())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** File → Quit: asks about unsaved changes, then ends the app. */
    public void quit() {
        if (confirmLeave()) {
            quit.run();
        }
    }

    private void chooseAndOpen() {
        if (!confirmLeave()) {
            return;
        }
        File chosen = lastFolder.remember(chooser("experiment.chooser.open").showOpenDialog(window()));
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Opens {@code path}; a file that cannot be loaded gets a dialog saying what is wrong and where. */
    public void open(Path path) {
        viewModel.open(path).ifPresent(message -> showOpenProblem(path, message));
    }

    /**
     * The dialog File → Open shows when {@code path} cannot be opened ("lesson.json could not be opened; nothing was
     * changed.") with {@code message}; also for files given from outside the window.
     */
    public void showOpenProblem(Path path, String message) {
        problem(
                "experiment.error.open.title",
                Messages.text("experiment.error.open.header", path.getFileName() == null ? path : path.getFileName()),
                message);
    }

    /** Whether it saved. */
    private boolean save() {
        if (!viewModel.hasFile()) {
            return chooseAndSave();
        }
        return report(viewModel.save());
    }

    private boolean chooseAndSave() {
        File chosen = lastFolder.remember(chooser("experiment.chooser.save").showSaveDialog(window()));
        if (chosen == null) {
            return false;
        }
        Path path = chosen.toPath();
        return report(viewModel.saveAs(
                path.getFileName().toString().contains(".")
                        ? path
                        : path.resolveSibling(path.getFileName() + ".downhill")));
    }

    private boolean report(Optional<String> failure) {
        failure.ifPresent(message ->
                problem("experiment.error.save.title", Messages.text("experiment.error.save.header"), message));
        return failure.isEmpty();
    }

    private void problem(String titleKey, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window());
        alert.setTitle(Messages.text(titleKey));
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.getDialogPane().setId("experiment-problem");
        lastAlert = alert;
        alert.show();
    }

    /** The last problem dialog shown, for tests. */
    Alert lastAlert() {
        return lastAlert;
    }
}
