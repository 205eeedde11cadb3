package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network tab's charts, panels and table rows as text, from a view-model with same-thread executors. */
class NetworkChartsTest {

    private final NetworkViewModel vm = new NetworkViewModel(Runnable::run, Runnable::run);

    @Test
    void beforeTrainingEachTickedOptimizerHasAWaitingRowAndPanel() {
        var racing = vm.optimizers().racing();
        List<ResultRow> rows = ResultRow.rows(List.of(), racing);
        assertEquals(racing.size(), rows.size());
        assertEquals(racing.get(0).displayName(), rows.get(0).optimizer());
        assertEquals(Messages.text("network.table.notStarted"), rows.get(0).status());
        assertEquals(ResultRow.NONE, rows.get(0).testAccuracy());
        assertEquals(racing.stream().map(s -> s.name()).toList(), NetworkCharts.panelNames(List.of(), racing));
        NetworkCharts.Chart flow = NetworkCharts.gradientFlow(List.of(), 2);
        assertEquals(Messages.text("network.chart.gradient"), flow.title());
        assertEquals(NetworkCharts.layerAxis(3), flow.xAxis(), "two hidden layers and the output");
        assertTrue(flow.lines().isEmpty());
    }

    @Test
    void afterTrainingTheRowsAndChartsTellTheRuns() {
        vm.trainingSettings().epochsProperty().set(3);
        vm.onFrame(1);
        vm.training().train();
        vm.onFrame(1);
        List<RunProgress> results = vm.session().resultsProperty().get();
        List<ResultRow> rows = ResultRow.rows(results, vm.optimizers().racing());
        assertEquals(results.size(), rows.size());
        assertTrue(rows.get(0).testAccuracy().endsWith("%"), rows.get(0).testAccuracy());
        NetworkCharts.Chart loss = NetworkCharts.loss(results, 3, true);
        assertEquals(Messages.text("network.chart.lossLog"), loss.title());
        assertEquals(2 * results.size(), loss.lines().size(), "a train and a test line per copy");
        assertEquals(3, loss.lines().get(0).values().length);
        NetworkCharts.Chart flow = NetworkCharts.gradientFlow(results, 1);
        assertEquals(Messages.text("network.chart.gradientEpoch", 3), flow.title());
        assertEquals(results.size(), flow.lines().size());
        assertTrue(
                NetworkCharts.heading(results.get(0)).startsWith(results.get(0).displayName()));
    }
}
