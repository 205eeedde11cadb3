package downhill.app;

import downhill.app.experiment.ExperimentController;
import downhill.app.export.ExportMenu;
import downhill.app.export.ExportViewModel;

import javafx.fxml.FXML;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The window around the two tabs: menus, banners, and which tab shows. */
public final class MainWindowController {

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

    private final ExperimentController experiment;
    private final ExportViewModel exports;

    MainWindowController(ExperimentController experiment, ExportViewModel exports) {
        this.experiment = experiment;
        this.exports = exports;
    }

    @FXML
    private void initialize() {
        // Each feature adds its menu items here, from its own view-model.
        experiment.install(fileMenu, scenariosMenu, banners, tabs);
        ExportMenu.install(exports, fileMenu, tabs, banners);
    }

    public TabPane tabs() {
        return tabs;
    }
}
