package downhill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.DrawnPoints;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network section's drawn points ({@code data.drawn}), read and written. */
class ExperimentDrawnDataTest {

    private static final DrawnPoints DRAWN = new DrawnPoints(
            3,
            List.of(
                    new DrawnPoints.Point(-1.25, 0.5, 0),
                    new DrawnPoints.Point(0.1, -2.999, 2),
                    new DrawnPoints.Point(1e-7, 3, 1)));

    private static Experiment with(DrawnPoints drawn) {
        Experiment e = Experiment.defaults();
        NetworkSettings n = e.network();
        NetworkSettings.Data data = new NetworkSettings.Data("xor", 200, 0.1, null, null, drawn);
        return new Experiment(
                e.schemaVersion(),
                Experiment.Tab.NETWORK,
                e.landscape(),
                new NetworkSettings(
                        data,
                        n.seed(),
                        n.hiddenSizes(),
                        n.activation(),
                        n.loss(),
                        n.batchMode(),
                        n.batchSize(),
                        n.epochs(),
                        n.l2(),
                        n.logScale(),
                        n.optimizers(),
                        n.lossLandscape(),
                        n.diagram(),
                        n.initialization()));
    }

    private static String network(String drawn) {
        return "{\"schemaVersion\": 1, \"network\": {\"data\": {\"drawn\": " + drawn + "}}}";
    }

    private static ExperimentException failure(String json) {
        return assertThrows(ExperimentException.class, () -> ExperimentCodec.read(json));
    }

    @Test
    void drawnPointsAreWrittenAndReadBackTheSame() {
        Experiment drawn = with(DRAWN);
        // A point a line (the printer's usual separator, trailing space and all).
        String text = ExperimentCodec.write(drawn);
        assertTrue(
                text.contains(
                        "\"drawn\": {\n        \"classes\": 3,\n        \"points\": [\n"
                                + "          [-1.25, 0.5, 0], \n          [0.1, -2.999, 2], \n          [1.0E-7, 3.0, 1]\n        ]"),
                text);
        Experiment read = ExperimentCodec.read(text);
        assertEquals(DRAWN, read.network().data().drawn());
        assertEquals(drawn, read);
    }

    @Test
    void dataNotDrawnIsWrittenAsBefore() {
        assertFalse(ExperimentCodec.write(Experiment.defaults()).contains("drawn"));
        assertEquals(
                null, ExperimentCodec.read(network("null")).network().data().drawn());
    }

    @Test
    void aShortDrawingReadsWithTwoClasses() {
        DrawnPoints read = ExperimentCodec.read(network("{\"points\": [[0, 0, 0], [1, 1, 1]]}"))
                .network()
                .data()
                .drawn();
        assertEquals(new DrawnPoints(2, List.of(new DrawnPoints.Point(0, 0, 0), new DrawnPoints.Point(1, 1, 1))), read);
    }

    @Test
    void badDrawingsAreLocated() {
        ExperimentException label = failure(network("{\"classes\": 2, \"points\": [[0, 0, 0], [1, 1, 2]]}"));
        assertEquals("network.data.drawn.points[1][2]", label.path());
        ExperimentException shape = failure(network("{\"points\": [[0, 0, 0], [1, 1]]}"));
        assertEquals("network.data.drawn.points[1]", shape.path());
        assertTrue(shape.problem().contains("[x, y, class]"), shape.problem());
        ExperimentException text = failure(network("{\"points\": [[0, \"a\", 0]]}"));
        assertEquals("network.data.drawn.points[0][1]", text.path());
        ExperimentException classes = failure(network("{\"classes\": 6, \"points\": []}"));
        assertEquals("network.data.drawn.classes", classes.path());
        ExperimentException unknown = failure(network("{\"colour\": 1, \"points\": []}"));
        assertTrue(unknown.problem().contains("colour"), unknown.problem());
        ExperimentException missing = failure(network("{\"classes\": 2}"));
        assertTrue(missing.path().startsWith("network.data.drawn"), missing.path());
    }
}
