package downhill.app.backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.backprop.DiagramViewModel.Edge;
import downhill.engine.nn.LayerPass;
import org.junit.jupiter.api.Test;

/** The clicked and hovered weights without a window, on the 2-2-1 worked example's pass. */
class DiagramEdgesTest {

    private final DiagramEdges edges = new DiagramEdges();
    private final DiagramWork.Result pass = DiagramViewModelTest.following(DiagramViewModelTest.smallParameters(), 2)
            .resultProperty()
            .get();

    @Test
    void beforeAnyPassNoEdgeIsWrittenOutOrExplained() {
        edges.selectedProperty().set(new Edge(0, 1, 0));
        assertNull(edges.update(null));
        assertNull(edges.explained(null));
        assertNull(edges.chainRule(null));
    }

    @Test
    void untilOneIsClickedTheUpdateIsTheSteepestOutputWeight() {
        assertEquals(new Edge(1, 0, 0), edges.update(pass), "W²₁₁: |∂L/∂W| 0.32 > 0.25");
        assertEquals(DiagramEdges.steepest(pass), edges.update(pass));
        assertNull(edges.explained(pass), "nothing hovered or clicked");
        assertNull(edges.chainRule(pass));
        edges.selectedProperty().set(new Edge(0, 1, 0));
        assertEquals(new Edge(0, 1, 0), edges.update(pass));
    }

    @Test
    void theHoveredEdgeIsExplainedBeforeTheClickedOne() {
        edges.selectedProperty().set(new Edge(0, 1, 0));
        assertEquals(new Edge(0, 1, 0), edges.explained(pass));
        edges.hoveredProperty().set(new Edge(1, 0, 1));
        assertEquals(new Edge(1, 0, 1), edges.explained(pass));
        assertEquals(0, edges.chainRule(pass).layer(), "the chain rule stays the clicked edge's");
        edges.hoveredProperty().set(null);
        assertEquals(new Edge(0, 1, 0), edges.explained(pass));
    }

    @Test
    void theClickedEdgesChainRuleIsItsGradient() {
        edges.selectedProperty().set(new Edge(0, 1, 0));
        ChainRule rule = edges.chainRule(pass);
        LayerPass first = pass.pass().layers().get(0);
        assertEquals(first.weightGradient()[1][0], rule.product(), 1e-15);
        assertEquals(1, rule.to());
        assertEquals(0, rule.from());
    }

    @Test
    void anEdgeTheNetworkNoLongerHasIsLeftOut() {
        assertTrue(DiagramEdges.fits(pass, new Edge(1, 0, 1)));
        assertFalse(DiagramEdges.fits(pass, new Edge(2, 0, 0)), "no third weight layer");
        assertFalse(DiagramEdges.fits(pass, new Edge(1, 1, 0)), "one output");
        assertFalse(DiagramEdges.fits(pass, new Edge(0, 0, 2)), "two inputs");
        edges.selectedProperty().set(new Edge(0, 0, 5));
        assertEquals(new Edge(1, 0, 0), edges.update(pass), "back to the steepest");
        assertNull(edges.explained(pass));
        assertNull(edges.chainRule(pass));
    }
}
