package downhill.app.i18n;

import downhill.engine.run.Outcome;
import downhill.engine.train.TrainingRun;

/**
 * How a run stands, in the window's language: the engine's {@link Outcome} as a message key with the step as its
 * argument. The command line and {@code render} keep the engine's English {@link Outcome#message()}.
 */
public final class OutcomeText {

    private OutcomeText() {}

    public static String of(Outcome outcome) {
        return switch (outcome.status()) {
            case RUNNING -> Messages.text("outcome.running");
            case CONVERGED -> Messages.text("outcome.converged", outcome.step());
            case DIVERGED -> Messages.text("outcome.diverged", outcome.step());
            case UNBOUNDED -> Messages.text("outcome.unbounded", outcome.step());
            case LEFT_DOMAIN -> Messages.text("outcome.leftDomain", outcome.step());
        };
    }

    /**
     * How a network's training run stands ("epoch 12 of 500", "finished 500 epochs", "diverged at epoch 13"), from
     * its state and recorded epochs; the engine's {@link TrainingRun#message()} stays English for the CLI.
     */
    public static String of(TrainingRun run) {
        int done = run.history().epochs();
        return switch (run.state()) {
            case WAITING -> Messages.text("training.waiting");
            case RUNNING, PAUSED ->
                done == 0
                        ? Messages.text("training.waiting")
                        : Messages.text("training.epoch", done, run.plannedEpochs());
            // Fewer epochs than planned, and finished: early stopping ended it.
            case FINISHED ->
                done < run.plannedEpochs()
                        ? Messages.text("training.stoppedEarly", done)
                        : Messages.text("training.finished", done);
            // The epoch that diverged is not recorded: it is the one after the last recorded.
            case DIVERGED -> Messages.text("training.diverged", done + 1);
            case STOPPED -> Messages.text("training.stopped", done);
            case FAILED -> Messages.text("training.failed", run.message().replaceFirst("^failed: ", ""));
        };
    }
}
