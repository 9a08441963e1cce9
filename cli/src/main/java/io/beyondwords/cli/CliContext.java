package io.beyondwords.cli;

import io.beyondwords.BeyondWordsClient;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a command takes from the world it runs in: the environment, the two output streams, whether a person is
 * watching (a terminal), and any adjustment to the SDK client (tests give it a sleeper that does not sleep).
 */
final class CliContext {
    private final Map<String, String> env;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final UnaryOperator<BeyondWordsClient.Builder> clientAdjustment;

    CliContext(Map<String, String> env, PrintWriter out, PrintWriter err, boolean terminal,
            UnaryOperator<BeyondWordsClient.Builder> clientAdjustment) {
        this.env = Map.copyOf(env);
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.terminal = terminal;
        this.clientAdjustment = Objects.requireNonNull(clientAdjustment, "clientAdjustment");
    }

    /** The process's own environment and standard streams. */
    static CliContext system() {
        Charset charset = Charset.defaultCharset();
        return new CliContext(System.getenv(), new PrintWriter(new java.io.OutputStreamWriter(System.out, charset),
                true), new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true),
                System.console() != null, UnaryOperator.identity());
    }

    Optional<String> env(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    boolean terminal() {
        return terminal;
    }

    BeyondWordsClient.Builder adjust(BeyondWordsClient.Builder builder) {
        return clientAdjustment.apply(builder);
    }
}
