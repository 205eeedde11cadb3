package downhill.app.optimizers;

import downhill.app.control.NumberField;
import downhill.engine.optimizer.Hyperparameter;
import java.math.BigDecimal;
import java.math.MathContext;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * One hyperparameter: a label, a slider (logarithmic for rates and eps) and a text field; a check box for flags.
 * The slider and the field edit the same property; the field accepts values beyond the slider's range.
 */
public final class HyperparameterEditor extends HBox {

    private final Slider slider;
    private final NumberField field;
    private boolean syncing;

    public HyperparameterEditor(Hyperparameter hyperparameter, DoubleProperty value) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("hyperparameter-editor");
        setId("hp-" + hyperparameter.key());
        Label label = new Label(OptimizerSettings.symbol(hyperparameter) + (hyperparameter.isFlag() ? "" : ""));
        label.getStyleClass().add("hyperparameter-label");
        label.setMinWidth(44);
        label.setTooltip(new Tooltip(hyperparameter.description() + " (" + hyperparameter.key() + "; PyTorch: "
                + hyperparameter.torchName() + ")"));
        if (hyperparameter.isFlag()) {
            CheckBox box = new CheckBox(hyperparameter.description());
            box.setSelected(value.get() != 0);
            box.selectedProperty().addListener((obs, old, on) -> value.set(on ? 1 : 0));
            value.addListener((obs, old, now) -> box.setSelected(now.doubleValue() != 0));
            slider = null;
            field = null;
            getChildren().addAll(label, box);
            return;
        }
        boolean log = hyperparameter.logarithmic();
        slider = log
                ? new Slider(
                        Math.log10(hyperparameter.sliderMin()),
                        Math.log10(hyperparameter.sliderMax()),
                        Math.log10(Math.max(value.get(), hyperparameter.sliderMin())))
                : new Slider(
                        hyperparameter.sliderMin(),
                        hyperparameter.sliderMax(),
                        Math.min(Math.max(value.get(), hyperparameter.sliderMin()), hyperparameter.sliderMax()));
        slider.setId("slider-" + hyperparameter.key());
        slider.setFocusTraversable(false);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMinWidth(90);
        slider.valueProperty().addListener((obs, old, position) -> {
            if (!syncing) {
                syncing = true;
                value.set(round(log ? Math.pow(10, position.doubleValue()) : position.doubleValue()));
                syncing = false;
            }
        });
        value.addListener((obs, old, now) -> {
            if (!syncing) {
                syncing = true;
                double v = now.doubleValue();
                slider.setValue(log ? Math.log10(Math.max(v, hyperparameter.sliderMin())) : v);
                syncing = false;
            }
        });
        if (log) {
            fineSteps(slider, hyperparameter, value);
        }
        field = new NumberField(value, v -> {
            try {
                hyperparameter.check(v);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
        field.setId("field-" + hyperparameter.key());
        getChildren().addAll(label, slider, field);
    }

    /**
     * Arrow keys and the wheel on a log slider change the value by {@link FineSteps} (Shift: finer), not by a
     * pixel's 13 %. A click gives the slider the focus, so its arrow keys are its own.
     */
    private static void fineSteps(Slider slider, Hyperparameter h, DoubleProperty value) {
        slider.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> slider.requestFocus());
        slider.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int notches = switch (e.getCode()) {
                case RIGHT, UP -> 1;
                case LEFT, DOWN -> -1;
                default -> 0;
            };
            if (notches != 0 && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                value.set(FineSteps.nudge(h, value.get(), notches, e.isShiftDown()));
                e.consume();
            }
        });
        slider.addEventHandler(ScrollEvent.SCROLL, e -> {
            // With Shift held some platforms turn the wheel sideways.
            double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            if (delta != 0) {
                value.set(FineSteps.nudge(h, value.get(), Math.signum(delta), e.isShiftDown()));
                e.consume();
            }
        });
    }

    /** Three significant digits: slider values a student can read and type back. */
    static double round(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(3)).doubleValue();
    }

    public Slider slider() {
        return slider;
    }

    public NumberField field() {
        return field;
    }
}
