package io.beyondwords.cli;

/** A problem that ends a command with a one-line message and a documented exit code ({@link ExitCodes}). */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
