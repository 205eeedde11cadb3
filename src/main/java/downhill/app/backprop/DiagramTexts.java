package downhill.app.backprop;

import downhill.app.backprop.DiagramViewModel.Edge;
import downhill.app.i18n.Messages;
import downhill.engine.explain.StepExplainer;
import downhill.engine.explain.StepExplanation;
import downhill.engine.nn.LayerPass;
import downhill.engine.run.Contender;
import downhill.engine.train.Checkpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The diagram's words about a pass: the update stage (the optimizer's next step for one weight, as the step
 * inspector's explainer writes it), an edge's weight, gradient and update, its chain rule, and which samples the
 * pass took. Every number comes from the pass or the run's optimizer state; nothing here computes a pass.
 */
final class DiagramTexts {

    private DiagramTexts() {}

    /**
     * The last stage: the optimizer's next step, w ← w − η·∂L/∂w in the optimizer's own form, written out for
     * {@code edge} ({@code clicked}: the weight clicked, otherwise the output layer's with the largest gradient) from
     * the optimizer state training has reached. The diagram shows the new weights.
     */
    static Stages.Stage updateStage(DiagramWork.Result r, Edge edge, boolean clicked) {
        Contender contender = r.request().contender();
        String optimizer = contender.type().displayName();
        List<String> lines = new ArrayList<>();
        StepExplanation step = edgeStep(r, edge);
        if (step == null) {
            lines.add(Messages.text("backprop.update.waiting"));
        } else {
            LayerPass layer = r.pass().layers().get(edge.layer());
            double w = layer.weights()[edge.to()][edge.from()];
            lines.add(Messages.text(clicked ? "backprop.update.clicked" : "backprop.update.steepest", edgeName(edge)));
            lines.add(Messages.text("backprop.update.step", step.step() + 1, Stages.n(step.learningRate())));
            step.lines().forEach(line -> lines.add(line.withNumbers()));
            lines.add(edgeName(edge) + ": " + Stages.n(w) + " → " + Stages.n(w + step.delta()[0]));
            lines.add(Messages.text(r.rows().length == 1 ? "backprop.update.sample" : "backprop.update.batch"));
        }
        return new Stages.Stage(Stages.Kind.UPDATE, -1, Messages.text("backprop.stage.update", optimizer), lines);
    }

    /** Weight {@code e}'s next step from the run's optimizer state, or null while that state is not known. */
    private static StepExplanation edgeStep(DiagramWork.Result r, Edge e) {
        Checkpoint checkpoint = r.request().checkpoint();
        if (checkpoint.optimizer() == null) {
            return null;
        }
        return StepExplainer.explainCoordinate(
                r.request().contender(),
                checkpoint.optimizer(),
                checkpoint.nextRate(),
                checkpoint.parameters(),
                r.gradient(),
                r.weightIndex(e.layer(), e.to(), e.from()));
    }

    /** "W²₁₁": weight layer 2, to unit 1, from unit 1. */
    static String edgeName(Edge e) {
        return "W" + Symbols.sup(e.layer() + 1) + Symbols.sub(e.to() + 1) + Symbols.sub(e.from() + 1);
    }

    /**
     * Weight {@code e} in pass {@code r}, its gradient in the pass and the update the copy's optimizer makes with it
     * next, from where training left it; empty for no edge.
     */
    static List<String> edgeLines(DiagramWork.Result r, Edge e) {
        if (r == null || e == null) {
            return List.of();
        }
        LayerPass layer = r.pass().layers().get(e.layer());
        double w = layer.weights()[e.to()][e.from()];
        double g = layer.weightGradient()[e.to()][e.from()];
        String name = edgeName(e);
        List<String> lines = new ArrayList<>();
        lines.add(name + " = " + Stages.n(w) + ",  ∂L/∂" + name + " = " + Stages.n(g));
        StepExplanation step = edgeStep(r, e);
        lines.add(
                step == null
                        ? Messages.text("backprop.update.waiting")
                        : Messages.text(
                                "backprop.edge.update",
                                r.request().contender().type().displayName(),
                                Stages.n(step.delta()[0])));
        return lines;
    }

    /** A chain rule written out: symbols, numbers, their product and the pass's gradient; empty for none. */
    static List<String> chainRuleLines(ChainRule rule) {
        if (rule == null) {
            return List.of();
        }
        String w = edgeName(new Edge(rule.layer(), rule.to(), rule.from()));
        List<String> symbols =
                rule.factors().stream().map(ChainRule.Factor::symbol).toList();
        List<String> numbers = rule.factors().stream()
                .map(f -> f.value() < 0 ? "(" + Stages.n(f.value()) + ")" : Stages.n(f.value()))
                .toList();
        List<String> lines = new ArrayList<>();
        lines.add("∂L/∂" + w + " = " + String.join(" · ", symbols));
        lines.add("= " + String.join(" · ", numbers) + " = " + Stages.n(rule.product()));
        if (rule.rows() > 1) {
            lines.add(Messages.text("backprop.chain.batch", rule.rows(), Stages.n(rule.gradient())));
        } else {
            lines.add(Messages.text("backprop.chain.gradient", Stages.n(rule.gradient())));
        }
        return lines;
    }

    /** "Sample 12 of 800" or "Mini-batch of 200: samples 1–200", or "" before the first pass. */
    static String sampleText(DiagramWork.Result r) {
        if (r == null) {
            return "";
        }
        int[] rows = r.rows();
        int count = r.request().data().train().sampleCount();
        return rows.length == 1
                ? Messages.text("backprop.sample.one", rows[0] + 1, count)
                : Messages.text("backprop.sample.batch", rows.length, rows[0] + 1, rows[rows.length - 1] + 1);
    }
}
