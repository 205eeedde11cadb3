package downhill.app.export;

import downhill.app.control.LastFolder;
import downhill.app.i18n.Messages;
import downhill.app.presentation.Shortcuts;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The export items of the File menu and what they need from the window: the view to picture (the landscape tab's
 * canvas area, or the network tab's charts and panels), a file chooser, a line for the outcome, and the GIF dialog.
 * The logic is in {@link ExportViewModel}.
 */
public final class ExportMenu {

    private final ExportViewModel exports;
    private final TabPane tabs;
    private Stage gifDialog;
    private final LastFolder lastFolder;

    private ExportMenu(ExportViewModel exports, TabPane tabs, LastFolder lastFolder) {
        this.lastFolder = lastFolder;
        this.exports = exports;
        this.tabs = tabs;
    }

    /** Adds the export items to {@code fileMenu} and the outcome line to {@code banners}. */
    public static void install(
            ExportViewModel exports, Menu fileMenu, TabPane tabs, Pane banners, LastFolder lastFolder) {
        ExportMenu menu = new ExportMenu(exports, tabs, lastFolder);
        exports.setCapture(menu::capture);
        exports.setChooser(menu::choose);
        tabs.getSelectionModel()
                .selectedIndexProperty()
                .addListener((obs, old, now) -> exports.targetProperty()
                        .set(now.intValue() == 0 ? ExportViewModel.Target.LANDSCAPE : ExportViewModel.Target.NETWORK));
        Menu png = new Menu(Messages.text("export.menu.png"));
        png.setId("export-png");
        for (int scale : ExportViewModel.SCALES) {
            MenuItem item = new MenuItem(
                    scale == 1
                            ? Messages.text("export.menu.png.scale1")
                            : Messages.text("export.menu.png.scale", Integer.toString(scale)));
            item.setId("export-png-" + scale);
            item.setOnAction(e -> exports.exportPng(scale));
            png.getItems().add(item);
        }
        MenuItem copy = new MenuItem(Messages.text("export.menu.copy"));
        copy.setId("export-copy");
        copy.setAccelerator(Shortcuts.COPY_IMAGE.keys());
        copy.setOnAction(e -> exports.copyImage());
        MenuItem gif = new MenuItem(Messages.text("export.menu.gif"));
        gif.setId("export-gif");
        gif.disableProperty().bind(exports.targetProperty().isNotEqualTo(ExportViewModel.Target.LANDSCAPE));
        gif.setOnAction(e -> exports.openGifDialog());
        MenuItem csv = new MenuItem(Messages.text("export.menu.csv"));
        csv.setId("export-csv");
        csv.setOnAction(e -> exports.exportCsv());
        if (!fileMenu.getItems().isEmpty()) {
            fileMenu.getItems().add(new SeparatorMenuItem());
        }
        fileMenu.getItems().addAll(png, copy, gif, csv);
        banners.getChildren().add(menu.outcomeLine());
        exports.gifDialogOpenProperty().addListener((obs, was, open) -> menu.showGifDialog(open));
    }

    /** The outcome of the last export under the menu, with a button to dismiss it. */
    private HBox outcomeLine() {
        Label text = new Label();
        text.setId("export-message");
        text.textProperty().bind(exports.messageProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        exports.failedProperty().addListener((obs, was, failed) -> {
            text.getStyleClass().remove("problem");
            if (failed) {
                text.getStyleClass().add("problem");
            }
        });
        Button dismiss = new Button(Messages.text("export.dismiss"));
        dismiss.setOnAction(e -> exports.dismissMessage());
        HBox line = new HBox(8, text, dismiss);
        line.getStyleClass().add("export-banner");
        line.visibleProperty().bind(exports.messageProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /** The node showing {@code target}: the landscape's canvas area, or the network tab's charts and panels. */
    Node view(ExportViewModel.Target target) {
        Tab tab = tabs.getTabs().get(target == ExportViewModel.Target.LANDSCAPE ? 0 : 1);
        Node content = tab.getContent();
        if (target == ExportViewModel.Target.LANDSCAPE) {
            Node host = content.lookup("#landscapeHost");
            return host != null ? host : content;
        }
        return content instanceof BorderPane pane && pane.getCenter() != null ? pane.getCenter() : content;
    }

    private WritableImage capture(ExportViewModel.Target target, double scale) {
        return snapshot(view(target), scale);
    }

    /** {@code node} drawn at {@code scale} times its size: text and shapes stay sharp for slides. */
    static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        Bounds bounds = node.getLayoutBounds();
        WritableImage image = new WritableImage(
                (int) Math.ceil(bounds.getWidth() * scale), (int) Math.ceil(bounds.getHeight() * scale));
        return node.snapshot(parameters, image);
    }

    private Optional<Path> choose(ExportViewModel.Kind kind, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        Messages.text("export.chooser." + kind.extension()), "*." + kind.extension()));
        File file = lastFolder.remember(lastFolder.startIn(chooser).showSaveDialog(window()));
        if (file == null) {
            return Optional.empty();
        }
        return Optional.of(file.toPath());
    }

    private Window window() {
        return tabs.getScene() == null ? null : tabs.getScene().getWindow();
    }

    private void showGifDialog(boolean open) {
        if (!open) {
            if (gifDialog != null) {
                gifDialog.hide();
            }
            return;
        }
        if (gifDialog == null) {
            FXMLLoader loader = new FXMLLoader(ExportMenu.class.getResource("ExportGifDialog.fxml"), Messages.bundle());
            loader.setControllerFactory(type -> new ExportGifController(exports));
            Parent root;
            try {
                root = loader.load();
            } catch (IOException e) {
                throw new UncheckedIOException("the Export GIF dialog could not be loaded", e);
            }
            gifDialog = new Stage();
            gifDialog.setTitle(Messages.text("export.gif.title"));
            if (window() != null) {
                gifDialog.initOwner(window());
            }
            Scene scene = new Scene(root);
            if (tabs.getScene() != null) {
                scene.getStylesheets().addAll(tabs.getScene().getStylesheets());
            }
            gifDialog.setScene(scene);
            gifDialog.setOnHidden(e -> exports.gifDialogOpenProperty().set(false));
        }
        gifDialog.show();
        gifDialog.toFront();
    }
}
