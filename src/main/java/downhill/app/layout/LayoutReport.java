package downhill.app.layout;

import downhill.app.control.CanvasRegion;
import downhill.app.control.PlotArea;
import downhill.app.control.TextBoxes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * What a window shows badly, read from a live scene: text controls whose text is cut ({@code elided}), pairs of
 * text boxes that overlap (the scene's text nodes and the text the canvases drew, see {@link TextBoxes}), and the
 * size of the main picture ({@link PlotArea}). For {@code snapshot --layout-report} and the layout matrix test.
 *
 * @param plot the main picture's size in pixels (0×0 when none shows)
 */
public record LayoutReport(List<String> elided, List<String> overlaps, Dimension2D plot, Dimension2D window) {

    /** Overlaps smaller than this many pixels either way are rounding, not a collision. */
    private static final double TOLERANCE = 1.5;

    /** One piece of visible text and its box in scene coordinates. */
    private record Placed(String name, Bounds box) {}

    /** Inspects {@code scene} as it is laid out now; call on the FX thread after a layout pass. */
    public static LayoutReport of(Scene scene) {
        List<String> elided = new ArrayList<>();
        List<Placed> texts = new ArrayList<>();
        collect(scene.getRoot(), scene, elided, texts);
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (overlap(texts.get(i).box(), texts.get(j).box())) {
                    overlaps.add(texts.get(i).name() + " / " + texts.get(j).name());
                }
            }
        }
        Bounds plot = plotBounds(scene.getRoot()).orElse(null);
        return new LayoutReport(
                List.copyOf(elided),
                List.copyOf(overlaps),
                plot == null ? new Dimension2D(0, 0) : new Dimension2D(plot.getWidth(), plot.getHeight()),
                new Dimension2D(scene.getWidth(), scene.getHeight()));
    }

    /** The lines {@code snapshot --layout-report} prints, the summary last. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        elided.forEach(e -> out.add("elided: " + e));
        overlaps.forEach(o -> out.add("overlap: " + o));
        out.add(summary());
        return out;
    }

    public String summary() {
        return String.format(
                Locale.ROOT,
                "layout: plot=%dx%d window=%dx%d elided=%d overlaps=%d",
                Math.round(plot.getWidth()),
                Math.round(plot.getHeight()),
                Math.round(window.getWidth()),
                Math.round(window.getHeight()),
                elided.size(),
                overlaps.size());
    }

    /**
     * The largest visible main picture in scene coordinates: a {@link PlotArea}'s rectangle, or else the largest
     * visible canvas.
     */
    public static Optional<Bounds> plotBounds(Node root) {
        List<Node> shown = new ArrayList<>();
        visible(root, shown);
        Optional<Bounds> plot = shown.stream()
                .filter(n -> n instanceof PlotArea)
                .flatMap(n -> ((PlotArea) n).plotArea().map(n::localToScene).stream())
                .max((a, b) -> Double.compare(area(a), area(b)));
        return plot.isPresent()
                ? plot
                : shown.stream()
                        .filter(n -> n instanceof CanvasRegion)
                        .map(n -> n.localToScene(n.getLayoutBounds()))
                        .max((a, b) -> Double.compare(area(a), area(b)));
    }

    public static double area(Bounds b) {
        return b.getWidth() * b.getHeight();
    }

    /** Every node shown on screen under {@code node}, itself included. */
    public static void visible(Node node, List<Node> out) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        out.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visible(child, out);
            }
        }
    }

    private static void collect(Node node, Scene scene, List<String> elided, List<Placed> texts) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkLabeled(labeled, elided);
        } else if (node instanceof TextField field) {
            checkField(field, elided);
        }
        if (node instanceof Text text && !text.getText().isEmpty() && !insideTextInput(text)) {
            Bounds shown = inViewport(text, text.localToScene(text.getLayoutBounds()));
            if (shown != null) {
                texts.add(new Placed(quoted(text.getText()), shown));
            }
        }
        if (node instanceof TextBoxes canvas) {
            Bounds own = node.getLayoutBounds();
            for (TextBoxes.TextBox box : canvas.textBoxes()) {
                String name = name(node, "") + ":" + quoted(box.text());
                if (!contains(own, box.bounds())) {
                    elided.add(name);
                }
                texts.add(new Placed(name, node.localToScene(box.bounds())));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, scene, elided, texts);
            }
        }
    }

    /** A label's skin shows its text in a child {@link Text}: shortened with an ellipsis, or running past it. */
    private static void checkLabeled(Labeled labeled, List<String> elided) {
        String wanted = labeled.getText();
        if (wanted == null || wanted.isEmpty() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        if (labeled.isMnemonicParsing()) {
            wanted = wanted.replaceFirst("_(?=.)", "");
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child != labeled.getGraphic()) {
                Bounds box = shown.getBoundsInParent();
                boolean cut = !wanted.equals(shown.getText());
                // A wrapped line's bounds keep the space it broke at, which may hang past the wrapping width
                // without showing anything: wrapped text runs past only by more than a space.
                boolean wider = labeled.isWrapText() && shown.getWrappingWidth() > 0
                        ? box.getWidth() > shown.getWrappingWidth() + spaceWidth(shown) + TOLERANCE
                        : box.getMaxX() > labeled.getWidth() + TOLERANCE;
                boolean past = wider || box.getMaxY() > labeled.getHeight() + TOLERANCE || box.getMinX() < -TOLERANCE;
                if (cut || past || clipped(shown)) {
                    elided.add(name(labeled, wanted));
                }
                return;
            }
        }
    }

    private static double spaceWidth(Text shown) {
        Text space = new Text(" ");
        space.setFont(shown.getFont());
        return space.getLayoutBounds().getWidth();
    }

    /** A field (a spinner's, an editable combo box's) whose text is wider than the room inside it. */
    private static void checkField(TextField field, List<String> elided) {
        String value = field.getText();
        if (value == null || value.isEmpty()) {
            return;
        }
        Text probe = new Text(value);
        probe.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        if (probe.getLayoutBounds().getWidth() > room + TOLERANCE) {
            Node owner = field.getParent() != null && field.getId() == null ? field.getParent() : field;
            elided.add(name(owner.getId() != null ? owner : field, value));
        }
    }

    /**
     * The part of {@code box} (in scene coordinates) that a scroll pane around {@code node} shows, or null when it is
     * scrolled out of sight: text scrolled away overlaps nothing on screen.
     */
    private static Bounds inViewport(Node node, Bounds box) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null && n.getStyleClass().contains("viewport")) {
                Bounds view = n.localToScene(n.getClip().getBoundsInParent());
                double minX = Math.max(view.getMinX(), box.getMinX());
                double minY = Math.max(view.getMinY(), box.getMinY());
                double maxX = Math.min(view.getMaxX(), box.getMaxX());
                double maxY = Math.min(view.getMaxY(), box.getMaxY());
                return maxX <= minX || maxY <= minY ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
            }
        }
        return box;
    }

    /** Whether part of {@code node} is cut off by an ancestor's clip (a split pane's side, a scroll pane). */
    private static boolean clipped(Node node) {
        Bounds box = node.localToScene(node.getLayoutBounds());
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            Node clip = n.getClip();
            // A scroll pane's or a list's viewport cuts what is scrolled away: that is not a layout fault.
            boolean scrolled = n.getStyleClass().contains("viewport")
                    || n.getClass().getSimpleName().equals("ClippedContainer");
            if (clip != null && scrolled) {
                return false;
            }
            if (clip != null && !contains(n.localToScene(clip.getBoundsInParent()), box)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideTextInput(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private static String name(Node node, String text) {
        return node.getId() != null ? node.getId() : quoted(text);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\n", " ") + "\"";
    }

    private static boolean overlap(Bounds a, Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > TOLERANCE && h > TOLERANCE;
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - TOLERANCE
                && inner.getMinY() >= outer.getMinY() - TOLERANCE
                && inner.getMaxX() <= outer.getMaxX() + TOLERANCE
                && inner.getMaxY() <= outer.getMaxY() + TOLERANCE;
    }
}
