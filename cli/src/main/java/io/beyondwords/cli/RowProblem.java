package io.beyondwords.cli;

/** A row of the input that cannot become an article: reported with its line number and skipped. */
final class RowProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final long line;

    RowProblem(long line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    long line() {
        return line;
    }
}
