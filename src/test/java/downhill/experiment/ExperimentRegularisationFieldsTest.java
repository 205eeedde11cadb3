package downhill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.train.EarlyStopping;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network section's {@code dropout} and {@code earlyStopping}, read, written back and refused where wrong. */
class ExperimentRegularisationFieldsTest {

    private static String network(String more) {
        return "{\"schemaVersion\": 1, \"network\": {\"hiddenSizes\": [32, 16]" + more + "}}";
    }

    @Test
    void dropoutAndEarlyStoppingAreReadAndWrittenBack() {
        Experiment read = ExperimentCodec.read(network(
                ", \"dropout\": [0.2, 0.5], \"earlyStopping\": " + "\"patience=10, min-delta=1e-4, monitor=train\""));
        assertEquals(List.of(0.2, 0.5), read.network().dropout());
        assertEquals(
                new EarlyStopping(10, 1e-4, EarlyStopping.Monitor.TRAIN),
                read.network().earlyStopping());
        String text = ExperimentCodec.write(read);
        assertTrue(text.contains("\"dropout\": ["), text);
        assertTrue(text.contains("\"earlyStopping\": \"patience=10,min-delta=0.0001,monitor=train\""), text);
        assertEquals(read, ExperimentCodec.read(text));
        Experiment one = ExperimentCodec.read(network(", \"dropout\": 0.3"));
        assertEquals(List.of(0.3), one.network().dropout());
        assertTrue(ExperimentCodec.write(one).contains("\"dropout\": 0.3"));
        assertEquals(one, ExperimentCodec.read(ExperimentCodec.write(one)));
    }

    @Test
    void filesWithoutThemOpenAsBeforeAndAreWrittenAsBefore() {
        Experiment defaults = Experiment.defaults();
        assertEquals(List.of(), defaults.network().dropout());
        assertNull(defaults.network().earlyStopping());
        String text = ExperimentCodec.write(defaults);
        assertFalse(text.contains("dropout"), text);
        assertFalse(text.contains("earlyStopping"), text);
    }

    private static ExperimentException failure(String json) {
        return assertThrows(ExperimentException.class, () -> ExperimentCodec.read(json));
    }

    @Test
    void mistakesAreNamedWithTheirPlace() {
        ExperimentException one = failure(network(", \"dropout\": 1"));
        assertEquals("network.dropout", one.path());
        assertTrue(one.problem().contains("≥ 0 and < 1, got 1.0"), one.problem());
        ExperimentException item = failure(network(", \"dropout\": [0.1, -0.5]"));
        assertEquals("network.dropout[1]", item.path());
        ExperimentException text = failure(network(", \"dropout\": \"0.5\""));
        assertEquals("network.dropout", text.path());
        assertTrue(text.problem().contains("must be a number"), text.problem());
        ExperimentException count = failure(network(", \"dropout\": [0.1, 0.2, 0.3]"));
        assertEquals("network.dropout", count.path());
        assertTrue(count.problem().contains("one per hidden layer (2), got 3"), count.problem());
        ExperimentException stopping = failure(network(", \"earlyStopping\": \"patience=0\""));
        assertEquals("network.earlyStopping", stopping.path());
        assertTrue(stopping.problem().contains("'0' is too small"), stopping.problem());
        ExperimentException object = failure(network(", \"earlyStopping\": {\"patience\": 10}"));
        assertEquals("network.earlyStopping", object.path());
        ExperimentException typo = failure(network(", \"dropuot\": 0.5"));
        assertTrue(typo.problem().contains("did you mean 'dropout'"), typo.problem());
    }
}
