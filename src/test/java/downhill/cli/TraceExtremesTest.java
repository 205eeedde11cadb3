package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Functions;
import downhill.engine.function.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Extreme learning rates from the window's corners through the {@code trace} command: no NaN or Infinity in the CSV. */
class TraceExtremesTest {

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        for (String function : List.of("rosenbrock", "goldstein-price", "ackley", "monkey-saddle", "beale")) {
            Window w = Functions.builtin(function).orElseThrow().window();
            for (String optimizer : List.of("sgd", "momentum", "adam", "adadelta", "lion")) {
                for (String lr : List.of("10", "1e-5")) {
                    runs.add(Arguments.of(function, optimizer, lr, w.xMin() + "," + w.yMax()));
                    runs.add(Arguments.of(function, optimizer, lr, w.xMax() + "," + w.yMin()));
                }
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} {1} lr {2} from {3}")
    @MethodSource("runs")
    void theCsvHasOnlyFiniteNumbers(String function, String optimizer, String lr, String start) {
        CliRunner r = CliRunner.run(
                "trace",
                "--function",
                function,
                "--optimizer",
                optimizer,
                "--lr",
                lr,
                "--start",
                start,
                "--steps",
                "300");
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.out().contains("NaN") || r.out().contains("Infinity"), r.out());
        String[] lines = r.out().split("\\R");
        assertEquals("step,x,y,loss,grad_x,grad_y,lr", lines[0]);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].startsWith((i - 1) + ","), "one row per step in order: " + lines[i]);
            for (String cell : lines[i].split(",")) {
                assertTrue(Double.isFinite(Double.parseDouble(cell)), lines[i]);
            }
        }
        assertTrue(
                r.err().isEmpty() || r.err().matches("(diverged|unbounded below|converged) at step \\d+\\R"), r.err());
    }
}
