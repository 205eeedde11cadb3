package downhill.app.backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.backprop.DiagramViewModel.Edge;
import downhill.app.i18n.Messages;
import downhill.engine.train.Checkpoint;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The diagram's texts without a window, on the 2-2-1 worked example's pass (docs/backprop.md). */
class DiagramTextsTest {

    private final DiagramWork.Result pass = DiagramViewModelTest.following(DiagramViewModelTest.smallParameters(), 2)
            .resultProperty()
            .get();

    @BeforeAll
    static void english() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void aWeightIsNamedByItsLayerAndUnits() {
        assertEquals("W²₁₁", DiagramTexts.edgeName(new Edge(1, 0, 0)));
        assertEquals("W¹₂₁", DiagramTexts.edgeName(new Edge(0, 1, 0)));
    }

    @Test
    void theSampleLineNamesTheSampleOfTheTrainingSet() {
        assertEquals("", DiagramTexts.sampleText(null));
        assertEquals("Sample 1 of 4", DiagramTexts.sampleText(pass));
    }

    @Test
    void anEdgeSaysItsWeightGradientAndNextStep() {
        assertEquals(List.of(), DiagramTexts.edgeLines(pass, null));
        List<String> lines = DiagramTexts.edgeLines(pass, new Edge(1, 0, 0));
        assertEquals("W²₁₁ = 1,  ∂L/∂W²₁₁ = −0.3188", lines.get(0));
        double lr = DiagramViewModelTest.SGD.newOptimizer().learningRate();
        assertEquals("the next SGD step: Δw = " + Stages.n(lr * 0.31880428199922956), lines.get(1));
    }

    @Test
    void theChainRuleIsWrittenAsSymbolsNumbersAndTheGradient() {
        assertEquals(List.of(), DiagramTexts.chainRuleLines(null));
        List<String> lines = DiagramTexts.chainRuleLines(ChainRule.of(pass.pass(), 0, 1, 0));
        assertEquals(
                List.of(
                        "∂L/∂W¹₂₁ = ∂L/∂a¹₂ · σ′(z¹₂) · a⁰₁",
                        "= 0.7133 · 0.2498 · 0.5 = 0.08908",
                        "the pass's ∂L/∂W = 0.08908"),
                lines);
    }

    @Test
    void theUpdateStageSaysWhichWeightItWritesOut() {
        Stages.Stage steepest = DiagramTexts.updateStage(pass, new Edge(1, 0, 0), false);
        assertEquals(Stages.Kind.UPDATE, steepest.kind());
        assertEquals("Update by SGD: w ← w + Δw", steepest.title());
        assertEquals(
                "W²₁₁, the output weight with the largest gradient (click an edge for another):",
                steepest.lines().get(0));
        assertTrue(steepest.lines().get(1).startsWith("update 1 of training, η = "), steepest.lines()::toString);
        assertEquals(
                Messages.text("backprop.update.sample"),
                steepest.lines().get(steepest.lines().size() - 1));
        Stages.Stage clicked = DiagramTexts.updateStage(pass, new Edge(0, 1, 0), true);
        assertEquals("W¹₂₁, the clicked weight:", clicked.lines().get(0));
    }

    @Test
    void withoutTheOptimizersStateTheTextsWaitForIt() {
        DiagramWork.Result waiting = DiagramViewModelTest.following(
                        new Checkpoint(3, DiagramViewModelTest.smallParameters(), null, 0.1),
                        DiagramViewModelTest.SGD,
                        2)
                .resultProperty()
                .get();
        String message = Messages.text("backprop.update.waiting");
        assertEquals(
                List.of(message),
                DiagramTexts.updateStage(waiting, new Edge(1, 0, 0), false).lines());
        assertEquals(message, DiagramTexts.edgeLines(waiting, new Edge(1, 0, 0)).get(1));
    }
}
