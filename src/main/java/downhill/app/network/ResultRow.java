package downhill.app.network;

import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.Numbers;
import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.Metric;
import java.util.List;
import java.util.function.Function;
import javafx.scene.paint.Color;

/** One row of the network tab's results table, as text: a trained copy, or an optimizer waiting to train. */
public record ResultRow(
        String optimizer,
        Color color,
        String status,
        String trainLoss,
        String testLoss,
        String trainAccuracy,
        String testAccuracy,
        String reached,
        String seconds) {

    /** What the table shows for a number not known yet. */
    static final String NONE = "–";

    /** Each column's text, in the table's order (the table fits its columns to them). */
    static final List<Function<ResultRow, String>> CELLS = List.of(
            ResultRow::optimizer,
            ResultRow::status,
            ResultRow::trainLoss,
            ResultRow::testLoss,
            ResultRow::trainAccuracy,
            ResultRow::testAccuracy,
            ResultRow::reached,
            ResultRow::seconds);

    /**
     * The table's rows: a row per copy, or before training a row per ticked optimizer, so the table keeps its shape
     * when training starts.
     */
    static List<ResultRow> rows(List<RunProgress> results, List<OptimizerSettings> racing) {
        return results.isEmpty()
                ? racing.stream().map(ResultRow::waiting).toList()
                : results.stream().map(ResultRow::of).toList();
    }

    static ResultRow of(RunProgress r) {
        HistorySnapshot h = r.history();
        int reached = r.epochReaching(RunProgress.TARGET_ACCURACY);
        return new ResultRow(
                r.displayName(),
                r.color(),
                r.message(),
                number(h.last(Metric.TRAIN_LOSS)),
                number(h.last(Metric.TEST_LOSS)),
                percent(h.last(Metric.TRAIN_ACCURACY)),
                percent(h.last(Metric.TEST_ACCURACY)),
                reached == 0
                        ? Messages.text(r.state().isFinal() ? "network.table.never" : "network.table.notYet")
                        : Messages.text("network.table.epoch", reached),
                String.format("%.1f s", r.seconds()));
    }

    static ResultRow waiting(OptimizerSettings settings) {
        return new ResultRow(
                settings.displayName(),
                settings.color(),
                Messages.text("network.table.notStarted"),
                NONE,
                NONE,
                NONE,
                NONE,
                NONE,
                NONE);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? NONE : Numbers.compact(v);
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? NONE : String.format("%.1f %%", 100 * v);
    }
}
