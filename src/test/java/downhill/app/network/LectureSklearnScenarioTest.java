package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.UserFolder;
import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.i18n.Messages;
import downhill.app.i18n.PresetTexts;
import downhill.engine.nn.Initialization;
import downhill.engine.train.Metric;
import downhill.engine.train.SklearnDefaults;
import downhill.engine.train.TrainingState;
import downhill.experiment.NetworkSettings.BatchMode;
import downhill.experiment.Preset;
import downhill.experiment.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scenario "The lecture's script, as scikit-learn runs it", opened as the Scenarios menu opens it (the app's
 * view-models, data and training on the calling thread): its shipped CSV files come from the user folder's cache,
 * "Like scikit-learn" shows its values in the rows it governs, and the runs stop where and as well as its note says
 * (the note's claims; ScenarioTruthTest lists it as a network scenario).
 */
class LectureSklearnScenarioTest {

    private final AppContext context =
            new AppContext(BackgroundExecutors.sameThread(), BackgroundExecutors.sameThread());
    private final NetworkViewModel vm = context.network();
    private final Preset preset = Presets.byName("lecture-sklearn");

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    private void open() {
        context.experiment().openPreset(preset);
        vm.onFrame(1);
    }

    @Test
    void itTrainsOnTheLecturesFilesCopiedIntoTheUserFolderAndShowsScikitLearnsValues() throws IOException {
        open();
        Path cache = UserFolder.path().resolve("cache").resolve("presets").resolve("data");
        assertEquals(cache.resolve("lecture_train.csv"), vm.data().csvProperty().get());
        assertEquals(
                cache.resolve("lecture_test.csv"), vm.data().testCsvProperty().get());
        for (String name : List.of("lecture_train.csv", "lecture_test.csv")) {
            assertArrayEquals(
                    Files.readAllBytes(Path.of("docs/data", name)), Files.readAllBytes(cache.resolve(name)), name);
        }
        assertEquals(800, vm.data().dataProperty().get().data().train().sampleCount());
        assertEquals(200, vm.data().dataProperty().get().data().test().sampleCount());
        assertTrue(vm.trainingSettings().likeSklearnProperty().get());
        assertEquals(
                BatchMode.MINI_BATCH, vm.trainingSettings().batchModeProperty().get());
        assertEquals(200, vm.trainingSettings().batchSizeProperty().get());
        assertEquals(5e-7, vm.trainingSettings().l2Property().get());
        assertEquals(
                Initialization.of(Initialization.Scheme.SKLEARN),
                vm.shape().initializationProperty().get());
        assertEquals(SklearnDefaults.STOPPING, vm.trainingSettings().earlyStopping());
    }

    @Test
    void adamStopsFirstAndAheadAsTheNoteSays() {
        open();
        vm.training().train();
        vm.onFrame(100);
        Map<String, RunProgress> results = vm.session().resultsProperty().get().stream()
                .collect(Collectors.toMap(RunProgress::displayName, r -> r));
        assertEquals(2, results.size(), results.keySet().toString());
        RunProgress adam = results.get("Adam");
        RunProgress sgd = results.get("SGD + momentum");
        for (RunProgress r : List.of(adam, sgd)) {
            assertEquals(TrainingState.FINISHED, r.state(), r.displayName());
            assertTrue(r.message().startsWith("stopped early at epoch"), r.message());
        }
        assertEquals("nesterov", sgd.name(), "SGD with momentum trains as scikit-learn's, Nesterov's");
        assertEquals(292, adam.history().epochs());
        assertEquals(0.99, adam.history().last(Metric.TEST_ACCURACY));
        assertEquals(387, sgd.history().epochs());
        assertEquals(0.985, sgd.history().last(Metric.TEST_ACCURACY));
        String note = PresetTexts.note(preset);
        for (String said : List.of("292 epochs at 99.0 %", "387 epochs at 98.5 %", "800", "200")) {
            assertTrue(note.contains(said), said);
        }
        Messages.use(Locale.GERMAN);
        String german = PresetTexts.note(preset);
        for (String said : List.of("292 Epochen bei 99,0 %", "387 Epochen bei", "98,5 %")) {
            assertTrue(german.contains(said), said);
        }
    }
}
