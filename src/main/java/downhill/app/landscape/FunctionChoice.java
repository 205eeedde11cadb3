package downhill.app.landscape;

import downhill.engine.data.BatchSize;
import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.data.DataModel;
import downhill.engine.function.data.DataObjective;
import downhill.engine.function.data.DataObjectives;
import downhill.engine.function.expression.ExpressionException;
import downhill.engine.run.StopRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The landscape tab's function: the picker's choices, the typed expression with its error and caret, and how the
 * gradients are taken (batch size and seed for a model on data, noise for a function). It owns the red line under the
 * expression, which also says when a start is outside the function's domain. Runs on the FX thread.
 */
final class FunctionChoice {

    private static final String OUTSIDE_DOMAIN = "is outside the function's domain";

    private final List<Objective> builtins = withDataModels(Functions.builtins());
    /** Samples per step of a model on data; {@link BatchSize#ALL} is batch gradient descent. */
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize", BatchSize.ALL);
    /** Seeds the mini-batch order and the gradient noise. */
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 0);
    /** Std of Gaussian noise added to each gradient component of a function; 0 gives exact gradients. */
    private final DoubleProperty gradientNoise = new SimpleDoubleProperty(this, "gradientNoise", 0);

    private final ReadOnlyObjectWrapper<Objective> objective = new ReadOnlyObjectWrapper<>(this, "objective");
    private final StringProperty expression = new SimpleStringProperty(this, "expression", "");
    private final ReadOnlyStringWrapper expressionError = new ReadOnlyStringWrapper(this, "expressionError", "");
    private final ReadOnlyStringWrapper expressionCaret = new ReadOnlyStringWrapper(this, "expressionCaret", "");
    /** Called after a new function was shown: the race is run again. */
    private final Runnable changed;

    FunctionChoice(Runnable changed) {
        this.changed = changed;
    }

    /** The built-in functions, then the two models on their default data (linear and logistic regression). */
    List<Objective> builtins() {
        return builtins;
    }

    /** Everything the function picker offers, by name. */
    static Optional<Objective> pickerFunction(String name) {
        return withDataModels(Functions.builtins()).stream()
                .filter(f -> f.name().equals(name))
                .findFirst();
    }

    private static List<Objective> withDataModels(List<Objective> functions) {
        List<Objective> all = new ArrayList<>(functions);
        for (DataModel model : DataModel.values()) {
            all.add(DataObjectives.onDefaultData(model));
        }
        return List.copyOf(all);
    }

    /** Whether the landscape is a model's loss on data, whose steps can take mini-batches. */
    boolean onData() {
        return objective.get() instanceof DataObjective;
    }

    /** Reads a typed batch size ({@code all} or a whole number ≥ 1) and applies it; false, changing nothing, if bad. */
    boolean chooseBatchSize(String text) {
        OptionalInt size = BatchSize.parse(text);
        size.ifPresent(batchSize::set);
        return size.isPresent();
    }

    IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    LongProperty seedProperty() {
        return seed;
    }

    DoubleProperty gradientNoiseProperty() {
        return gradientNoise;
    }

    ReadOnlyObjectProperty<Objective> objectiveProperty() {
        return objective.getReadOnlyProperty();
    }

    Objective objective() {
        return objective.get();
    }

    /** Shows a built-in (or any objective). */
    void choose(Objective next) {
        if (next != null && next != objective.get()) {
            clearError();
            // A model on data has a formula of one term per sample: its name is what a person can read.
            expression.set(next instanceof DataObjective ? next.name() : next.formula());
            objective.set(next);
            changed.run();
        }
    }

    StringProperty expressionProperty() {
        return expression;
    }

    /**
     * Reads the expression field: a built-in name or an expression in x and y. A bad one shows its message and
     * caret and leaves the last good function on screen.
     */
    boolean applyExpression() {
        String text = expression.get() == null ? "" : expression.get();
        Objective model = builtins.stream()
                .filter(f -> f instanceof DataObjective && f.name().equals(text.strip()))
                .findFirst()
                .orElse(null);
        if (model != null) {
            choose(model);
            return true;
        }
        try {
            Objective parsed = Functions.resolve(text);
            if (!StopRule.DEFAULT.admitsStart(parsed, parsed.start())) {
                // 1/0, 0/0: no race can start anywhere; the last good function stays.
                throw new IllegalArgumentException(Objective.outsideDomain(parsed.start()));
            }
            clearError();
            if (!parsed.formula().equals(objective.get().formula())
                    || !parsed.name().equals(objective.get().name())) {
                objective.set(parsed);
                expression.set(parsed.formula());
                changed.run();
            }
            return true;
        } catch (IllegalArgumentException e) {
            expressionError.set(e.getMessage());
            expressionCaret.set(e instanceof ExpressionException located ? located.caretLine() : "");
            return false;
        }
    }

    private void clearError() {
        expressionError.set("");
        expressionCaret.set("");
    }

    ReadOnlyStringProperty expressionErrorProperty() {
        return expressionError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty expressionCaretProperty() {
        return expressionCaret.getReadOnlyProperty();
    }

    /**
     * Whether a race can start at (x, y). If not, the red line under the function says so and the old start
     * stays; a good start clears that line again.
     */
    boolean acceptsStart(double x, double y) {
        Point p = new Point(x, y);
        if (!StopRule.DEFAULT.admitsStart(objective.get(), p)) {
            expressionError.set(Objective.outsideDomain(p));
            expressionCaret.set("");
            return false;
        }
        if (expressionError.get().endsWith(OUTSIDE_DOMAIN)) {
            expressionError.set("");
        }
        return true;
    }
}
