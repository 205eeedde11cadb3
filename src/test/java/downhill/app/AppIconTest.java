package downhill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The app's icon: every PNG loads at its size and the SVG source is there (the window's icons: MainWindowTest). */
@ExtendWith(ApplicationExtension.class)
class AppIconTest {

    /** Images need the toolkit running; the window itself is MainWindowTest's. */
    @Start
    void start(Stage stage) {}

    @Test
    void everySizeLoadsAsASquareOfThatSize() {
        List<Image> images = AppIcon.images();
        assertEquals(AppIcon.SIZES.size(), images.size());
        for (int i = 0; i < images.size(); i++) {
            Image image = images.get(i);
            assertFalse(image.isError(), AppIcon.resource(AppIcon.SIZES.get(i)));
            assertEquals(AppIcon.SIZES.get(i), (int) image.getWidth());
            assertEquals(AppIcon.SIZES.get(i), (int) image.getHeight());
        }
    }

    @Test
    void theSvgSourceIsBesideThePngs() throws IOException {
        try (InputStream svg = AppIcon.class.getResourceAsStream("/downhill/app/icon/downhill.svg")) {
            assertNotNull(svg);
            assertTrue(new String(svg.readAllBytes(), StandardCharsets.UTF_8).contains("<svg"));
        }
    }
}
