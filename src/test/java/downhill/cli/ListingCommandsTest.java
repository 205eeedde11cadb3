package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Functions;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import org.junit.jupiter.api.Test;

class ListingCommandsTest {

    @Test
    void functionsListsEveryBuiltinWithFormulaWindowAndMinima() {
        CliRunner r = CliRunner.run("functions");
        assertEquals(0, r.exitCode());
        Functions.builtins()
                .forEach(f ->
                        assertTrue(r.out().contains(f.name() + " ") && r.out().contains(f.formula()), f.name()));
        assertTrue(r.out().contains("rosenbrock       (1-x)^2 + 100*(y-x^2)^2"), r.out());
        assertTrue(r.out().contains("minima (1.0, 1.0) global"), r.out());
        assertTrue(r.out().contains("window x in [-2.0, 2.0], y in [-1.0, 3.0]"), r.out());
    }

    @Test
    void optimizersListsAllThirteenWithTheirDefaults() {
        CliRunner r = CliRunner.run("optimizers");
        assertEquals(0, r.exitCode());
        assertEquals(13, r.out().strip().split("\\R").length);
        for (OptimizerType t : Optimizers.all()) {
            assertTrue(r.out().contains(t.name() + " "), t.name());
        }
        assertTrue(
                r.out()
                        .contains("adamw      AdamW              --lr=0.001 --beta1=0.9 --beta2=0.999 --eps=1e-08 "
                                + "--weight-decay=0.01"),
                r.out());
        assertTrue(r.out().contains("--nesterov=true"), r.out());
    }

    @Test
    void anUnknownCommandIsAnError() {
        CliRunner r = CliRunner.run("frobnicate");
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("error: unknown command 'frobnicate'"), r.err());
    }
}
