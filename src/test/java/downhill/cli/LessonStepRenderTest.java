package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.experiment.ExperimentCodec;
import downhill.experiment.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --preset NAME --lesson-step K} and the step counts of {@code presets}. */
class LessonStepRenderTest {

    @TempDir
    Path dir;

    @Test
    void aLessonStepIsDrawnWithItsOwnSettings() throws Exception {
        Path first = dir.resolve("first.png");
        Path third = dir.resolve("third.png");
        CliRunner r = CliRunner.run(
                "render",
                "--preset",
                "lesson-lr-ladder",
                "--lesson-step",
                "1",
                "--size",
                "400x300",
                "--out",
                first.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("wrote " + first + " (400×300, step 100)\n", r.out());
        // Step 3 raises the step limit to 1000 and races η = 1.01 against η = 0.99: another picture.
        r = CliRunner.run(
                "render",
                "--preset",
                "lesson-lr-ladder",
                "--lesson-step",
                "3",
                "--size",
                "400x300",
                "--out",
                third.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("wrote " + third + " (400×300, step 1000)\n", r.out());
        assertNotEquals(List.of(Files.readAllBytes(first)), List.of(Files.readAllBytes(third)));
    }

    @Test
    void aStepOutOfRangeOrOnTheNetworkTabIsOneErrorLine() {
        assertError(
                step("lesson-lr-ladder", "4"),
                "error: --lesson-step must be from 1 to 3 (lesson-lr-ladder has 3 steps), got 4");
        assertError(step("lesson-lr-ladder", "0"), "error: --lesson-step must be from 1 to 3");
        assertError(step("lr-too-large", "2"), "error: --lesson-step must be from 1 to 1 (lr-too-large has 1 step)");
        assertError(
                step("lesson-moons-accuracy", "2"),
                "error: step 2 of --preset lesson-moons-accuracy sets up the neural network tab");
        assertError(
                CliRunner.run("render", "--lesson-step", "2", "--out", "x.png"),
                "error: --lesson-step picks a step of a --preset or --experiment lesson");
    }

    @Test
    void aLessonFileIsDrawnStepByStepLikeAPreset() throws Exception {
        Path lesson = dir.resolve("ladder.downhill");
        try (var in = Presets.class.getResourceAsStream("/presets/lesson-lr-ladder.json")) {
            Files.write(lesson, in.readAllBytes());
        }
        Path third = dir.resolve("third.png");
        CliRunner r = CliRunner.run(
                "render",
                "--experiment",
                lesson.toString(),
                "--lesson-step",
                "3",
                "--size",
                "400x300",
                "--out",
                third.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("wrote " + third + " (400×300, step 1000)\n", r.out());
        Path first = dir.resolve("first.png");
        r = CliRunner.run("render", "--experiment", lesson.toString(), "--size", "400x300", "--out", first.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("wrote " + first + " (400×300, step 100)\n", r.out());
        assertError(
                CliRunner.run("render", "--experiment", lesson.toString(), "--lesson-step", "4", "--out", "x.png"),
                "error: --lesson-step must be from 1 to 3 (" + lesson + " has 3 steps), got 4");
        Path plain = dir.resolve("plain.json");
        Files.writeString(
                plain, ExperimentCodec.write(Presets.byName("lr-too-large").experiment()));
        assertError(
                CliRunner.run("render", "--experiment", plain.toString(), "--lesson-step", "2", "--out", "x.png"),
                "error: --lesson-step must be 1 for " + plain + ", an experiment of one step; got 2");
    }

    private static CliRunner step(String preset, String k) {
        return CliRunner.run("render", "--preset", preset, "--lesson-step", k, "--out", "x.png");
    }

    @Test
    void presetsShowsALessonsStepsAndLeavesOneStepScenariosAsTheyWere() {
        CliRunner r = CliRunner.run("presets");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        String ladder = lines.stream()
                .filter(l -> l.startsWith("lesson-lr-ladder "))
                .findFirst()
                .orElseThrow();
        assertTrue(ladder.endsWith(Presets.byName("lesson-lr-ladder").title() + "  (3 steps)"), ladder);
        String plain = lines.stream()
                .filter(l -> l.startsWith("lr-too-large "))
                .findFirst()
                .orElseThrow();
        assertTrue(plain.endsWith(Presets.byName("lr-too-large").title()), plain);
        assertFalse(plain.contains("step"), plain);
    }

    private static void assertError(CliRunner r, String start) {
        assertEquals(2, r.exitCode(), r.out());
        assertTrue(r.err().startsWith(start), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
