package downhill.app.landscape;

import downhill.app.control.ChartStyle;
import downhill.app.control.HeatmapImages;
import downhill.app.i18n.Messages;
import downhill.app.optimizers.Palette;
import downhill.engine.landscape.SurfaceMesh;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Point3D;
import javafx.geometry.Pos;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The landscape as a lit 3-D surface textured with its heatmap, each path drawn on it in its colour and the current
 * points as spheres. Dragging turns it, the wheel zooms. Where the graphics pipeline has no 3-D (no hardware
 * acceleration, the software pipeline of headless tests) one label says so and nothing 3-D is made: every 3-D node
 * would log a warning of its own, thousands for a few paths.
 */
public final class SurfaceView extends StackPane {

    /** Pixels per model unit (the plane's half-width) at zoom 1. */
    private static final double SCALE = 260;
    /** At most this many segments per path: a 20,000-step path is drawn through every n-th point. */
    private static final int MAX_SEGMENTS = 600;
    /** How far above the surface a path floats, in model units, so it is not hidden in the mesh. */
    private static final double LIFT = 0.015;

    private static final double PATH_RADIUS = 0.009;
    private static final double POINT_RADIUS = 0.032;
    public static final String NO_3D_MESSAGE_KEY = "landscape.surface.no3d";

    private final String idPrefix;
    private final SurfaceViewModel viewModel;
    private final HeatmapImages images;
    private final Group world = new Group();
    private final Group paths = new Group();
    /** Asked once: the answer does not change while the app runs. */
    private static Boolean threeD;

    private MeshView surface;
    private final Rotate tilt = new Rotate(0, Rotate.X_AXIS);
    private final Rotate turn = new Rotate(0, Rotate.Z_AXIS);
    private final Scale scale = new Scale(SCALE, SCALE, SCALE);
    private final Translate centre = new Translate();
    private SubScene subScene;
    private final Map<String, PathNodes> pathNodes = new HashMap<>();
    private final VBox legend = new VBox(4);
    private SurfaceViewModel.Built shownMesh;
    private RaceSnapshot shownRace;
    private double pressX;
    private double pressY;

    /** One path's reusable nodes: segments placed when the race or mesh changes, shown up to the step. */
    private record PathNodes(List<Cylinder> segments, int[] segmentEnds, boolean[] onSurface, Sphere point) {}

    public SurfaceView(SurfaceViewModel viewModel, HeatmapImages images) {
        this(viewModel, images, "");
    }

    /** @param idPrefix put before its nodes' ids, so that two surfaces in one window are told apart */
    public SurfaceView(SurfaceViewModel viewModel, HeatmapImages images, String idPrefix) {
        this.viewModel = viewModel;
        this.images = images;
        this.idPrefix = idPrefix;
        getStyleClass().add("surface-view");
        setMinSize(120, 100);
        if (!supported()) {
            Label placeholder = new Label(Messages.text(NO_3D_MESSAGE_KEY));
            placeholder.setId(idPrefix + "surface-placeholder");
            placeholder.getStyleClass().add("surface-placeholder");
            placeholder.setWrapText(true);
            placeholder.setMaxWidth(520);
            getChildren().add(placeholder);
            return;
        }
        surface = new MeshView();
        surface.setCullFace(CullFace.NONE);
        surface.setId(idPrefix + "surface-mesh");
        paths.setId(idPrefix + "surface-paths");
        world.getChildren().addAll(surface, paths);
        world.getTransforms().addAll(scale, tilt, turn, centre);
        AmbientLight ambient = new AmbientLight(Color.gray(0.62));
        PointLight light = new PointLight(Color.gray(0.55));
        light.setTranslateX(-400);
        light.setTranslateY(-900);
        light.setTranslateZ(-700);
        Group root = new Group(world, ambient, light);
        PerspectiveCamera camera = new PerspectiveCamera(true);
        camera.setNearClip(1);
        camera.setFarClip(20_000);
        camera.setFieldOfView(30);
        camera.translateZProperty().bind(viewModel.zoomProperty().map(z -> -1100 / z.doubleValue()));
        subScene = new SubScene(root, 100, 100, true, SceneAntialiasing.BALANCED);
        subScene.setId(idPrefix + "surface-subscene");
        subScene.setCamera(camera);
        subScene.fillProperty().bind(ChartStyle.currentProperty().map(ChartStyle::plot));
        subScene.widthProperty().bind(widthProperty());
        subScene.heightProperty().bind(heightProperty());
        subScene.setManaged(false);
        getChildren().add(subScene);
        tilt.angleProperty().bind(viewModel.elevationProperty().map(e -> 90 + e.doubleValue()));
        turn.angleProperty().bind(viewModel.azimuthProperty());
        centre.setZ(-SurfaceViewModel.HEIGHT_SCALE / 2);
        Button reset = new Button(Messages.text("landscape.surface.resetCamera"));
        reset.setId(idPrefix + "reset-camera");
        reset.setOnAction(e -> viewModel.resetCamera());
        StackPane.setAlignment(reset, Pos.TOP_RIGHT);
        StackPane.setMargin(reset, new Insets(10));
        getChildren().add(reset);
        legend.getStyleClass().add("surface-legend");
        legend.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        legend.setMouseTransparent(true);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        getChildren().add(legend);
        setOnMousePressed(e -> {
            pressX = e.getX();
            pressY = e.getY();
        });
        setOnMouseDragged(e -> {
            viewModel.rotate(e.getX() - pressX, e.getY() - pressY);
            pressX = e.getX();
            pressY = e.getY();
        });
        setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                viewModel.zoom(Math.pow(1.15, e.getDeltaY() / 40.0));
                e.consume();
            }
        });
    }

    /** Whether this machine draws 3-D; asked of JavaFX once. */
    public static boolean supported() {
        if (threeD == null) {
            threeD = Platform.isSupported(ConditionalFeature.SCENE3D);
        }
        return threeD;
    }

    /** Shows the newest mesh and the paths up to {@code step}; cheap when only the step changed. */
    public void show(SurfaceViewModel.Built built, RaceSnapshot race, int step) {
        if (subScene == null) {
            return; // no 3-D here: the label says so
        }
        if (built != null && built != shownMesh) {
            TriangleMesh mesh = new TriangleMesh();
            mesh.getPoints().setAll(built.mesh().points());
            mesh.getTexCoords().setAll(built.mesh().texCoords());
            mesh.getFaces().setAll(built.mesh().faces());
            PhongMaterial material = new PhongMaterial(Color.WHITE);
            material.setDiffuseMap(images.of(built.texture()));
            material.setSpecularColor(Color.gray(0.15));
            surface.setMesh(mesh);
            surface.setMaterial(material);
            shownMesh = built;
            shownRace = null;
        }
        if (shownMesh == null) {
            return;
        }
        if (race != shownRace) {
            placePaths(race);
            shownRace = race;
        }
        for (PathResult path : race.paths()) {
            PathNodes nodes = pathNodes.get(path.name());
            int k = path.visibleStep(step);
            for (int s = 0; s < nodes.segments().size(); s++) {
                nodes.segments().get(s).setVisible(nodes.onSurface()[s] && nodes.segmentEnds()[s] <= k);
            }
            double[] at = model(shownMesh.mesh(), path.trajectory(), k);
            nodes.point().setVisible(at != null);
            if (at != null) {
                nodes.point().setTranslateX(at[0]);
                nodes.point().setTranslateY(at[1]);
                nodes.point().setTranslateZ(at[2]);
            }
        }
    }

    /** Builds each path's segments along its whole trajectory (sampled to at most MAX_SEGMENTS). */
    private void placePaths(RaceSnapshot race) {
        pathNodes.clear();
        List<Node> nodes = new ArrayList<>();
        SurfaceMesh mesh = shownMesh.mesh();
        for (PathResult path : race.paths()) {
            Trajectory t = path.trajectory();
            int last = t.size() - 1;
            int stride = Math.max(1, (int) Math.ceil(last / (double) MAX_SEGMENTS));
            List<Integer> indices = new ArrayList<>();
            for (int k = 0; k < last; k += stride) {
                indices.add(k);
            }
            indices.add(last);
            PhongMaterial material = new PhongMaterial(Palette.of(path.name()));
            double[][] model = new double[indices.size()][];
            for (int i = 0; i < indices.size(); i++) {
                model[i] = model(mesh, t, indices.get(i));
            }
            List<Cylinder> segments = new ArrayList<>();
            int[] ends = new int[indices.size() - 1];
            boolean[] onSurface = new boolean[indices.size() - 1];
            for (int i = 0; i + 1 < indices.size(); i++) {
                Cylinder segment = new Cylinder(PATH_RADIUS, 1, 6);
                segment.setMaterial(material);
                onSurface[i] = model[i] != null && model[i + 1] != null;
                if (onSurface[i]) {
                    orient(segment, model[i], model[i + 1]);
                }
                ends[i] = indices.get(i + 1);
                segments.add(segment);
            }
            Sphere point = new Sphere(POINT_RADIUS, 16);
            point.setMaterial(material);
            point.setId(idPrefix + "surface-point-" + path.name());
            nodes.addAll(segments);
            nodes.add(point);
            pathNodes.put(path.name(), new PathNodes(segments, ends, onSurface, point));
        }
        paths.getChildren().setAll(nodes);
        legend.getChildren()
                .setAll(race.paths().stream().map(SurfaceView::legendEntry).toList());
        legend.setVisible(!race.paths().isEmpty());
    }

    private static HBox legendEntry(PathResult path) {
        Rectangle swatch = new Rectangle(18, 5, Palette.of(path.name()));
        Label name = new Label(path.displayName());
        name.getStyleClass().add("surface-legend-name");
        HBox entry = new HBox(8, swatch, name);
        entry.setAlignment(Pos.CENTER_LEFT);
        return entry;
    }

    /** The model point of step k, slightly above the surface, or null when it lies outside the mesh. */
    private static double[] model(SurfaceMesh mesh, Trajectory t, int k) {
        double x = t.x(k);
        double y = t.y(k);
        if (!mesh.window().contains(x, y)) {
            return null;
        }
        return new double[] {mesh.modelX(x), mesh.modelY(y), mesh.height(t.loss(k)) + LIFT};
    }

    /** Stretches a unit cylinder (along y) from a to b. */
    private static void orient(Cylinder segment, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double dz = b[2] - a[2];
        double length = Math.sqrt(dx * dx + dy * dy + dz * dz);
        segment.setHeight(Math.max(length, 1e-6));
        segment.setTranslateX((a[0] + b[0]) / 2);
        segment.setTranslateY((a[1] + b[1]) / 2);
        segment.setTranslateZ((a[2] + b[2]) / 2);
        if (length > 1e-12) {
            // Rotate the cylinder's y axis onto the segment: about y × d by the angle between them.
            double angle = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, dy / length))));
            Point3D axis = new Point3D(dz, 0, -dx);
            if (axis.magnitude() < 1e-12) {
                axis = Rotate.X_AXIS;
            }
            segment.getTransforms().setAll(new Rotate(angle, axis));
        }
    }

    /** The 3-D scene, or null where there is no 3-D. */
    public SubScene subScene() {
        return subScene;
    }
}
