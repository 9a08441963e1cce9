package io.beyondwords.cli;

/** The exit codes of every {@code beyondwords} command; {@code --help} and docs/cli.md list the same. */
final class ExitCodes {
    /** Everything asked was done. */
    static final int OK = 0;
    /** The command ran to its end, but some rows failed or were malformed (each is reported with its line). */
    static final int ROWS_FAILED = 1;
    /** The command line is wrong: an unknown option, a missing argument, a bad value. */
    static final int USAGE = 2;
    /** Configuration or credentials: no API key, the key refused (401/403), a bad base URL, an unknown project. */
    static final int CONFIG = 3;
    /** A local file could not be read or written (input, journal, output). */
    static final int FILE = 4;
    /** The API could not be used at all (unreachable, or an error that stops the whole command). */
    static final int API = 5;
    /** Interrupted (Ctrl-C); the journal holds every row that finished. */
    static final int INTERRUPTED = 130;

    /** The list picocli prints under "Exit codes:" in every command's help. */
    static final String[] HELP = {
        "0:Success.",
        "1:Finished, but some rows failed or were malformed (each reported with its line).",
        "2:Usage: unknown option, missing argument, bad value.",
        "3:Configuration: no API key, key refused (401/403), bad base URL, unknown project.",
        "4:A local file could not be read or written.",
        "5:The API could not be used (unreachable, or an error that stops the command).",
        "130:Interrupted; finished rows are in the journal.",
    };

    private ExitCodes() {
    }
}
