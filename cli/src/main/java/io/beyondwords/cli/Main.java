package io.beyondwords.cli;

/**
 * The {@code beyondwords} command-line tool's entry point: {@code java -jar beyondwords-cli.jar --help}.
 *
 * <p>Exit codes: 0 success; 1 some rows failed or were malformed; 2 usage; 3 configuration or credentials; 4 a local
 * file; 5 the API could not be used; 130 interrupted. See docs/cli.md.
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs one command and exits with its code.
     *
     * @param args the command line, e.g. {@code import articles.jsonl --project 1}
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs one command in this JVM, on its environment and standard streams, and returns its exit code instead of
     * exiting (for a program that embeds the tool, such as the benchmarks).
     *
     * @param args the command line, e.g. {@code import articles.jsonl --project 1}
     * @return the exit code
     */
    public static int run(String... args) {
        return BeyondWordsCommand.run(args, CliContext.system());
    }
}
