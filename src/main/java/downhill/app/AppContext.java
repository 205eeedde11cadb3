package downhill.app;

import downhill.app.landscape.LandscapeController;
import downhill.app.landscape.LandscapeViewModel;
import downhill.app.landscape.StepInspectorController;
import downhill.app.optimizers.OptimizerListController;
import downhill.app.optimizers.OptimizerListViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.concurrent.Executor;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * Makes the view-models and hands them to the controllers FXML creates. The executor for background work is passed
 * in: the app uses daemon threads, tests the calling thread.
 */
public final class AppContext {

    private final OptimizerListViewModel landscapeOptimizers = new OptimizerListViewModel();
    private final LandscapeViewModel landscape;
    private LandscapeController landscapeController;

    public AppContext(Executor executor) {
        landscape = new LandscapeViewModel(landscapeOptimizers, executor);
    }

    public LandscapeViewModel landscape() {
        return landscape;
    }

    /** The landscape tab's controller, once the main window is loaded (for snapshots and benchmarks). */
    public LandscapeController landscapeController() {
        return landscapeController;
    }

    /** Loads the main window; every controller gets its view-model from here. */
    public Parent loadMainWindow() {
        URL fxml = AppContext.class.getResource("MainWindow.fxml");
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setControllerFactory(controllerFactory());
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's FXML could not be loaded", e);
        }
    }

    private Callback<Class<?>, Object> controllerFactory() {
        return type -> {
            if (type == LandscapeController.class) {
                landscapeController = new LandscapeController(landscape);
                return landscapeController;
            }
            if (type == StepInspectorController.class) {
                return new StepInspectorController(landscape.inspector(), landscape.optimizers());
            }
            if (type == OptimizerListController.class) {
                // Each tab's view-model owns its optimizer list; the landscape tab's for now.
                return new OptimizerListController(landscape.optimizers());
            }
            throw new IllegalArgumentException("no controller for " + type.getName());
        };
    }
}
