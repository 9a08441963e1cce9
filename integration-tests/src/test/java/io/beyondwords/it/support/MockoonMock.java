package io.beyondwords.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
public final class MockoonMock implements AutoCloseable {

    /** How long Mockoon may take to start listening. It takes about 1–2 s on a warm machine. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(30);
    /** The header in which Mockoon names the uuid of the route response it served. */
    public static final String RESPONSE_UUID_HEADER = "x-mockoon-route-response-uuid";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    private static final int MAX_PORT_ATTEMPTS = 3;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String INSTALL_HINT = "Run the module through Maven (`mvn -B -pl integration-tests -am verify`"
            + " runs `npm ci` from the committed package-lock.json), or run `npm ci` in " + ItPaths.moduleDir()
            + ". This needs Node.js 18.20.1 or newer.";

    private final Process process;
    private final int port;
    private final String prefix;
    private final Path log;
    private final Path environmentCopy;
    private final Duration startupTime;
    private final Thread shutdownHook;

    private MockoonMock(Process process, int port, String prefix, Path log, Path environmentCopy,
                        Duration startupTime) {
        this.process = process;
        this.port = port;
        this.prefix = prefix;
        this.log = log;
        this.environmentCopy = environmentCopy;
        this.startupTime = startupTime;
        this.shutdownHook = new Thread(this::stopProcessTree, "mockoon-mock-shutdown-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
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
        IllegalStateException last = null;
        for (int attempt = 1; attempt <= MAX_PORT_ATTEMPTS; attempt++) {
            try {
                return startOnce(cli, environment.toAbsolutePath().normalize(), prefix, freeLoopbackPort(),
                        startupTimeout);
            } catch (PortTakenException e) {
                last = e;
            }
        }
        throw last;
    }

    private static MockoonMock startOnce(Path cli, Path environment, String prefix, int port,
                                         Duration startupTimeout) {
        Path dir = ItPaths.mockoonDir();
        int run = SEQUENCE.incrementAndGet();
        Path log = dir.resolve(String.format(Locale.ROOT, "mockoon-%d-%d.log", port, run));
        // A copy per run: the CLI may migrate an older environment in place, and the committed file stays as published.
        Path copy = dir.resolve(String.format(Locale.ROOT, "environment-%d-%d.json", port, run));
        try {
            Files.createDirectories(dir);
            Files.copy(environment, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = List.of(cli.toString(), "start", "--data", copy.toString(),
                "--port", Integer.toString(port), "--hostname", "127.0.0.1",
                "--disable-log-to-file", "--disable-admin-api", "--enable-route-metadata-headers", "--repair");
        long started = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(ItPaths.moduleDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + String.join(" ", command)
                    + ". The Mockoon CLI needs Node.js 18.20.1 or newer on PATH: " + e.getMessage(), e);
        }
        long deadline = started + startupTimeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                String output = PrismMock.tail(log);
                if (output.contains("already in use") || output.contains("EADDRINUSE")) {
                    throw new PortTakenException(port, output);
                }
                throw new IllegalStateException("Mockoon exited with code " + process.exitValue()
                        + " before listening on 127.0.0.1:" + port + ". Command: " + String.join(" ", command)
                        + "\n--- Mockoon output ---\n" + output);
            }
            if (accepts(port)) {
                MockoonMock mock = new MockoonMock(process, port, prefix, log, copy,
                        Duration.ofNanos(System.nanoTime() - started));
                System.out.printf(Locale.ROOT, "[MockoonMock] %s listening after %d ms (log: %s)%n",
                        mock.baseUrl(), mock.startupTime().toMillis(), log);
                return mock;
            }
            if (System.nanoTime() - deadline > 0) {
                destroyTree(process);
                throw new IllegalStateException("Mockoon did not listen on 127.0.0.1:" + port + " within "
                        + startupTimeout.toMillis() + " ms. Command: " + String.join(" ", command)
                        + "\n--- Mockoon output ---\n" + PrismMock.tail(log));
            }
            awaitExit(process, POLL_INTERVAL);
        }
    }

    /** {@code http://127.0.0.1:<port>/v1}: the environment's endpoint prefix, as the live API's base URL has it. */
    public HttpUrl baseUrl() {
        HttpUrl.Builder url = new HttpUrl.Builder().scheme("http").host("127.0.0.1").port(port);
        if (!prefix.isEmpty()) {
            url.addPathSegments(prefix);
        }
        return url.build();
    }

    public int port() {
        return port;
    }

    /** How long Mockoon took from process start to accepting connections. */
    public Duration startupTime() {
        return startupTime;
    }

    /** The file holding Mockoon's combined stdout and stderr. */
    public Path logFile() {
        return log;
    }

    /** The copy of the environment under {@code target/mockoon/} that this Mockoon runs. */
    public Path environmentCopy() {
        return environmentCopy;
    }

    /** The last 16 KiB of Mockoon's output, for failure messages. */
    public String output() {
        return PrismMock.tail(log);
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** The Mockoon process (for tests of this harness). */
    ProcessHandle processHandle() {
        return process.toHandle();
    }

    /** Stops Mockoon and any process it started; waits for them to exit. Idempotent. */
    @Override
    public void close() {
        stopProcessTree();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run; nothing to remove
        }
    }

    @Override
    public String toString() {
        return "MockoonMock[" + baseUrl() + (process.isAlive() ? ", running" : ", stopped") + ", log " + log + "]";
    }

    private void stopProcessTree() {
        destroyTree(process);
    }

    private static void destroyTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!awaitExit(process, Duration.ofSeconds(5))) {
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(5));
        }
        for (ProcessHandle child : descendants) {
            try {
                child.onExit().get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                child.destroyForcibly();
            }
        }
    }

    /** Waits for the process to exit for at most {@code timeout}; the poll interval of the readiness loop. */
    private static boolean awaitExit(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Mockoon", e);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    private static final class PortTakenException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        PortTakenException(int port, String output) {
            super("Port " + port + " was taken before Mockoon could bind it.\n--- Mockoon output ---\n" + output);
        }
    }
}
