package downhill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        new DownhillApplication().start(stage);
    }

    @Test
    void theWindowOpensTitledDownhill() {
        assertEquals("Downhill", stage.getTitle());
        assertTrue(stage.isShowing());
        assertTrue(stage.getScene().getRoot().getChildrenUnmodifiable().size() > 0);
    }
}
