package downhill.app.network;

import downhill.app.i18n.Messages;
import downhill.engine.data.Dataset;
import downhill.engine.data.DrawnPoints;
import downhill.engine.function.Window;
import downhill.engine.train.TrainingData;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Data drawn by hand on a fixed plane: a press adds a point of the chosen class (or erases the nearest within
 * reach), a drag paints points {@value #SPACING} apart, Clear empties the drawing; every edit (a whole drag being
 * one) can be undone, so nothing is lost by accident.
 */
public final class DrawingViewModel {

    /**
     * The plane drawn on: generated data, standardised, lies about there, so a drawing trains as it is (it is not
     * standardised: the points stay where they were drawn, on the boundaries too).
     */
    public static final Window PLANE = new Window(-3, 3, -3, 3);
    /** Plane units between the points one drag paints: 40 across the plane, not hundreds on one spot. */
    static final double SPACING = 0.15;
    /** The fewest points that train (with two classes drawn). */
    static final int MIN_POINTS = 4;

    private static final int UNDO_LIMIT = 200;

    private final ReadOnlyObjectWrapper<DrawnPoints> points =
            new ReadOnlyObjectWrapper<>(this, "points", DrawnPoints.empty(DrawnPoints.MIN_CLASSES));
    private final IntegerProperty chosenClass = new SimpleIntegerProperty(this, "chosenClass", 0);
    private final IntegerProperty classes = new SimpleIntegerProperty(this, "classes", DrawnPoints.MIN_CLASSES);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final Deque<DrawnPoints> undo = new ArrayDeque<>();
    /** The last point the current drag added; null when no drag paints. */
    private double[] painted;

    private boolean erasing;
    /** The reach of the press that began an erasing drag. */
    private double reachOfErase;

    private TrainingData picture;
    private DrawnPoints pictured;

    DrawingViewModel() {
        classes.addListener((obs, old, now) -> {
            // Never fewer classes than the drawing uses, never outside 2 to 5.
            int count = Math.max(
                    Math.max(DrawnPoints.MIN_CLASSES, points.get().highestLabel() + 1),
                    Math.min(DrawnPoints.MAX_CLASSES, now.intValue()));
            if (count != now.intValue()) {
                classes.set(count);
                return;
            }
            if (count != points.get().classes()) {
                points.set(points.get().withClasses(count));
            }
            chosenClass.set(Math.min(chosenClass.get(), count - 1));
        });
        chosenClass.addListener((obs, old, now) -> {
            if (now.intValue() < 0 || now.intValue() >= classes.get()) {
                chosenClass.set(Math.max(0, Math.min(classes.get() - 1, now.intValue())));
            }
        });
        points.addListener(o -> summarise());
        summarise();
    }

    // ----- editing

    /** A press at (x, y): adds a point of the chosen class, or erases the nearest within {@code reach}. */
    public void press(double x, double y, boolean erase, double reach) {
        erasing = erase;
        painted = null;
        if (!inside(x, y)) {
            return;
        }
        if (erase) {
            int nearest = nearest(x, y, reach);
            if (nearest >= 0) {
                edit(points.get().without(nearest));
            }
            reachOfErase = reach;
        } else if (points.get().size() < DrawnPoints.MAX_POINTS) {
            edit(points.get().with(new DrawnPoints.Point(x, y, chosenClass.get())));
            painted = new double[] {x, y};
        }
    }

    /** A drag to (x, y): paints a point once {@value #SPACING} from the last, or erases what it passes over. */
    public void drag(double x, double y) {
        if (!inside(x, y)) {
            return;
        }
        if (erasing) {
            int nearest = nearest(x, y, reachOfErase);
            if (nearest >= 0) {
                // Part of the press's edit: one undo brings the whole stroke back.
                points.set(points.get().without(nearest));
            }
        } else if (painted != null
                && Math.hypot(x - painted[0], y - painted[1]) >= SPACING
                && points.get().size() < DrawnPoints.MAX_POINTS) {
            points.set(points.get().with(new DrawnPoints.Point(x, y, chosenClass.get())));
            painted = new double[] {x, y};
        }
    }

    public void release() {
        painted = null;
        erasing = false;
    }

    /** Empties the drawing (Undo brings it back). */
    public void clear() {
        if (points.get().size() > 0) {
            edit(DrawnPoints.empty(classes.get()));
        }
    }

    public void undo() {
        if (!undo.isEmpty()) {
            DrawnPoints before = undo.pop();
            canUndo.set(!undo.isEmpty());
            points.set(before);
            classes.set(before.classes());
        }
    }

    /** Takes {@code drawn} as the drawing (from a file or the current data); undoable when {@code undoable}. */
    public void replace(DrawnPoints drawn, boolean undoable) {
        if (undoable) {
            edit(drawn);
        } else {
            undo.clear();
            canUndo.set(false);
            points.set(drawn);
        }
        classes.set(drawn.classes());
    }

    private void edit(DrawnPoints next) {
        undo.push(points.get());
        if (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        canUndo.set(true);
        points.set(next);
    }

    private static boolean inside(double x, double y) {
        return x >= PLANE.xMin() && x <= PLANE.xMax() && y >= PLANE.yMin() && y <= PLANE.yMax();
    }

    private int nearest(double x, double y, double reach) {
        int nearest = -1;
        double best = reach;
        var list = points.get().points();
        for (int i = 0; i < list.size(); i++) {
            double d = Math.hypot(list.get(i).x() - x, list.get(i).y() - y);
            if (d <= best) {
                best = d;
                nearest = i;
            }
        }
        return nearest;
    }

    // ----- what it says

    /** Why {@code drawn} cannot train (too few points, one class only), or null when it can. */
    static String problem(DrawnPoints drawn) {
        if (drawn.size() < MIN_POINTS || drawn.classesUsed() < 2) {
            return Messages.text("network.drawn.tooFew", MIN_POINTS, drawn.size(), drawn.classesUsed());
        }
        return null;
    }

    private void summarise() {
        DrawnPoints drawn = points.get();
        int[] counts = drawn.classCounts();
        StringBuilder perClass = new StringBuilder();
        for (int k = 0; k < counts.length; k++) {
            perClass.append(k == 0 ? "" : ", ").append(Messages.text("network.drawn.classCount", k, counts[k]));
        }
        summary.set(Messages.text("network.drawn.summary", drawn.size(), perClass));
    }

    /** The drawing as the plot shows it: every point filled (none is held out while drawing). */
    public TrainingData picture() {
        DrawnPoints drawn = points.get();
        if (picture == null || pictured != drawn) {
            Dataset all = drawn.dataset();
            picture = new TrainingData(all, all.rows(new int[0]), null);
            pictured = drawn;
        }
        return picture;
    }

    /** Says the summary again in the language now chosen. */
    void relabel() {
        summarise();
    }

    // ----- properties

    public ReadOnlyObjectProperty<DrawnPoints> pointsProperty() {
        return points.getReadOnlyProperty();
    }

    /** The class a press adds, 0 to classes − 1. */
    public IntegerProperty chosenClassProperty() {
        return chosenClass;
    }

    /** The classes offered, 2 to 5 (never fewer than the drawing uses). */
    public IntegerProperty classesProperty() {
        return classes;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** "7 points: class 0: 4, class 1: 3". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
