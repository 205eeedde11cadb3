package downhill.cli;

import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.run.StopRule;
import downhill.engine.scene.LandscapeScene;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The race flags of the commands that picture a landscape (render, snapshot): function, optimizers, start. */
public final class RaceOptions {

    /** The command these options are part of: its option names feed "did you mean" for an unknown option. */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    private picocli.CommandLine.Model.CommandSpec command;

    @Option(
            names = "--function",
            paramLabel = "NAME|EXPR",
            defaultValue = "rosenbrock",
            description = "A built-in name, linear-regression, logistic-regression, or an expression in x and y "
                    + "(default: rosenbrock).")
    private String function;

    @Option(
            names = "--optimizers",
            paramLabel = "LIST",
            split = ",",
            defaultValue = "sgd,momentum,rmsprop,adam",
            description = "The optimizers to compare, e.g. adam,sgd (default: sgd,momentum,rmsprop,adam).")
    private List<String> optimizers;

    @Option(names = "--start", paramLabel = "X,Y", description = "Start point (default: the function's own).")
    private String start;

    /** --function as typed. */
    public String function() {
        return function;
    }

    /** The function as the app's picker names it, or a built-in or an expression. */
    public Objective objective() {
        return LandscapeScene.function(function);
    }

    /** --start, or the function's own start; one a race cannot begin at is refused before any work. */
    public Point start(Objective objective) {
        Point from;
        try {
            from = start == null ? objective.start() : Point.parse(start);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--start: " + e.getMessage(), e);
        }
        if (!StopRule.DEFAULT.admitsStart(objective, from)) {
            throw new IllegalArgumentException(Objective.outsideDomain(from));
        }
        return from;
    }

    /** The learning rate of each of {@code names}, from the --lr-NAME flags among {@code flags}. */
    public Map<String, Double> learningRates(List<String> names, List<String> flags) {
        return PictureArguments.learningRates(
                names, flags, command == null ? List.of() : command.optionsMap().keySet());
    }

    /** The learning rate of each optimizer of --optimizers, from the --lr-NAME flags among {@code flags}. */
    public Map<String, Double> learningRates(List<String> flags) {
        return learningRates(optimizers, flags);
    }
}
