package downhill.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where an experiment's CSV files are found: beside the experiment file for a relative path, as given for an
 * absolute one, and for a built-in preset in copies of the files shipped under presets/ (written once into a cache
 * folder, atomically, and not again while equal). Also {@code "like": "sklearn"} read and written.
 */
class ExperimentCsvFilesTest {

    private static final String CSV = "x1,x2,label\n0,0,0\n1,1,1\n0,1,0\n1,0,1\n";

    @TempDir
    Path dir;

    private Path cacheBefore;

    @BeforeEach
    void remember() {
        cacheBefore = PresetData.folder();
    }

    @AfterEach
    void restore() {
        PresetData.useFolder(cacheBefore);
    }

    private static String experiment(String data) {
        return """
                {
                  "schemaVersion": 1,
                  "activeTab": "network",
                  "network": {
                    "data": %s
                  }
                }
                """.formatted(data);
    }

    @Test
    void aRelativePathNamesAFileBesideTheExperimentFileWhereverTheAppRuns() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("lesson"));
        Files.writeString(folder.resolve("train.csv"), CSV);
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("data").resolve("test.csv"), CSV);
        Path file = folder.resolve("lesson.json");
        Files.writeString(file, experiment("{\"csv\": \"train.csv\", \"testCsv\": \"data/../data/test.csv\"}"));
        NetworkSettings.Data data = ExperimentCodec.read(file).network().data();
        assertEquals(folder.resolve("train.csv").toAbsolutePath().toString(), data.csv());
        assertEquals(folder.resolve("data").resolve("test.csv").toAbsolutePath().toString(), data.testCsv());
    }

    @Test
    void anAbsolutePathStaysAsItIs() throws IOException {
        Path csv = Files.writeString(dir.resolve("elsewhere.csv"), CSV).toAbsolutePath();
        Path file = Files.createDirectories(dir.resolve("other")).resolve("e.json");
        Files.writeString(file, experiment("{\"csv\": \"" + csv.toString().replace("\\", "\\\\") + "\"}"));
        assertEquals(csv.toString(), ExperimentCodec.read(file).network().data().csv());
    }

    @Test
    void aMissingFileIsRefusedWhereItIsNamedWithThePlaceLookedAt() throws IOException {
        Path file = dir.resolve("e.json");
        Files.writeString(file, experiment("{\"csv\": \"missing.csv\"}"));
        ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentCodec.read(file));
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(
                e.getMessage().contains("no such file: missing.csv (looked for " + dir.resolve("missing.csv")),
                e.getMessage());
    }

    @Test
    void theShippedLectureFilesAreTheDocumentedOnes() throws IOException {
        for (String name : List.of("lecture_train.csv", "lecture_test.csv")) {
            try (InputStream in = getClass().getResourceAsStream("/presets/data/" + name)) {
                assertArrayEquals(Files.readAllBytes(Path.of("docs/data", name)), in.readAllBytes(), name);
            }
        }
    }

    private static String preset(String data) {
        return """
                {"name": "p", "title": "t", "note": "n", "experiment": %s}
                """.formatted(experiment(data));
    }

    @Test
    void aPresetUsesACopyInTheCacheWrittenOnceAndAgainOnlyWhenItDiffers() throws IOException {
        PresetData.useFolder(dir.resolve("cache"));
        Preset p = Presets.read(preset("{\"csv\": \"data/lecture_train.csv\"}"));
        Path copy = dir.resolve("cache").resolve("data").resolve("lecture_train.csv");
        assertEquals(copy.toString(), p.experiment().network().data().csv());
        assertArrayEquals(Files.readAllBytes(Path.of("docs/data/lecture_train.csv")), Files.readAllBytes(copy));
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(copy, old);
        Presets.read(preset("{\"csv\": \"data/lecture_train.csv\"}"));
        assertEquals(old, Files.getLastModifiedTime(copy), "equal: not rewritten");
        Files.writeString(copy, "x1,label\n");
        Presets.read(preset("{\"csv\": \"data/lecture_train.csv\"}"));
        assertArrayEquals(
                Files.readAllBytes(Path.of("docs/data/lecture_train.csv")),
                Files.readAllBytes(copy),
                "a changed copy is put right");
        try (var left = Files.list(copy.getParent())) {
            assertEquals(List.of(copy), left.toList(), "no temporary file left behind");
        }
    }

    @Test
    void aPresetsMissingOrOutsideFileIsRefusedWhereItIsNamed() {
        PresetData.useFolder(dir.resolve("cache"));
        ExperimentException missing =
                assertThrows(ExperimentException.class, () -> Presets.read(preset("{\"csv\": \"data/nothing.csv\"}")));
        assertTrue(
                missing.getMessage().contains("no such file among the presets' data: presets/data/nothing.csv"),
                missing.getMessage());
        ExperimentException outside =
                assertThrows(ExperimentException.class, () -> Presets.read(preset("{\"csv\": \"../secret.csv\"}")));
        assertTrue(outside.getMessage().contains("a preset names its files inside presets/"), outside.getMessage());
        assertFalse(Files.exists(dir.resolve("secret.csv")));
    }

    @Test
    void scikitLearnsConventionsAreSavedAsLikeSklearnAndReadBack() {
        NetworkSettings off = Experiment.defaultNetwork();
        NetworkSettings on = new NetworkSettings(
                off.data(),
                off.seed(),
                off.hiddenSizes(),
                off.activation(),
                off.loss(),
                off.batchMode(),
                off.batchSize(),
                off.epochs(),
                off.l2(),
                off.logScale(),
                off.optimizers(),
                off.lossLandscape(),
                off.diagram(),
                off.initialization(),
                off.dropout(),
                off.earlyStopping(),
                true);
        Experiment e =
                new Experiment(Experiment.SCHEMA_VERSION, Experiment.Tab.NETWORK, Experiment.defaultLandscape(), on);
        String json = ExperimentCodec.write(e);
        assertTrue(json.matches("(?s).*\"like\"\\s*:\\s*\"sklearn\".*"), json);
        assertEquals(e, ExperimentCodec.read(json));
        assertFalse(ExperimentCodec.write(new Experiment(
                        Experiment.SCHEMA_VERSION, Experiment.Tab.NETWORK, Experiment.defaultLandscape(), off))
                .contains("\"like\""));
        ExperimentException keras = assertThrows(
                ExperimentException.class,
                () -> ExperimentCodec.read(experiment("{}").replace("\"data\": {}", "\"like\": \"keras\"")));
        assertTrue(keras.getMessage().contains("must be \"sklearn\""), keras.getMessage());
    }
}
