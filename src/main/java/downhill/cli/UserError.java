package downhill.cli;

import java.util.Optional;

/** A mistake in a command's input, reported as one {@code error:} line, optionally followed by a detail line. */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String detail;

    UserError(String message) {
        this(message, null);
    }

    UserError(String message, String detail) {
        super(message, null, false, false);
        this.detail = detail;
    }

    Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
