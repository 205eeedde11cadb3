package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.Numbers;
import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expressions on the command line: {@code trace --function "<expression>"}, and how mistakes in them are shown. */
class ExpressionCliTest {

    /** What one run printed, and its exit code. */
    private record Run(int exitCode, String out, String err) {

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static Run trace(String function, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "trace";
        args[1] = "--function";
        args[2] = function;
        args[3] = "--steps=60";
        System.arraycopy(more, 0, args, 4, more.length);
        return run(args);
    }

    @Test
    void aBuiltinsFormulaTracesLikeTheBuiltinForEveryBuiltin() {
        for (Objective builtin : Functions.builtins()) {
            String start = "--start=" + Numbers.format(builtin.start().x()) + ","
                    + Numbers.format(builtin.start().y());
            for (String[] optimizer : List.of(
                    new String[] {"--optimizer=adam", "--lr=0.01"}, new String[] {"--optimizer=sgd", "--lr=0.0005"})) {
                Run byName = trace(builtin.name(), start, optimizer[0], optimizer[1]);
                Run byFormula = trace(builtin.formula(), start, optimizer[0], optimizer[1]);
                String what = builtin.name() + " with " + optimizer[0];
                assertEquals(0, byName.exitCode(), what + ": " + byName.err());
                assertEquals(0, byFormula.exitCode(), what + ": " + byFormula.err());
                assertEquals(byName.err(), byFormula.err(), what);
                sameCsv(byName.out(), byFormula.out(), what);
            }
        }
    }

    private static void sameCsv(String expected, String actual, String what) {
        String[] expectedRows = expected.split("\n");
        String[] actualRows = actual.split("\n");
        assertEquals(expectedRows.length, actualRows.length, what);
        assertEquals(expectedRows[0], actualRows[0], what);
        for (int row = 1; row < expectedRows.length; row++) {
            String[] e = expectedRows[row].split(",");
            String[] a = actualRows[row].split(",");
            for (int column = 0; column < e.length; column++) {
                double want = Double.parseDouble(e[column]);
                double got = Double.parseDouble(a[column]);
                assertEquals(
                        want, got, 1e-12 * Math.max(1, Math.abs(want)), what + ", row " + row + ", column " + column);
            }
        }
    }

    @Test
    void aMistakeIsOneErrorLineThenTheExpressionAndACaret() {
        Run run = trace("(1-x)^2 + 100*(y-z^2)^2", "--optimizer=adam");
        assertEquals(Cli.USAGE_ERROR, run.exitCode());
        assertEquals(
                List.of(
                        "error: unknown name 'z' at column 18 (the variables are x and y)",
                        "(1-x)^2 + 100*(y-z^2)^2",
                        "                 ^"),
                run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void everyKindOfMistakeEndsTheSameWayWithoutAStackTrace() {
        for (String bad : List.of("sin(x))", "sine(x)", "2(x+1", "max(x)", "", "x +", "1e", "x $ y")) {
            Run run = trace(bad, "--optimizer=sgd");
            assertEquals(Cli.USAGE_ERROR, run.exitCode(), bad);
            List<String> lines = run.errLines();
            assertEquals(3, lines.size(), bad + ": " + run.err());
            assertTrue(lines.get(0).startsWith("error: "), bad);
            assertEquals(
                    1, lines.stream().filter(line -> line.startsWith("error:")).count());
            assertEquals(bad, lines.get(1));
            assertTrue(lines.get(2).matches(" *\\^"), bad + ": " + lines.get(2));
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
    }

    @Test
    void aSingleUnknownWordListsTheBuiltins() {
        Run run = trace("rosenbrok", "--optimizer=sgd");
        assertEquals(Cli.USAGE_ERROR, run.exitCode());
        assertEquals(
                List.of("error: unknown function 'rosenbrok' — did you mean 'rosenbrock'? (built-ins: "
                        + Functions.names() + "; or type an expression in x and y)"),
                run.errLines());
    }

    @Test
    void aDescentThatLeavesTheDomainSaysSo() {
        Run run = trace("log(x)", "--start=0.5,0", "--optimizer=sgd", "--lr=1");
        assertEquals(0, run.exitCode());
        assertEquals(List.of("left the function's domain at step 1"), run.errLines());
        assertEquals(2, run.out().split("\n").length, "the header and the start");
    }

    @Test
    void theHelpSaysAnExpressionIsWelcome() {
        String usage = new picocli.CommandLine(new Cli())
                .getSubcommands()
                .get("trace")
                .getUsageMessage()
                .replaceAll("\\s+", " ");
        assertTrue(usage.contains("--function=NAME|EXPR A built-in name or an expression in x and y"), usage);
    }
}
