package downhill.engine.function.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Descent;
import downhill.engine.run.Outcome;
import downhill.engine.run.StopRule;
import downhill.engine.schedule.Schedules;
import org.junit.jupiter.api.Test;

/** A typed expression as an objective, and how the registry resolves text to one. */
class ExpressionObjectiveTest {

    @Test
    void describesItselfByItsCanonicalText() {
        ExpressionObjective f = ExpressionObjective.parse("(1-x)^2+100*(y-x^2)^2");
        assertEquals("(1 - x)^2 + 100*(y - x^2)^2", f.name());
        assertEquals("(1 - x)^2 + 100*(y - x^2)^2", f.formula());
        assertEquals("f(x, y) = (1 - x)^2 + 100*(y - x^2)^2", f.displayName());
        assertEquals("(1 - x)^2 + 100*(y - x^2)^2", f.toString());
        assertEquals(new Window(-3, 3, -3, 3), f.window());
        assertTrue(f.minima().isEmpty());
        assertFalse(f.prefersLogScale());
        assertEquals(new Point(-2, 2), f.start());
    }

    @Test
    void startsWhereTheValueAndGradientAreFinite() {
        assertEquals(new Point(2, 2), ExpressionObjective.parse("log(x)").start());
        assertEquals(
                new Point(2, -2), ExpressionObjective.parse("log(x) + sqrt(-y)").start());
        assertEquals(new Point(-2, 2), ExpressionObjective.parse("log(-1)").start(), "nowhere finite: the first");
        Window window = new Window(0, 6, 10, 16);
        assertEquals(new Point(1, 15), new ExpressionObjective(Expression.parse("x"), window).start());
    }

    @Test
    void aDescentThatLeavesTheDomainSaysSo() {
        Objective log = ExpressionObjective.parse("log(x)");
        Descent descent = new Descent(
                log,
                new Point(0.5, 0),
                Optimizers.byName("sgd").create(Hyperparameters.of("lr", 1)),
                Schedules.parse("constant"),
                StopRule.DEFAULT);
        descent.advance(10);
        assertEquals(Outcome.Status.LEFT_DOMAIN, descent.outcome().status());
        assertEquals("left the function's domain at step 1", descent.outcome().message());
        assertEquals(1, descent.trajectory().size());
    }

    @Test
    void theRegistryResolvesNamesFirstThenExpressions() {
        for (Objective builtin : Functions.builtins()) {
            assertSame(builtin, Functions.resolve(builtin.name()));
            assertSame(builtin, Functions.resolve("  " + builtin.name() + " "));
        }
        Objective typed = Functions.resolve("x^2 + y^2");
        assertTrue(typed instanceof ExpressionObjective);
        assertEquals("x^2 + y^2", typed.name());
        assertEquals("x", Functions.resolve("x").name());
    }

    @Test
    void aSingleUnknownWordIsTakenForAMistypedName() {
        String names = Functions.names();
        IllegalArgumentException foo = assertThrows(IllegalArgumentException.class, () -> Functions.resolve("foo"));
        assertFalse(foo instanceof ExpressionException);
        assertEquals(
                "unknown function 'foo' (built-ins: " + names + "; or type an expression in x and y)",
                foo.getMessage());
        assertEquals(
                "unknown function 'rosenbrok' — did you mean 'rosenbrock'? (built-ins: " + names
                        + "; or type an expression in x and y)",
                assertThrows(IllegalArgumentException.class, () -> Functions.resolve("rosenbrok"))
                        .getMessage());
    }

    @Test
    void aMistakeInAnExpressionIsLocated() {
        ExpressionException e = assertThrows(ExpressionException.class, () -> Functions.resolve("x+z"));
        assertEquals(3, e.column());
        assertEquals("x+z", e.text());
    }
}
