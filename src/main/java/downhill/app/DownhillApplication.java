package downhill.app;

import java.io.IOException;
import java.net.URL;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop application: the main window, titled "Downhill". */
public final class DownhillApplication extends Application {

    public static final String TITLE = "Downhill";

    public static void open(String[] args) {
        Application.launch(DownhillApplication.class, args);
    }

    @Override
    public void start(Stage stage) throws IOException {
        stage.setTitle(TITLE);
        stage.setScene(new Scene(loadMainWindow(), 1280, 800));
        stage.show();
    }

    static Parent loadMainWindow() throws IOException {
        URL fxml = DownhillApplication.class.getResource("MainWindow.fxml");
        return FXMLLoader.load(fxml);
    }
}
