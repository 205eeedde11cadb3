package downhill.app.landscape;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Text widths for laying out canvas labels. */
final class TextMetrics {

    private static final Text PROBE = new Text();

    private TextMetrics() {}

    static double width(String text, Font font) {
        PROBE.setFont(font);
        PROBE.setText(text);
        return PROBE.getLayoutBounds().getWidth();
    }
}
