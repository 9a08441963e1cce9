package io.beyondwords.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
public final class PrismMock implements AutoCloseable {

    /** How long Prism may take to start listening. It takes about 1.5 s on a warm machine. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    private static final int MAX_PORT_ATTEMPTS = 3;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Process process;
    private final int port;
    private final Path log;
    private final Duration startupTime;
    private final Thread shutdownHook;

    private PrismMock(Process process, int port, Path log, Duration startupTime) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startupTime = startupTime;
        this.shutdownHook = new Thread(this::stopProcessTree, "prism-mock-shutdown-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
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
                    + "or run `npm ci` in " + ItPaths.moduleDir() + ". This needs Node.js 18.20.1 or newer.");
        }
        IllegalStateException last = null;
        for (int attempt = 1; attempt <= MAX_PORT_ATTEMPTS; attempt++) {
            try {
                return startOnce(prism, spec.toAbsolutePath().normalize(), freeLoopbackPort(), startupTimeout);
            } catch (PortTakenException e) {
                last = e;
            }
        }
        throw last;
    }

    private static PrismMock startOnce(Path prism, Path spec, int port, Duration startupTimeout) {
        Path logDir = ItPaths.logDir();
        Path log;
        try {
            Files.createDirectories(logDir);
            log = logDir.resolve(String.format(Locale.ROOT, "prism-%d-%d.log", port, SEQUENCE.incrementAndGet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(prism.toString(), "mock", spec.toString(),
                "-h", "127.0.0.1", "-p", Integer.toString(port), "--errors"));
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
                    + ". Prism needs Node.js 18.20.1 or newer on PATH: " + e.getMessage(), e);
        }
        long deadline = started + startupTimeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                String output = tail(log);
                if (output.contains("EADDRINUSE")) {
                    throw new PortTakenException(port, output);
                }
                throw new IllegalStateException("Prism exited with code " + process.exitValue()
                        + " before listening on 127.0.0.1:" + port + ". Command: " + String.join(" ", command)
                        + "\n--- Prism output ---\n" + output);
            }
            if (accepts(port)) {
                PrismMock mock = new PrismMock(process, port, log, Duration.ofNanos(System.nanoTime() - started));
                System.out.printf(Locale.ROOT, "[PrismMock] %s listening after %d ms (log: %s)%n",
                        mock.baseUrl(), mock.startupTime().toMillis(), log);
                return mock;
            }
            if (System.nanoTime() - deadline > 0) {
                destroyTree(process);
                throw new IllegalStateException("Prism did not listen on 127.0.0.1:" + port + " within "
                        + startupTimeout.toMillis() + " ms. Command: " + String.join(" ", command)
                        + "\n--- Prism output ---\n" + tail(log));
            }
            awaitExit(process, POLL_INTERVAL);
        }
    }

    /** {@code http://127.0.0.1:<port>/}: Prism serves the spec's paths without the {@code /v1} prefix. */
    public HttpUrl baseUrl() {
        return new HttpUrl.Builder().scheme("http").host("127.0.0.1").port(port).build();
    }

    public int port() {
        return port;
    }

    /** How long Prism took from process start to accepting connections. */
    public Duration startupTime() {
        return startupTime;
    }

    /** The file holding Prism's combined stdout and stderr. */
    public Path logFile() {
        return log;
    }

    /** The last 16 KiB of Prism's output, for failure messages. */
    public String output() {
        return tail(log);
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** The Prism process (for tests of this harness). */
    ProcessHandle processHandle() {
        return process.toHandle();
    }

    /** Stops Prism and any process it started; waits for them to exit. Idempotent. */
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
        return "PrismMock[" + baseUrl() + (process.isAlive() ? ", running" : ", stopped") + ", log " + log + "]";
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
            throw new IllegalStateException("Interrupted while waiting for Prism", e);
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

    static String tail(Path log) {
        try {
            byte[] bytes = Files.readAllBytes(log);
            int max = 16 * 1024;
            int from = Math.max(0, bytes.length - max);
            return (from > 0 ? "…" : "") + new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static final class PortTakenException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        PortTakenException(int port, String output) {
            super("Port " + port + " was taken before Prism could bind it.\n--- Prism output ---\n" + output);
        }
    }
}
