package downhill.engine.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import downhill.engine.function.Functions;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import downhill.engine.schedule.WarmupCosine;
import org.junit.jupiter.api.Test;

/** A warm-up starts at η = 0: the equations say "0·g", never "−0·g". */
class MinusZeroTest {

    @Test
    void aZeroRateIsWrittenWithoutASign() {
        for (String name : new String[] {"sgd", "momentum", "rmsprop", "adam", "lion"}) {
            Contender warm = new Contender(
                    Optimizers.byName(name), Hyperparameters.of("lr", 0.05), new WarmupCosine(20, 500, 0));
            StepExplanation e = StepExplainer.explain(Functions.resolve("rosenbrock"), new Point(-1.5, 2), warm, 0)
                    .orElseThrow();
            for (Line line : e.lines()) {
                assertFalse(
                        line.withNumbers().contains("−0·") || line.withNumbers().contains("−0 "),
                        name + ": " + line.withNumbers());
            }
        }
        assertEquals("0", ExplanationParts.minus(0.0));
        assertEquals("0", ExplanationParts.minus(-0.0));
        assertEquals("−0.05", ExplanationParts.minus(0.05));
        assertEquals("(0, 0)", ExplanationParts.minus(0, 0));
        assertEquals("−(0.1, 0)", ExplanationParts.minus(0.1, 0));
    }
}
