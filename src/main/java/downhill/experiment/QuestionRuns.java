package downhill.experiment;

import downhill.engine.function.Minimum;
import downhill.engine.function.Objective;
import downhill.engine.function.Window;
import downhill.engine.run.Contender;
import downhill.engine.run.Descent;
import downhill.engine.run.Outcome;
import downhill.engine.run.Trajectory;
import downhill.engine.sweep.Stability;
import downhill.engine.train.Metric;
import downhill.engine.train.Trainer;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingPlan;
import java.util.List;

/**
 * The engine's answers to lesson questions: the step's landscape raced ({@link ExperimentRuns#race}) or its network
 * trained, exactly as the window and the CLI run them, so the answer marked right is what the class then sees.
 */
final class QuestionRuns {

    /** How near a global minimum "reaches" means, as a share of the window's diagonal. */
    static final double REACHES = 0.01;

    private QuestionRuns() {}

    /** The racing optimizers' labels (their name when unlabelled), landscape's or network's, in list order. */
    static List<String> labels(Experiment experiment, boolean network) {
        List<OptimizerEntry> entries = network
                ? experiment.network().optimizers()
                : experiment.landscape().optimizers();
        return entries.stream()
                .filter(OptimizerEntry::enabled)
                .map(QuestionRuns::label)
                .toList();
    }

    static String label(OptimizerEntry entry) {
        return entry.label().isEmpty() ? entry.name() : entry.label();
    }

    static Answer which(Question.Which q, Experiment experiment) {
        List<String> labels = labels(experiment, q.ask() == Question.WhichAsk.FIRST_TO_ACCURACY);
        if (q.ask() == Question.WhichAsk.FIRST_TO_ACCURACY) {
            return firstToAccuracy(experiment, labels, q.threshold());
        }
        List<Descent> race = ExperimentRuns.race(experiment.landscape());
        String best = Question.NONE;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int i = 0; i < race.size(); i++) {
            double score = switch (q.ask()) {
                case FIRST_TO_CONVERGE -> stepOf(race.get(i).outcome(), Outcome.Status.CONVERGED);
                case FIRST_TO_DIVERGE -> stepOf(race.get(i).outcome(), Outcome.Status.DIVERGED);
                default -> lossAt(race.get(i), q.step());
            };
            if (score < bestScore) {
                bestScore = score;
                best = labels.get(i);
            }
        }
        return new Answer.Choice(best);
    }

    static Answer yesNo(Question.YesNo q, Experiment experiment) {
        Descent d = descent(experiment, q.optimizer());
        boolean yes;
        if (q.ask() == Question.YesNoAsk.DIVERGES) {
            yes = d.outcome().status() == Outcome.Status.DIVERGED;
        } else {
            LandscapeSettings settings = experiment.landscape();
            Objective f = settings.objective();
            Window w = settings.window() != null ? settings.window() : f.window();
            Trajectory t = d.trajectory();
            double x = t.x(t.size() - 1);
            double y = t.y(t.size() - 1);
            double near = REACHES * Math.hypot(w.width(), w.height());
            yes = !d.outcome().failed()
                    && f.minima().stream()
                            .filter(Minimum::global)
                            .anyMatch(m -> Math.hypot(m.x() - x, m.y() - y) <= near);
        }
        return new Answer.Choice(yes ? Question.YesNo.YES : Question.YesNo.NO);
    }

    static Answer where(Question.Where q, Experiment experiment) {
        Trajectory t = descent(experiment, q.optimizer()).trajectory();
        int step = Math.min(q.step(), t.size() - 1);
        return new Answer.Point(t.x(step), t.y(step));
    }

    static Answer number(Question.Number q, Experiment experiment) {
        if (q.ask() == Question.NumberAsk.VALUE) {
            return q.stated();
        }
        Stability theory = Stability.of(experiment.landscape().objective());
        if (theory == null) {
            throw new IllegalArgumentException("largest-stable-lr needs a quadratic with a minimum (e.g. the bowl), "
                    + "not " + experiment.landscape().function());
        }
        double momentum = 0;
        if (q.optimizer() != null) {
            OptimizerEntry entry = entry(experiment.landscape().optimizers(), q.optimizer());
            momentum = entry.name().equals("momentum") ? entry.hyperparameters().get("momentum") : 0;
        }
        return new Answer.Value(theory.largestRate(momentum));
    }

    /** The racing entry labelled {@code label}; an IllegalArgumentException names the labels for a wrong one. */
    static OptimizerEntry entry(List<OptimizerEntry> entries, String label) {
        return entries.stream()
                .filter(OptimizerEntry::enabled)
                .filter(e -> label(e).equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no racing optimizer is labelled '" + label + "'"));
    }

    private static Descent descent(Experiment experiment, String label) {
        List<String> labels = labels(experiment, false);
        int index = labels.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException(
                    "no racing optimizer is labelled '" + label + "' (racing: " + String.join(", ", labels) + ")");
        }
        return ExperimentRuns.race(experiment.landscape()).get(index);
    }

    private static double stepOf(Outcome outcome, Outcome.Status status) {
        return outcome.status() == status ? outcome.step() : Double.POSITIVE_INFINITY;
    }

    /** The loss at {@code step}, or the last one if it stopped earlier; a failed run counts as infinitely high. */
    private static double lossAt(Descent d, int step) {
        Trajectory t = d.trajectory();
        double loss = t.loss(Math.min(step, t.size() - 1));
        return d.outcome().failed() || !Double.isFinite(loss) ? Double.POSITIVE_INFINITY : loss;
    }

    /** Trains each racing optimizer until its test accuracy reaches {@code threshold}; the earliest epoch wins. */
    private static Answer firstToAccuracy(Experiment experiment, List<String> labels, double threshold) {
        NetworkSettings settings = experiment.network();
        TrainingData data = ExperimentRuns.trainingData(settings);
        TrainingPlan plan = ExperimentRuns.plan(settings);
        List<Contender> racing = ExperimentRuns.racing(settings);
        String best = Question.NONE;
        int bestEpoch = Integer.MAX_VALUE;
        for (int i = 0; i < racing.size(); i++) {
            try (Trainer trainer = new Trainer(data, plan, racing.get(i))) {
                // Only an earlier epoch can win, so a run stops once it cannot.
                while (trainer.epochsDone() < bestEpoch - 1 && trainer.runEpoch()) {
                    if (trainer.history().snapshot().last(Metric.TEST_ACCURACY) >= threshold) {
                        break;
                    }
                }
                if (!trainer.diverged()
                        && trainer.epochsDone() < bestEpoch
                        && trainer.history().snapshot().last(Metric.TEST_ACCURACY) >= threshold) {
                    bestEpoch = trainer.epochsDone();
                    best = labels.get(i);
                }
            }
        }
        return new Answer.Choice(best);
    }
}
