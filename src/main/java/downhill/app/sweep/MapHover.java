package downhill.app.sweep;

import downhill.app.i18n.Messages;
import downhill.app.i18n.OutcomeText;
import downhill.engine.Numbers;
import downhill.engine.sweep.Cell;
import downhill.engine.sweep.Sweep;
import downhill.engine.sweep.SweepSpec;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The line under the map that reads out the cell under the pointer: its two values, the loss it ends at, how soon it
 * got within tolerance and how it ended; empty when the pointer is on no computed cell (the status shows then).
 */
public final class MapHover {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    /** Reads out cell (i, j) of {@code sweep}, or clears the line for no map, a cell outside it or not yet done. */
    public void show(Sweep sweep, int i, int j) {
        Cell c = sweep == null
                        || i < 0
                        || j < 0
                        || i >= sweep.spec().x().count()
                        || j >= sweep.spec().y().count()
                ? null
                : sweep.cell(i, j);
        text.set(c == null ? "" : describe(sweep.spec(), c));
    }

    /** "lr = 0.01, momentum = 0.9: final loss 1e-9, within tolerance from step 57, converged" and the like. */
    static String describe(SweepSpec spec, Cell c) {
        return spec.x().key() + " = " + Numbers.compact(c.x()) + ", "
                + spec.y().key() + " = "
                + Numbers.compact(c.y()) + ": "
                + (c.stepsToTolerance() < 0
                        ? Messages.text("map.cell.never", Numbers.compact(c.finalLoss()), OutcomeText.of(c.outcome()))
                        : Messages.text(
                                "map.cell",
                                Numbers.compact(c.finalLoss()),
                                c.stepsToTolerance(),
                                OutcomeText.of(c.outcome())));
    }

    /** The read-out, or empty. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
