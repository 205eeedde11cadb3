package downhill.app.backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.i18n.Messages;
import downhill.engine.nn.BackpropPass;
import downhill.engine.nn.LayerPass;
import downhill.experiment.Presets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three backprop scenarios open on the diagram and their notes say what it shows. */
class BackpropScenariosTest {

    private final AppContext context = new AppContext(BackgroundExecutors.sameThread());

    @BeforeAll
    static void english() {
        Messages.use(Locale.ENGLISH);
    }

    private DiagramViewModel open(String name) {
        context.experiment().openPreset(Presets.byName(name));
        DiagramViewModel diagram = context.network().diagram();
        assertTrue(diagram.selectedProperty().get(), name + " opens the diagram");
        context.network().onFrame(1);
        context.network().onFrame(1);
        return diagram;
    }

    @Test
    void byHandIsA221SigmoidNetworkWhoseChainRulesMultiplyOutToItsGradients() {
        DiagramViewModel diagram = open("backprop-by-hand");
        BackpropPass pass = diagram.resultProperty().get().pass();
        assertArrayEquals(new int[] {2, 2, 1}, pass.architecture().widths());
        assertEquals(1, pass.rows());
        assertEquals(7, diagram.stageCount(), "input, 2 forward, loss, output δ, hidden δ, the update");
        for (int l = 0; l < 2; l++) {
            LayerPass layer = pass.layers().get(l);
            for (int j = 0; j < layer.outputs(); j++) {
                for (int i = 0; i < layer.inputs(); i++) {
                    double g = layer.weightGradient()[j][i];
                    assertEquals(g, ChainRule.of(pass, l, j, i).product(), 1e-15 * Math.abs(g));
                }
            }
        }
        assertEquals("Sample 1 of 160", diagram.sampleText());
        assertEquals(0, pass.layers().get(0).bias()[0], "at its initial weights, biases 0");
        diagram.stepForward();
        assertTrue(
                diagram.currentStage().lines().get(0).matches("z¹₁ = .*·.* \\+ .*·.* \\+ 0 = .*"),
                diagram.currentStage().lines()::toString);
        diagram.toEnd();
        assertEquals(Stages.Kind.UPDATE, diagram.currentStage().kind(), "the pass ends on the optimizer's step");
        diagram.stepBack();
        assertEquals(Stages.Kind.BACKWARD, diagram.currentStage().kind());
    }

    @Test
    void eightSigmoidLayersStarveTheFirstLayersDelta() {
        DiagramViewModel diagram = open("vanishing-gradients-diagram");
        BackpropPass pass = diagram.resultProperty().get().pass();
        assertEquals(9, pass.layers().size());
        double[] mean = new double[8];
        for (int l = 0; l < 8; l++) {
            LayerPass layer = pass.layers().get(l);
            for (int u = 0; u < layer.outputs(); u++) {
                mean[l] += UnitStates.gradientMagnitude(layer, u) / layer.outputs();
            }
        }
        for (int l = 1; l < 8; l++) {
            double factor = mean[l] / mean[l - 1];
            assertTrue(factor > 2.5 && factor < 6, "about four a layer: " + factor);
        }
        assertTrue(mean[0] * 10_000 < mean[7], "more than ten thousand times smaller");
        UnitSampler.Shown shown = UnitSampler.sample(32);
        assertEquals("+20 more", Messages.text("backprop.more", shown.hidden()));
    }

    @Test
    void crossEntropyKeepsTheMostWrongSamplesDeltaLargeWhereMseOnASigmoidWouldNot() throws Exception {
        DiagramViewModel diagram = open("cross-entropy-vs-mse");
        context.network().training().train();
        assertTrue(context.network().session().await(60_000));
        context.network().onFrame(1);
        diagram.mostWrongSample();
        context.network().onFrame(1);
        context.network().onFrame(1);
        BackpropPass pass = diagram.resultProperty().get().pass();
        double yHat = pass.output()[0][0];
        double y = diagram.resultProperty().get().targets()[0];
        assertEquals(0, y);
        assertEquals(0.92, yHat, 0.005);
        for (int s = 0; s < 5; s++) {
            diagram.stepForward();
        }
        Stages.Stage delta = diagram.currentStage();
        assertEquals(Stages.Kind.OUTPUT_DELTA, delta.kind(), "→ five times");
        assertEquals("δ³₁ = (ŷ₁ − y₁) = (0.9214 − 0) = 0.9214", delta.lines().get(0));
        assertEquals(
                "MSE on the same ŷ = σ(z) would give δ = 2(ŷ − y)·ŷ(1 − ŷ) = 0.1334",
                delta.lines().get(2));
    }
}
