package io.beyondwords.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import okhttp3.HttpUrl;

/**
 * A Prism mock server ({@code prism mock openapi.yaml}) on a free loopback port, started from the copy that
 * {@code npm ci} installed into {@code integration-tests/node_modules}.
 *
 * <p>Prism answers every operation in the spec from its examples, and answers a request that breaks the spec with
 * 422 (400/401 for other violations) and an {@code sl-violations} header listing what was wrong. It is started with
 * {@code --errors}, so a response Prism itself would produce outside the spec becomes an error too. A test can ask
 * for another documented response with the header {@code Prefer: code=404} (or {@code example=<name>}).
 *
 * <p>Prism serves the spec's paths <em>without</em> the servers' {@code /v1} prefix: {@link #baseUrl()} is
 * {@code http://127.0.0.1:<port>} and a client appends {@code /background_tracks} to it.
 *
 * <p>Prism's stdout and stderr go to a file under {@code target/prism-logs} (never an undrained pipe, which would
 * block Prism); {@link #output()} returns its tail for failure messages. {@link #close()} stops the process and its
 * descendants. Most tests use {@link PrismMockExtension}, which shares one instance per test JVM.
 */
public final class PrismMock extends MockServer {

    /** How long Prism may take to start listening. It takes about 1.5 s on a warm machine. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();


    private PrismMock(LoopbackServerProcess server) {
        super("Prism", server);
    }

    /** Starts Prism on {@link ItPaths#openapi()} and waits up to {@link #DEFAULT_STARTUP_TIMEOUT} for it to listen. */
    public static PrismMock start() {
        return start(ItPaths.openapi(), DEFAULT_STARTUP_TIMEOUT);
    }

    /**
     * Starts Prism on {@code spec}. Fails with an {@link IllegalStateException} carrying Prism's output when Prism is
     * not installed, exits, or does not listen within {@code startupTimeout}. A port taken between choosing it and
     * Prism binding it is retried on a new port.
     */
    public static PrismMock start(Path spec, Duration startupTimeout) {
        Path prism = NodeSetup.prismBin(ItPaths.moduleDir().resolve("node_modules"));
        if (!Files.exists(prism)) {
            throw new IllegalStateException("Prism is not installed at " + prism + ". Run the module through Maven "
                    + "(`mvn -B -pl integration-tests -am verify` runs `npm ci` from the committed package-lock.json), "
                    + "or run `npm ci` in " + ItPaths.moduleDir() + ". This needs Node.js 20.16 or newer.");
        }
        Path absoluteSpec = spec.toAbsolutePath().normalize();
        return new PrismMock(LoopbackServerProcess.start("Prism", port -> new LoopbackServerProcess.Launch(
                List.of(prism.toString(), "mock", absoluteSpec.toString(),
                        "-h", "127.0.0.1", "-p", Integer.toString(port), "--errors"),
                ItPaths.logDir().resolve(String.format(Locale.ROOT, "prism-%d-%d.log", port,
                        SEQUENCE.incrementAndGet()))),
                startupTimeout, List.of("EADDRINUSE")));
    }

    /** {@code http://127.0.0.1:<port>/}: Prism serves the spec's paths without the {@code /v1} prefix. */
    @Override
    public HttpUrl baseUrl() {
        return new HttpUrl.Builder().scheme("http").host("127.0.0.1").port(port()).build();
    }
}
