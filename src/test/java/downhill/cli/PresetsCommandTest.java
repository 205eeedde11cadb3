package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.experiment.Presets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PresetsCommandTest {

    @Test
    void listsEveryPresetNameFirstThenItsTitle() {
        CliRunner result = CliRunner.run("presets");
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(
                Presets.names(),
                lines.stream().map(line -> line.split("\\s+", 2)[0]).toList());
        assertTrue(
                lines.get(0)
                        .matches("lr-too-large\\s+"
                                + Pattern.quote(Presets.byName("lr-too-large").title())),
                lines.get(0));
    }
}
