package io.beyondwords.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import okhttp3.HttpUrl;

/**
 * BeyondWords' own Mockoon environment (the mock API of their WordPress plugin, committed unchanged under
 * {@code src/test/resources/vendor}) served by the Mockoon CLI that {@code npm ci} installed into
 * {@code integration-tests/node_modules}, on a free {@code 127.0.0.1} port.
 *
 * <p>The environment is never run from the committed file: each start copies it to {@code target/mockoon/} and runs
 * the copy, with the port and host given on the command line ({@code -p}, {@code -l 127.0.0.1}), so nothing in the
 * file is changed to make it run. The environment's {@code endpointPrefix} is {@code v1}: {@link #baseUrl()} is
 * {@code http://127.0.0.1:<port>/v1}, the live API's layout. Mockoon's admin API is off ({@code --disable-admin-api})
 * and it logs to stdout only ({@code -X}, never to {@code ~/.mockoon-cli}); that output goes to a file under
 * {@code target/mockoon/} (never an undrained pipe), and {@link #output()} returns its tail for failure messages.
 *
 * <p>Mockoon chooses each response by the rules of the route (headers such as {@code X-Api-Key} and
 * {@code Content-Type}, path parameters), not by the request's validity: it is a peer whose answers are checked
 * against our spec, not a checker of our requests. It runs with {@code --enable-route-metadata-headers}, so every
 * response names the route and the response that answered ({@link #RESPONSE_UUID_HEADER}). Most tests use
 * {@link MockoonMockExtension}, which shares one instance per test JVM. {@link #close()} stops the process and its
 * descendants.
 */
public final class MockoonMock extends MockServer {

    /** How long Mockoon may take to start listening. It takes about 1–2 s on a warm machine. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(30);
    /** The header in which Mockoon names the uuid of the route response it served. */
    public static final String RESPONSE_UUID_HEADER = "x-mockoon-route-response-uuid";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String INSTALL_HINT = "Run the module through Maven (`mvn -B -pl integration-tests -am verify`"
            + " runs `npm ci` from the committed package-lock.json), or run `npm ci` in " + ItPaths.moduleDir()
            + ". This needs Node.js 20.16 or newer.";

    private final String prefix;
    private final Path environmentCopy;

    private MockoonMock(LoopbackServerProcess server, String prefix, Path environmentCopy) {
        super("Mockoon", server);
        this.prefix = prefix;
        this.environmentCopy = environmentCopy;
    }

    /** Runs {@link ItPaths#mockoonEnvironment()} and waits up to {@link #DEFAULT_STARTUP_TIMEOUT} for it to listen. */
    public static MockoonMock start() {
        return start(ItPaths.mockoonEnvironment(), "v1", DEFAULT_STARTUP_TIMEOUT);
    }

    /**
     * Runs a copy of the Mockoon environment {@code environment}, whose {@code endpointPrefix} is {@code prefix}
     * ({@code ""} for none). Fails with an {@link IllegalStateException} carrying Mockoon's output when the CLI is not
     * installed, exits, or does not listen within {@code startupTimeout}. A port taken between choosing it and Mockoon
     * binding it is retried on a new port.
     */
    public static MockoonMock start(Path environment, String prefix, Duration startupTimeout) {
        Path cli = NodeSetup.mockoonBin(ItPaths.moduleDir().resolve("node_modules"));
        if (!Files.exists(cli)) {
            throw new IllegalStateException("The Mockoon CLI is not installed at " + cli + ". " + INSTALL_HINT);
        }
        Path source = environment.toAbsolutePath().normalize();
        Path dir = ItPaths.mockoonDir();
        Path[] copy = new Path[1];
        LoopbackServerProcess server = LoopbackServerProcess.start("Mockoon", port -> {
            int run = SEQUENCE.incrementAndGet();
            // A copy per run: the CLI may migrate an older environment in place, and the committed file stays as
            // published.
            copy[0] = dir.resolve(String.format(Locale.ROOT, "environment-%d-%d.json", port, run));
            try {
                Files.createDirectories(dir);
                Files.copy(source, copy[0], StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new LoopbackServerProcess.Launch(List.of(cli.toString(), "start", "--data", copy[0].toString(),
                    "--port", Integer.toString(port), "--hostname", "127.0.0.1",
                    "--disable-log-to-file", "--disable-admin-api", "--enable-route-metadata-headers", "--repair"),
                    dir.resolve(String.format(Locale.ROOT, "mockoon-%d-%d.log", port, run)));
        }, startupTimeout, List.of("already in use", "EADDRINUSE"));
        return new MockoonMock(server, prefix, copy[0]);
    }

    /** {@code http://127.0.0.1:<port>/v1}: the environment's endpoint prefix, as the live API's base URL has it. */
    @Override
    public HttpUrl baseUrl() {
        HttpUrl.Builder url = new HttpUrl.Builder().scheme("http").host("127.0.0.1").port(port());
        if (!prefix.isEmpty()) {
            url.addPathSegments(prefix);
        }
        return url.build();
    }

    /** The copy of the environment under {@code target/mockoon/} that this Mockoon runs. */
    public Path environmentCopy() {
        return environmentCopy;
    }
}
