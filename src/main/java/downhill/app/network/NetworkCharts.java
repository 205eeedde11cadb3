package downhill.app.network;

import downhill.app.control.SeriesChart;
import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.Metric;
import downhill.engine.train.TrainingState;
import java.util.ArrayList;
import java.util.List;

/**
 * What the network tab's charts and panels show, from the results of one frame: the loss and accuracy curves with
 * their overfitting marks, the gradient flow, and the panels' headings. Texts in the window's language.
 */
final class NetworkCharts {

    /** One chart's content, as {@link SeriesChart#show(String, String, List, List, int, int, boolean)} takes it. */
    record Chart(
            String title,
            String xAxis,
            List<SeriesChart.Series> lines,
            List<SeriesChart.Mark> marks,
            int firstX,
            int lastX,
            boolean logScale) {}

    private NetworkCharts() {}

    /** Train (solid) and test (dashed) loss per copy over the {@code planned} epochs. */
    static Chart loss(List<RunProgress> results, int planned, boolean log) {
        return new Chart(
                Messages.text(log ? "network.chart.lossLog" : "network.chart.loss"),
                Messages.text("network.chart.epoch"),
                curves(results, Metric.TRAIN_LOSS, Metric.TEST_LOSS),
                overfittingMarks(results, Metric.TEST_LOSS, true),
                1,
                planned,
                log);
    }

    /** Train and test accuracy per copy over the {@code planned} epochs. */
    static Chart accuracy(List<RunProgress> results, int planned) {
        return new Chart(
                Messages.text("network.chart.accuracy"),
                Messages.text("network.chart.epoch"),
                curves(results, Metric.TRAIN_ACCURACY, Metric.TEST_ACCURACY),
                overfittingMarks(results, Metric.TEST_ACCURACY, false),
                1,
                planned,
                false);
    }

    private static List<SeriesChart.Series> curves(List<RunProgress> results, Metric train, Metric test) {
        List<SeriesChart.Series> lines = new ArrayList<>();
        for (RunProgress r : results) {
            lines.add(new SeriesChart.Series(
                    Messages.text("network.series.train", r.displayName()),
                    r.color(),
                    false,
                    r.history().series(train)));
            lines.add(new SeriesChart.Series(
                    Messages.text("network.series.test", r.displayName()),
                    r.color(),
                    true,
                    r.history().series(test)));
        }
        return lines;
    }

    /**
     * On each run's dashed test line of {@code metric}, the epoch its test loss was least once it turned up: a
     * dashed line in its colour through both charts, a dot and, on the loss chart, its name.
     */
    static List<SeriesChart.Mark> overfittingMarks(List<RunProgress> results, Metric metric, boolean named) {
        List<SeriesChart.Mark> marks = new ArrayList<>();
        for (RunProgress r : results) {
            int epoch = r.overfittingEpoch();
            if (epoch > 0) {
                marks.add(new SeriesChart.Mark(
                        epoch - 1,
                        r.history().value(metric, epoch - 1),
                        r.color(),
                        named ? Messages.text("network.chart.best", epoch) : "",
                        true,
                        true));
            }
        }
        return marks;
    }

    /**
     * Each copy's gradient norm per layer at its newest epoch; before training, the layers {@code hiddenLayers}
     * describes (the hidden ones and the output), with no lines.
     */
    static Chart gradientFlow(List<RunProgress> results, int hiddenLayers) {
        List<SeriesChart.Series> lines = new ArrayList<>();
        int layers = hiddenLayers + 1;
        int epoch = 0;
        for (RunProgress r : results) {
            HistorySnapshot h = r.history();
            layers = h.layerCount();
            if (h.epochs() == 0) {
                continue;
            }
            epoch = Math.max(epoch, h.epochs());
            double[] norms = new double[layers];
            for (int l = 0; l < layers; l++) {
                norms[l] = h.gradientNorm(h.epochs() - 1, l);
            }
            lines.add(new SeriesChart.Series(r.displayName(), r.color(), false, norms));
        }
        return new Chart(
                epoch > 0
                        ? Messages.text("network.chart.gradientEpoch", epoch)
                        : Messages.text("network.chart.gradient"),
                layerAxis(layers),
                lines,
                List.of(),
                1,
                Math.max(2, layers),
                true);
    }

    /** "layer (1 = first hidden, 3 = output)"; a network without hidden layers has only its output. */
    static String layerAxis(int layers) {
        return layers <= 1
                ? Messages.text("network.chart.layerOutputOnly")
                : Messages.text("network.chart.layer", layers);
    }

    /** The boundary panels' optimizers: a panel per copy, or before training per ticked optimizer. */
    static List<String> panelNames(List<RunProgress> results, List<OptimizerSettings> racing) {
        return results.isEmpty()
                ? racing.stream().map(OptimizerSettings::name).toList()
                : results.stream().map(RunProgress::name).toList();
    }

    /** A trained copy's panel heading: its name, its test accuracy and, if it ended early, why. */
    static String heading(RunProgress r) {
        double accuracy = r.history().last(Metric.TEST_ACCURACY);
        return r.displayName()
                + (Double.isNaN(accuracy)
                        ? ""
                        : "  " + Messages.text("network.plot.testAccuracy", String.format("%.1f", 100 * accuracy)))
                + (r.state().isFinal() && r.state() != TrainingState.FINISHED ? "  " + r.message() : "");
    }

    /** An untrained copy's panel heading. */
    static String untrainedHeading(OptimizerSettings settings) {
        return Messages.text("network.plot.untrained", settings.displayName());
    }
}
