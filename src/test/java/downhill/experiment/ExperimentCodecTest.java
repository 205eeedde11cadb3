package downhill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCodecTest {

    @Test
    void readingWhatWasWrittenGivesTheSameExperiment() {
        for (Experiment e : List.of(Experiment.defaults(), ExperimentCodecTestData.everythingChanged())) {
            String text = ExperimentCodec.write(e);
            assertEquals(e, ExperimentCodec.read(text));
            assertEquals(text, ExperimentCodec.write(ExperimentCodec.read(text)));
        }
    }

    @Test
    void aShortFileReadsToItsCanonicalFormWithDefaultsFilledIn() {
        Experiment e = ExperimentCodec.read("""
                {"schemaVersion": 1, "landscape": {"function": "beale", "start": {"x": 3, "y": 4},
                 "optimizers": [{"name": "adam", "hyperparameters": {"lr": 0.1}}, {"name": "sgd"}]}}""");
        assertEquals("beale", e.landscape().function());
        assertEquals(new Point(3, 4), e.landscape().start());
        assertEquals(
                List.of("sgd", "adam"),
                e.landscape().optimizers().stream().map(OptimizerEntry::name).toList());
        assertEquals(0.9, e.landscape().optimizers().get(1).hyperparameters().get("beta1"));
        assertEquals(Experiment.defaults().network(), e.network());
        String canonical = ExperimentCodec.write(e);
        assertTrue(canonical.contains("\"beta2\": 0.999"), canonical);
        assertEquals(e, ExperimentCodec.read(canonical));
    }

    @Test
    void anExpressionIsKeptInItsCanonicalSpelling() {
        Experiment e = ExperimentCodec.read("{\"schemaVersion\":1,\"landscape\":{\"function\":\"x^2+  y^2\"}}");
        assertEquals(
                LandscapeSettings.objective("x^2+y^2").formula(), e.landscape().function());
    }

    private static ExperimentException failure(String json) {
        return assertThrows(ExperimentException.class, () -> ExperimentCodec.read(json));
    }

    @Test
    void anUnknownOptimizerIsNamedWithItsPlaceAndTheNameMeant() {
        ExperimentException e = failure("""
                {
                  "schemaVersion": 1,
                  "landscape": {
                    "function": "rosenbrock",
                    "optimizers": [{"name": "sgd"}, {"name": "momentum"}, {"name": "adamm"}]
                  }
                }""");
        assertEquals(5, e.line());
        assertEquals("landscape.optimizers[2].name", e.path());
        assertTrue(e.getMessage().startsWith("line 5, column "), e.getMessage());
        assertTrue(
                e.problem().contains("unknown optimizer 'adamm'") && e.problem().contains("did you mean 'adam'"),
                e.problem());
    }

    @Test
    void aMapOfAHyperparameterTheOptimizerHasNotIsLocated() {
        ExperimentException e = failure("""
                {
                  "schemaVersion": 1,
                  "landscape": {
                    "function": "bowl",
                    "layout": "map",
                    "map": {"optimizer": "sgd", "x": "lr", "y": "beta1"}
                  }
                }""");
        assertEquals("landscape.map", e.path());
        assertTrue(e.problem().contains("sgd has no numeric hyperparameter 'beta1'"), e.problem());
        ExperimentException name = failure("""
                {"schemaVersion": 1, "landscape": {"function": "bowl", "map": {"optimizer": "adamm", "x": "lr",
                 "y": "beta1"}}}""");
        assertEquals("landscape.map.optimizer", name.path());
        Experiment read = ExperimentCodec.read("""
                {"schemaVersion": 1, "landscape": {"function": "rosenbrock", "layout": "map",
                 "map": {"optimizer": "adam", "x": "beta1", "y": "beta2"}}}""");
        assertEquals(
                new LandscapeSettings.MapAxes("adam", "beta1", "beta2"),
                read.landscape().map());
        assertEquals(read, ExperimentCodec.read(ExperimentCodec.write(read)));
        assertFalse(ExperimentCodec.write(read).contains("Range"), "the sliders' ranges are not written");

        Experiment ranged = ExperimentCodec.read("""
                {"schemaVersion": 1, "landscape": {"function": "rosenbrock", "layout": "map",
                 "map": {"optimizer": "adam", "x": "beta1", "y": "beta2", "yRange": [0.9, 0.9999]}}}""");
        assertEquals(
                new LandscapeSettings.MapAxes("adam", "beta1", "beta2", Double.NaN, Double.NaN, 0.9, 0.9999),
                ranged.landscape().map());
        assertEquals(ranged, ExperimentCodec.read(ExperimentCodec.write(ranged)));
        ExperimentException reversed = failure("""
                {"schemaVersion": 1, "landscape": {"function": "bowl", "map": {"optimizer": "adam", "x": "lr",
                 "y": "beta2", "yRange": [0.999, 0.9]}}}""");
        assertEquals("landscape.map", reversed.path());
        assertTrue(
                reversed.problem().contains("beta2: the map's range must run from a smaller to a larger value"),
                reversed.problem());
        ExperimentException outside = failure("""
                {"schemaVersion": 1, "landscape": {"function": "bowl", "map": {"optimizer": "adam", "x": "lr",
                 "y": "beta2", "yRange": [0.9, 1.5]}}}""");
        assertTrue(outside.problem().contains("beta2 must be"), outside.problem());
        ExperimentException shape = failure("""
                {"schemaVersion": 1, "landscape": {"function": "bowl", "map": {"optimizer": "adam", "x": "lr",
                 "y": "beta2", "xRange": [0.1]}}}""");
        assertEquals("landscape.map.xRange", shape.path());
    }

    @Test
    void aNewerSchemaSaysSo() {
        ExperimentException e = failure("{\"schemaVersion\": 3, \"landscape\": {\"function\": \"nope\"}}");
        assertEquals("schemaVersion", e.path());
        assertEquals("written by a newer Downhill: schema 3, this version reads up to 1", e.problem());
    }

    @Test
    void malformedAndTruncatedTextIsLocated() {
        ExperimentException bad = failure("{\n  \"schemaVersion\": 1,\n  \"landscape\": {\"function\" \"x\"}\n}");
        assertEquals(3, bad.line());
        assertTrue(bad.problem().startsWith("malformed JSON"), bad.problem());
        ExperimentException cut = failure("{\"schemaVersion\": 1, \"landscape\": {\"function\": \"beale\"");
        assertTrue(cut.problem().contains("ends too early"), cut.problem());
        assertFalse(cut.getMessage().contains("Source"), cut.getMessage());
        assertEquals("", failure("").path());
    }

    @Test
    void anEntrysLabelIsReadTrimmedWrittenOnlyWhenGivenAndCheckedWhereItStands() {
        Experiment labelled = ExperimentCodec.read("{\"schemaVersion\":1,\"landscape\":{\"function\":\"bowl\","
                + "\"optimizers\":[{\"name\":\"sgd\",\"label\":\"  SGD η=0.9 \"},{\"name\":\"adam\"}]}}");
        List<OptimizerEntry> entries = labelled.landscape().optimizers();
        assertEquals("SGD η=0.9", entries.get(0).label());
        assertEquals("", entries.get(1).label());
        String written = ExperimentCodec.write(labelled);
        assertTrue(written.contains("\"label\": \"SGD η=0.9\""), written);
        assertEquals(1, written.split("\"label\"", -1).length - 1, "no label field for the unlabelled entry");
        assertEquals(labelled, ExperimentCodec.read(written));
        ExperimentException notText = failure("{\"schemaVersion\":1,\"landscape\":{\"function\":\"bowl\","
                + "\"optimizers\":[{\"name\":\"sgd\",\"label\":3}]}}");
        assertEquals("landscape.optimizers[0].label", notText.path());
        ExperimentException tooLong = failure("{\"schemaVersion\":1,\"landscape\":{\"function\":\"bowl\","
                + "\"optimizers\":[{\"name\":\"sgd\",\"label\":\"" + "x".repeat(41) + "\"}]}}");
        assertEquals("landscape.optimizers[0].label", tooLong.path());
        assertTrue(tooLong.problem().startsWith("label must be one line of at most 40 characters"), tooLong.problem());
    }

    @Test
    void theNetworkDiagramViewIsReadWrittenOnlyWhenShownAndOldFilesOpenOnTheBoundaries() {
        Experiment old = ExperimentCodec.read("{\"schemaVersion\":1,\"network\":{\"epochs\":3}}");
        assertFalse(old.network().diagram());
        assertFalse(ExperimentCodec.write(old).contains("\"diagram\""));
        Experiment diagram = ExperimentCodec.read("{\"schemaVersion\":1,\"network\":{\"view\":\"diagram\"}}");
        assertTrue(diagram.network().diagram());
        String written = ExperimentCodec.write(diagram);
        assertTrue(written.contains("\"view\": \"diagram\""), written);
        assertEquals(diagram, ExperimentCodec.read(written));
        assertEquals(written, ExperimentCodec.write(ExperimentCodec.read(written)));
        assertFalse(ExperimentCodec.read("{\"schemaVersion\":1,\"network\":{\"view\":\"boundaries\"}}")
                .network()
                .diagram());
        ExperimentException bad = failure("{\"schemaVersion\":1,\"network\":{\"view\":\"hairball\"}}");
        assertEquals("network.view", bad.path());
    }

    @Test
    void wrongTypesMissingFieldsAndBadValuesAreNamed() {
        assertEquals(
                "landscape.stepLimit",
                failure("{\"schemaVersion\":1,\"landscape\":{\"function\":\"beale\"," + "\"stepLimit\":\"many\"}}")
                        .path());
        ExperimentException missing = failure("{\"schemaVersion\":1,\"landscape\":{\"start\":{\"x\":1,\"y\":2}}}");
        assertEquals("landscape.function", missing.path());
        assertEquals("missing required field 'function'", missing.problem());
        ExperimentException beta = failure("{\"schemaVersion\":1,\"network\":{\"optimizers\":[{\"name\":\"adam\","
                + "\"hyperparameters\":{\"beta1\":1.0}}]}}");
        assertEquals("network.optimizers[0].hyperparameters.beta1", beta.path());
        assertTrue(beta.problem().contains("beta1 must be"), beta.problem());
        ExperimentException function = failure("{\"schemaVersion\":1,\"landscape\":{\"function\":\"rosenbrok\"}}");
        assertTrue(function.problem().contains("did you mean 'rosenbrock'"), function.problem());
        ExperimentException field =
                failure("{\"schemaVersion\":1,\"landscape\":{\"function\":\"beale\"," + "\"stepLimt\":3}}");
        assertTrue(field.problem().contains("did you mean 'stepLimit'"), field.problem());
        ExperimentException schedule = failure("{\"schemaVersion\":1,\"network\":{\"optimizers\":[{\"name\":\"sgd\","
                + "\"schedule\":\"step:every=0.5\"}]}}");
        assertEquals("network.optimizers[0].schedule", schedule.path());
        assertEquals("schemaVersion", failure("{\"schemaVersion\":\"1\"}").path());
        assertEquals(
                "network.data.csv",
                failure("{\"schemaVersion\":1,\"network\":{\"data\":{\"csv\":" + "\"/no/such/file.csv\"}}}")
                        .path());
        assertEquals(
                "landscape.window",
                failure("{\"schemaVersion\":1,\"landscape\":{\"function\":\"beale\","
                                + "\"window\":{\"xMin\":1,\"xMax\":0,\"yMin\":0,\"yMax\":1}}}")
                        .path());
    }

    @Test
    void savingReplacesTheFileAtomicallyAndLeavesNoTemporaryFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("lesson.json");
        Files.writeString(file, "old");
        ExperimentCodec.save(ExperimentCodecTestData.everythingChanged(), file);
        assertEquals(ExperimentCodecTestData.everythingChanged(), ExperimentCodec.read(file));
        try (var listing = Files.list(folder)) {
            assertEquals(List.of(file), listing.toList());
        }
    }

    @Test
    void aMissingFileIsAnExperimentException(@TempDir Path folder) {
        ExperimentException e =
                assertThrows(ExperimentException.class, () -> ExperimentCodec.read(folder.resolve("gone.json")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }
}
