package downhill.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Starting the window from a terminal prints no "unsupported configuration" warning, and every other one. */
class ClassPathWarningTest {

    @AfterEach
    void removeFilter() {
        Logger.getLogger("javafx").setFilter(null);
    }

    @Test
    void onlyTheClassPathWarningIsHidden() {
        DownhillApplication.hideClassPathWarning();
        Logger log = Logger.getLogger("javafx");
        assertFalse(log.getFilter()
                .isLoggable(new LogRecord(
                        Level.WARNING,
                        "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'")));
        assertTrue(log.getFilter().isLoggable(new LogRecord(Level.WARNING, "Could not resolve '-color-bg' in rule")));
    }
}
