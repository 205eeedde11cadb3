package downhill.engine.scene;

import downhill.engine.Numbers;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.run.Contender;

/**
 * One optimizer of a landscape race as people see it: its registry name (which picks its colour), the name shown,
 * a summary of its settings, and the contender that runs.
 */
public record Entrant(String name, String displayName, String summary, Contender contender) {

    /** An entrant named by its optimizer type, its summary the learning rate it runs with ({@code lr=0.05}). */
    public static Entrant of(Contender contender) {
        double lr =
                contender.type().defaults().withAll(contender.hyperparameters()).get(Hyperparameter.LR);
        return new Entrant(
                contender.type().name(), contender.type().displayName(), "lr=" + Numbers.format(lr), contender);
    }
}
