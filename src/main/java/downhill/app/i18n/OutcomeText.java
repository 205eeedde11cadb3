package downhill.app.i18n;

import downhill.engine.run.Outcome;

/**
 * How a run stands, in the window's language: the engine's {@link Outcome} as a message key with the step as its
 * argument. The command line and {@code render} keep the engine's English {@link Outcome#message()}.
 */
public final class OutcomeText {

    private OutcomeText() {
    }

    public static String of(Outcome outcome) {
        return switch (outcome.status()) {
            case RUNNING -> Messages.text("outcome.running");
            case CONVERGED -> Messages.text("outcome.converged", outcome.step());
            case DIVERGED -> Messages.text("outcome.diverged", outcome.step());
            case UNBOUNDED -> Messages.text("outcome.unbounded", outcome.step());
            case LEFT_DOMAIN -> Messages.text("outcome.leftDomain", outcome.step());
        };
    }
}
