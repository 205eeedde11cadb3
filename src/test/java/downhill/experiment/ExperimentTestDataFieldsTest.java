package downhill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.nn.Initialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network section's test file ({@code data.testCsv}) and initialisation ({@code init}), read and written. */
class ExperimentTestDataFieldsTest {

    @TempDir
    Path dir;

    private String network(String data, String more) {
        return "{\"schemaVersion\": 1, \"network\": {\"data\": " + data + more + "}}";
    }

    private String files() throws IOException {
        Path train = Files.writeString(dir.resolve("train.csv"), "x1,x2,label\n1,2,0\n3,4,1\n");
        Path test = Files.writeString(dir.resolve("test.csv"), "x1,x2,label\n1,2,0\n");
        return "{\"csv\": \"" + train + "\", \"testCsv\": \"" + test + "\"}";
    }

    @Test
    void aTestFileAndAnInitialisationAreReadAndWrittenBack() throws IOException {
        Experiment read = ExperimentCodec.read(network(files(), ", \"init\": \"normal:sigma=0.1\""));
        assertEquals(dir.resolve("test.csv").toString(), read.network().data().testCsv());
        assertEquals(Initialization.parse("normal:sigma=0.1"), read.network().initialization());
        String text = ExperimentCodec.write(read);
        assertTrue(text.contains("\"testCsv\": \"" + dir.resolve("test.csv") + "\""), text);
        assertTrue(text.contains("\"init\": \"normal:sigma=0.1\""), text);
        assertEquals(read, ExperimentCodec.read(text));
    }

    @Test
    void filesWithoutThemOpenAsBeforeAndAreWrittenAsBefore() {
        Experiment defaults = Experiment.defaults();
        assertNull(defaults.network().data().testCsv());
        assertEquals(Initialization.DEFAULT, defaults.network().initialization());
        String text = ExperimentCodec.write(defaults);
        assertFalse(text.contains("testCsv"), text);
        assertFalse(text.contains("\"init\""), text);
    }

    private static ExperimentException failure(String json) {
        return assertThrows(ExperimentException.class, () -> ExperimentCodec.read(json));
    }

    @Test
    void mistakesAreNamedWithTheirPlace() throws IOException {
        ExperimentException missing = failure(network(
                "{\"csv\": \"" + Files.writeString(dir.resolve("t.csv"), "a,b\n1,0\n2,1\n")
                        + "\", \"testCsv\": \"/no/such/test.csv\"}",
                ""));
        assertEquals("network.data.testCsv", missing.path());
        assertEquals("no such file: /no/such/test.csv", missing.problem());
        ExperimentException generator =
                failure(network("{\"generator\": \"moons\", \"testCsv\": \"" + dir.resolve("t.csv") + "\"}", ""));
        assertEquals("network.data.testCsv", generator.path());
        assertTrue(generator.problem().contains("needs \"csv\""), generator.problem());
        ExperimentException init = failure(network("{}", ", \"init\": \"xavier\""));
        assertEquals("network.init", init.path());
        assertTrue(init.problem().contains("unknown initialisation 'xavier'"), init.problem());
        ExperimentException sigma = failure(network("{}", ", \"init\": \"normal:sigma=0\""));
        assertEquals("network.init", sigma.path());
        ExperimentException typo = failure(network("{}", ", \"inti\": \"zeros\""));
        assertTrue(typo.problem().contains("did you mean 'init'"), typo.problem());
    }
}
