package downhill.app.landscape;

import downhill.app.control.SeriesChart;
import downhill.app.i18n.Messages;
import downhill.engine.function.Objective;
import downhill.engine.function.data.DataModel;
import downhill.engine.function.data.DataObjective;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

/**
 * Beside a logistic-regression landscape, what each loss passes back to the logit for a positive sample, against
 * the prediction ŷ: cross-entropy's ŷ − 1 pulls hardest when the prediction is most wrong, the squared error's
 * 2(ŷ − 1)·ŷ(1 − ŷ) vanishes there — why its landscape has plateaus. The landscape's own loss is drawn solid.
 */
final class LogitGradientPlot {

    /** Predictions from 0 to 1 in steps of 1 %. */
    static final int POINTS = 101;

    private static final Color CROSS_ENTROPY = Color.web("#0072B2");
    private static final Color SQUARED_ERROR = Color.web("#D55E00");

    private LogitGradientPlot() {}

    /** The model the plot is for, or null when {@code objective} is not logistic regression (no plot). */
    static DataModel modelOf(Objective objective) {
        return objective instanceof DataObjective data && data.model().logistic() ? data.model() : null;
    }

    /** Both losses' ∂L/∂z at ŷ = 0 %, 1 %, …, 100 % for y = 1, the landscape's own ({@code shown}) solid. */
    static List<SeriesChart.Series> series(DataModel shown) {
        List<SeriesChart.Series> lines = new ArrayList<>();
        for (DataModel model : List.of(DataModel.LOGISTIC_REGRESSION, DataModel.LOGISTIC_REGRESSION_MSE)) {
            double[] values = new double[POINTS];
            for (int k = 0; k < POINTS; k++) {
                values[k] = model.slopeAtProbability(k / (POINTS - 1.0), 1);
            }
            boolean bce = model == DataModel.LOGISTIC_REGRESSION;
            lines.add(new SeriesChart.Series(
                    Messages.text(bce ? "landscape.logit.bce" : "landscape.logit.mse"),
                    bce ? CROSS_ENTROPY : SQUARED_ERROR,
                    model != shown,
                    values));
        }
        return lines;
    }

    /** Draws the plot for {@code objective} on {@code chart} and its key in {@code legend}; whether there is one. */
    static boolean show(SeriesChart chart, VBox legend, Objective objective) {
        DataModel model = modelOf(objective);
        if (model == null) {
            return false;
        }
        List<SeriesChart.Series> lines = series(model);
        chart.setFixedRange(-1, 0.05);
        chart.show(
                Messages.text("landscape.logit.title"),
                Messages.text("landscape.logit.axis"),
                lines,
                0,
                POINTS - 1,
                false);
        legend.getChildren().clear();
        for (SeriesChart.Series line : lines) {
            Line swatch = new Line(0, 0, 18, 0);
            swatch.setStroke(line.color());
            swatch.setStrokeWidth(2.5);
            if (line.dashed()) {
                swatch.getStrokeDashArray().setAll(5.0, 3.0);
            }
            Label entry = new Label(line.label(), swatch);
            // Wrapped rather than elided or wider than the pane: the formulas are the point.
            entry.setWrapText(true);
            entry.setMinHeight(Label.USE_PREF_SIZE);
            legend.getChildren().add(entry);
        }
        return true;
    }
}
