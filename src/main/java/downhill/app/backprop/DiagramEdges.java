package downhill.app.backprop;

import downhill.app.backprop.DiagramViewModel.Edge;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which weight the diagram explains: the one clicked (kept from pass to pass while the network has it) and the one
 * under the pointer. The update stage writes out the clicked one or, until one is, the output layer's steepest
 * drawn weight; the read-out below the stages explains the hovered one, else the clicked one.
 */
public final class DiagramEdges {

    private final ObjectProperty<Edge> selected = new SimpleObjectProperty<>(this, "selectedEdge");
    private final ObjectProperty<Edge> hovered = new SimpleObjectProperty<>(this, "hoveredEdge");

    /** The edge the update stage writes out and the diagram marks in pass {@code r}; null before the first pass. */
    Edge update(DiagramWork.Result r) {
        if (r == null) {
            return null;
        }
        return selected.get() != null && fits(r, selected.get()) ? selected.get() : steepest(r);
    }

    /** The edge the read-out explains in pass {@code r}: the hovered one, else the clicked one; null for none. */
    Edge explained(DiagramWork.Result r) {
        Edge e = hovered.get() != null ? hovered.get() : selected.get();
        return r == null || e == null || !fits(r, e) ? null : e;
    }

    /** The clicked edge's chain rule in pass {@code r}, or null. */
    ChainRule chainRule(DiagramWork.Result r) {
        Edge e = selected.get();
        return r == null || e == null || !fits(r, e) ? null : ChainRule.of(r.pass(), e.layer(), e.to(), e.from());
    }

    /** Of the output layer's weights the diagram draws, the one with the largest |∂L/∂W| in the pass. */
    static Edge steepest(DiagramWork.Result r) {
        int last = r.pass().layers().size() - 1;
        double[][] g = r.pass().layers().get(last).weightGradient();
        Edge best = null;
        for (int to : UnitSampler.sample(g.length).indices()) {
            for (int from : UnitSampler.sample(g[to].length).indices()) {
                if (best == null || Math.abs(g[to][from]) > Math.abs(g[best.to()][best.from()])) {
                    best = new Edge(last, to, from);
                }
            }
        }
        return best;
    }

    /** Whether the network of pass {@code r} has weight {@code e} (a clicked edge outlives a smaller network). */
    static boolean fits(DiagramWork.Result r, Edge e) {
        return e.layer() < r.pass().layers().size()
                && e.to() < r.pass().layers().get(e.layer()).outputs()
                && e.from() < r.pass().layers().get(e.layer()).inputs();
    }

    /** The weight last clicked, or null. */
    public ObjectProperty<Edge> selectedProperty() {
        return selected;
    }

    /** The weight under the pointer, or null. */
    public ObjectProperty<Edge> hoveredProperty() {
        return hovered;
    }
}
