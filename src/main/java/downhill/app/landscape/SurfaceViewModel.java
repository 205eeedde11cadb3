package downhill.app.landscape;

import downhill.app.concurrent.LatestWins;
import downhill.engine.function.Window;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.landscape.Surface;
import downhill.engine.landscape.SurfaceMesh;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The 3-D surface: whether it is shown, its camera, and its mesh, built off the FX thread whenever the heatmap
 * changes (new function, window, scaling) so the heights follow the colours. FX thread only.
 */
public final class SurfaceViewModel {

    /** Vertices along the longer side: 200×200 is smooth at projector size and builds in milliseconds. */
    public static final int RESOLUTION = 200;
    /** The height of the tallest point relative to the half-width of the plane. */
    public static final double HEIGHT_SCALE = 0.7;

    public static final double DEFAULT_ELEVATION = 35;
    public static final double DEFAULT_AZIMUTH = -30;
    public static final double DEFAULT_ZOOM = 1;

    /** A mesh and the heatmap that textures it, always handed over together so they match. */
    public record Built(SurfaceMesh mesh, LandscapeImage texture) {}

    private record Request(Surface surface, LandscapeImage image) {}

    private final LatestWins<Request, Built> worker;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final DoubleProperty elevation = new SimpleDoubleProperty(this, "elevation", DEFAULT_ELEVATION);
    private final DoubleProperty azimuth = new SimpleDoubleProperty(this, "azimuth", DEFAULT_AZIMUTH);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", DEFAULT_ZOOM);
    private final ReadOnlyObjectWrapper<Built> built = new ReadOnlyObjectWrapper<>(this, "built");
    private Request latest;

    public SurfaceViewModel(Executor executor) {
        worker = new LatestWins<>(executor, (request, stale) -> stale.getAsBoolean() ? null : build(request));
        shown.addListener((obs, old, now) -> submit());
    }

    private static Built build(Request request) {
        LandscapeImage image = request.image();
        Window w = image.window();
        int columns = w.width() >= w.height()
                ? RESOLUTION
                : Math.max(SurfaceMesh.MIN_SIDE, (int) Math.round(RESOLUTION * w.width() / w.height()));
        int rows = w.height() >= w.width()
                ? RESOLUTION
                : Math.max(SurfaceMesh.MIN_SIDE, (int) Math.round(RESOLUTION * w.height() / w.width()));
        SurfaceMesh mesh = SurfaceMesh.build(
                request.surface(), w, columns, rows, image.scaling(), image.min(), image.max(), HEIGHT_SCALE);
        return new Built(mesh, image);
    }

    /** A new heatmap of {@code surface} arrived: the mesh follows it (once shown). */
    public void landscapeChanged(Surface surface, LandscapeImage image) {
        if (surface != null && image != null) {
            latest = new Request(surface, image);
            submit();
        }
    }

    private void submit() {
        Built current = built.get();
        if (shown.get() && latest != null && (current == null || current.texture() != latest.image())) {
            worker.submit(latest);
        }
    }

    /** Takes the newest mesh; whether it changed. */
    public boolean onFrame() {
        Built next = worker.poll();
        if (next != null) {
            built.set(next);
            return true;
        }
        return false;
    }

    /** Whether the overlay landscape is shown as a 3-D surface. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The newest mesh with its texture, or null before the first is built. */
    public ReadOnlyObjectProperty<Built> builtProperty() {
        return built.getReadOnlyProperty();
    }

    /** Degrees above the plane the camera looks from, 5 (edge on) to 90 (straight down). */
    public DoubleProperty elevationProperty() {
        return elevation;
    }

    /** Degrees the surface is turned about its vertical axis. */
    public DoubleProperty azimuthProperty() {
        return azimuth;
    }

    /** Magnification, 0.3 to 5. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** A drag by (dx, dy) pixels: sideways turns the surface, up and down tilts it. */
    public void rotate(double dx, double dy) {
        azimuth.set(azimuth.get() + dx * 0.4);
        elevation.set(Math.max(5, Math.min(90, elevation.get() + dy * 0.3)));
    }

    /** Zooms by {@code factor} (above 1 zooms in). */
    public void zoom(double factor) {
        zoom.set(Math.max(0.3, Math.min(5, zoom.get() * factor)));
    }

    public void resetCamera() {
        elevation.set(DEFAULT_ELEVATION);
        azimuth.set(DEFAULT_AZIMUTH);
        zoom.set(DEFAULT_ZOOM);
    }
}
