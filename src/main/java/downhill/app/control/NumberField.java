package downhill.app.control;

import downhill.app.i18n.Messages;
import downhill.engine.Numbers;
import java.util.function.DoubleFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * A text field for one number. Typing a valid number applies it to the bound property at once; an invalid one
 * turns the field red with a tooltip saying why, and the property keeps its last valid value. Never throws.
 */
public final class NumberField extends TextField {

    /** Returns null when the value is acceptable, otherwise the reason. */
    @FunctionalInterface
    public interface Validator extends DoubleFunction<String> {}

    public static final String INVALID_STYLE_CLASS = "invalid";

    private final DoubleProperty value;
    private final Validator validator;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final Tooltip tooltip = new Tooltip();
    private boolean updating;

    public NumberField(DoubleProperty value, Validator validator) {
        this.value = value;
        this.validator = validator;
        getStyleClass().add("number-field");
        setPrefColumnCount(7);
        showValue();
        textProperty().addListener((obs, old, text) -> {
            if (!updating) {
                apply(text);
            }
        });
        value.addListener((obs, old, now) -> {
            if (!updating) {
                showValue();
            }
        });
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && valid.get()) {
                showValue();
            }
        });
        setOnAction(event -> {
            if (valid.get()) {
                showValue();
            }
        });
    }

    /** This field with {@code id} as its node id (what tests and layout checks look it up by). */
    public NumberField withId(String id) {
        setId(id);
        return this;
    }

    private void apply(String text) {
        String problem = problem(text);
        valid.set(problem == null);
        getStyleClass().remove(INVALID_STYLE_CLASS);
        if (problem != null) {
            getStyleClass().add(INVALID_STYLE_CLASS);
            tooltip.setText(problem);
            setTooltip(tooltip);
            return;
        }
        setTooltip(null);
        updating = true;
        try {
            value.set(Numbers.parse(text));
        } finally {
            updating = false;
        }
    }

    private String problem(String text) {
        double parsed;
        try {
            parsed = Numbers.parse(text);
        } catch (IllegalArgumentException e) {
            return Messages.text("field.notANumber", text.strip());
        }
        if (!Double.isFinite(parsed)) {
            return Messages.text("field.notFinite");
        }
        return validator.apply(parsed);
    }

    private void showValue() {
        updating = true;
        try {
            double v = value.get();
            // A count or a seed reads as 1000, not 1000.0.
            setText(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Numbers.format(v));
            valid.set(true);
            getStyleClass().remove(INVALID_STYLE_CLASS);
            setTooltip(null);
        } finally {
            updating = false;
        }
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The tooltip text while invalid, else null. */
    public String problemText() {
        return valid.get() ? null : tooltip.getText();
    }
}
