package downhill.app.launch;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * What a file manager's drag carries, for tests: a drag board holding files that may be copied or moved, on a
 * clipboard of its own (the toolkit's local one knows no transfer modes, and headless there is no system drag).
 */
final class DraggedFiles implements TKClipboard {

    private final Map<DataFormat, Object> content = new LinkedHashMap<>();

    private DraggedFiles() {}

    /** A drag board carrying {@code files}. */
    static Dragboard of(File... files) {
        DraggedFiles clipboard = new DraggedFiles();
        clipboard.content.put(DataFormat.FILES, List.of(files));
        return DragboardHelper.createDragboard(clipboard);
    }

    @Override
    @SuppressWarnings("removal")
    public void setSecurityContext(AccessControlContext context) {
        // no security manager in tests
    }

    @Override
    public Set<DataFormat> getContentTypes() {
        return content.keySet();
    }

    @Override
    @SafeVarargs
    public final boolean putContent(Pair<DataFormat, Object>... pairs) {
        for (Pair<DataFormat, Object> pair : pairs) {
            content.put(pair.getKey(), pair.getValue());
        }
        return true;
    }

    @Override
    public Object getContent(DataFormat format) {
        return content.get(format);
    }

    @Override
    public boolean hasContent(DataFormat format) {
        return content.containsKey(format);
    }

    @Override
    public Set<TransferMode> getTransferModes() {
        return EnumSet.of(TransferMode.COPY, TransferMode.MOVE);
    }

    @Override
    public void setDragView(Image image) {
        // no picture follows the pointer headless
    }

    @Override
    public void setDragViewOffsetX(double offsetX) {
        // as above
    }

    @Override
    public void setDragViewOffsetY(double offsetY) {
        // as above
    }

    @Override
    public Image getDragView() {
        return null;
    }

    @Override
    public double getDragViewOffsetX() {
        return 0;
    }

    @Override
    public double getDragViewOffsetY() {
        return 0;
    }
}
