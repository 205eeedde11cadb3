package downhill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lesson file format: steps merged into the previous step's experiment, located errors, control ids. */
class LessonFormatTest {

    /** A two-step lesson on the bowl; {@code second} is step 2's body after its title and note. */
    private static String lesson(String second) {
        return """
                {
                  "name": "bowl-lesson",
                  "title": "A bowl",
                  "note": "Two steps.",
                  "lessonVersion": 1,
                  "experiment": {
                    "schemaVersion": 1,
                    "activeTab": "landscape",
                    "landscape": {
                      "function": "bowl",
                      "stepLimit": 100,
                      "start": { "x": 1.5, "y": 1 },
                      "optimizers": [
                        { "name": "sgd", "hyperparameters": { "lr": 0.1 } },
                        { "name": "adam", "hyperparameters": { "lr": 0.05 } }
                      ]
                    }
                  },
                  "steps": [
                    { "title": "One", "note": "First.", "hide": [ "speed" ], "lock": [ "function" ] },
                    { "title": "Two", "note": "Second.", %s }
                  ]
                }
                """.formatted(second);
    }

    private static ExperimentException error(String json) {
        return assertThrows(ExperimentException.class, () -> Presets.readLesson(json));
    }

    /** The problem reading {@code json}, which must be at {@code path}. */
    private static ExperimentException located(String path, String json) {
        ExperimentException e = error(json);
        assertEquals(path, e.path(), e.getMessage());
        return e;
    }

    @Test
    void aStepsSettingsMergeIntoThePreviousStepsExperiment() {
        Lesson lesson = Presets.readLesson(lesson("""
                "settings": { "landscape": { "stepLimit": 300, "start": { "x": -1 },
                  "optimizers": [ { "name": "momentum", "hyperparameters": { "lr": 0.2, "momentum": 0.5 } } ] } }
                """));
        assertEquals(2, lesson.steps().size());
        LessonStep one = lesson.step(1);
        LessonStep two = lesson.step(2);
        assertEquals(Set.of("speed"), one.hidden());
        assertEquals(Set.of("function"), one.locked());
        assertEquals(Set.of(), two.hidden());
        assertNull(two.question());
        LandscapeSettings before = one.experiment().landscape();
        LandscapeSettings after = two.experiment().landscape();
        // Objects merge field by field: the function and the start's y stay, the step limit and x change.
        assertEquals("bowl", after.function());
        assertEquals(300, after.stepLimit());
        assertEquals(100, before.stepLimit());
        assertEquals(-1, after.start().x());
        assertEquals(1, after.start().y());
        // Lists replace: only momentum races in step 2.
        assertEquals(
                List.of("momentum"),
                after.optimizers().stream()
                        .filter(OptimizerEntry::enabled)
                        .map(OptimizerEntry::name)
                        .toList());
        assertEquals(
                List.of("sgd", "adam"),
                before.optimizers().stream()
                        .filter(OptimizerEntry::enabled)
                        .map(OptimizerEntry::name)
                        .toList());
        assertEquals(0.5, after.optimizers().get(0).hyperparameters().get("momentum"));
    }

    @Test
    void aPresetsFirstStepIsWhatTheScenariosMenuOpens() {
        String json = lesson("\"settings\": { \"landscape\": { \"stepLimit\": 300 } }");
        assertEquals(
                Presets.readLesson(json).step(1).experiment(),
                Presets.read(json).experiment());
        assertEquals("A bowl", Presets.read(json).title());
    }

    @Test
    void aBadValueInAStepsSettingsIsLocatedThere() {
        ExperimentException e = located(
                "steps[1].settings.landscape.start.x",
                settings("{\n \"landscape\": { \"start\": { \"x\": \"left\" } } }"));
        assertEquals(22, e.line());
        assertEquals("must be a number, got 'left'", e.problem());
        e = located("steps[1].settings.landscape.functon", settings("{ \"landscape\": { \"functon\": \"bowl\" } }"));
        assertEquals(21, e.line());
        located("steps[1].settings.landscape.stepLimit", settings("{ \"landscape\": { \"stepLimit\": 0 } }"));
        // A value the step did not write is located in the file's experiment.
        e = located(
                "experiment.landscape.function",
                settings("{ \"landscape\": { \"stepLimit\": 50 } }").replace("\"bowl\"", "\"bowel\""));
        assertEquals(10, e.line());
        located("experiment.schemaVersion", lesson("\"hide\": []").replace("\"schemaVersion\": 1,", ""));
    }

    @Test
    void anUnknownControlIdIsLocatedWithASuggestion() {
        ExperimentException e = located("steps[1].hide[1]", lesson("\"hide\": [ \"speed\", \"learning-rat\" ]"));
        assertEquals(
                "unknown control 'learning-rat' — did you mean 'learning-rate'? (controls: "
                        + String.join(", ", LessonControls.IDS) + ")",
                e.problem());
    }

    @Test
    void badStepsAndQuestionsAreLocated() {
        located("steps[1].setings", lesson("\"setings\": {}"));
        located("steps[1].settings", settings("[ 1 ]"));
        located("lessonVersion", lesson("\"hide\": []").replace("\"lessonVersion\": 1", "\"lessonVersion\": 2"));
        ExperimentException e = located(
                "steps[1].question.optimizer",
                question("\"kind\": \"yes-no\", \"ask\": \"diverges\", \"optimizer\": \"sdg\""));
        assertEquals("no racing optimizer is labelled 'sdg' — did you mean 'sgd'? (racing: sgd, adam)", e.problem());
        located(
                "steps[1].question.answer",
                question("\"kind\": \"which\", \"ask\": \"first-to-converge\", \"answer\": \"adma\""));
        located(
                "steps[1].question.step",
                question("\"kind\": \"where\", \"optimizer\": \"sgd\", \"step\": 500, \"radius\": 1"));
        located(
                "steps[1].question.radius",
                question("\"kind\": \"which\", \"ask\": \"first-to-converge\", \"radius\": 1"));
        e = located(
                "steps[1].question.step", question("\"kind\": \"which\", \"ask\": \"first-to-converge\", \"step\": 1"));
        assertEquals("'step' is not used by first-to-converge", e.problem());
        located("steps[1].question.kind", question("\"kind\": \"how\""));
        e = located(
                "steps[1].question.ask",
                question("\"kind\": \"which\", \"ask\": \"first-to-accuracy\", \"threshold\": 0.9"));
        assertEquals("asks about the network tab, but this step shows the landscape tab", e.problem());
    }

    /** The lesson whose step 2 has these settings. */
    private static String settings(String json) {
        return lesson("\"settings\": " + json);
    }

    /** The lesson whose step 2 asks a question with these fields and a prompt. */
    private static String question(String fields) {
        return lesson("\"question\": { " + fields + ", \"prompt\": \"?\" }");
    }

    @Test
    void everyOneStepPresetReadsAsItsExperimentUnchanged() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String name : Presets.names()) {
            Lesson lesson = Presets.lesson(name);
            if (lesson.stepped()) {
                continue;
            }
            Preset preset = Presets.byName(name);
            assertEquals(1, lesson.steps().size(), name);
            assertEquals(LessonStep.of(preset.title(), preset.note(), preset.experiment()), lesson.step(1), name);
            assertEquals(List.of(lesson.key("title"), lesson.key("note")), lesson.textKeys(), name);
            String text = new String(
                    Presets.class
                            .getResourceAsStream("/presets/" + name + ".json")
                            .readAllBytes(),
                    StandardCharsets.UTF_8);
            if (!text.contains("\"csv\"")) {
                assertEquals(
                        ExperimentCodec.read(
                                json.readTree(text).get("experiment").toString()),
                        preset.experiment(),
                        name);
            }
        }
    }
}
