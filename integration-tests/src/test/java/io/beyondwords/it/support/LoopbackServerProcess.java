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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * A server run as a child process (Prism, the Mockoon CLI) on a free {@code 127.0.0.1} port: started, watched until
 * it accepts connections, and stopped with every process it started. What {@link PrismMock} and {@link MockoonMock}
 * share; each says how to launch its server on a given port.
 *
 * <p>The process's stdout and stderr go to a file (never an undrained pipe, which would block it); {@link #output()}
 * returns its tail for failure messages. A port taken between choosing it and the server binding it is retried on a
 * new port. A shutdown hook stops the process if the JVM exits first.
 */
final class LoopbackServerProcess implements AutoCloseable {

    /** How to run the server on one port: its command line and the file its output goes to. */
    record Launch(List<String> command, Path log) {
    }

    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    private static final int MAX_PORT_ATTEMPTS = 3;

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private final Duration startupTime;
    private final Thread shutdownHook;

    private LoopbackServerProcess(String name, Process process, int port, Path log, Duration startupTime) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
        this.startupTime = startupTime;
        this.shutdownHook = new Thread(() -> destroyTree(process),
                name.toLowerCase(Locale.ROOT) + "-shutdown-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the server and waits up to {@code startupTimeout} for it to listen. Fails with an
     * {@link IllegalStateException} carrying its output when it cannot be started, exits, or does not listen in time.
     *
     * @param name              what the server is called in messages ("Prism", "Mockoon")
     * @param launch            how to run it on a given port
     * @param startupTimeout    how long it may take to listen
     * @param portTakenMarkers  text in its output that means the port was taken (then another port is tried)
     */
    static LoopbackServerProcess start(String name, IntFunction<Launch> launch, Duration startupTimeout,
                                       List<String> portTakenMarkers) {
        IllegalStateException last = null;
        for (int attempt = 1; attempt <= MAX_PORT_ATTEMPTS; attempt++) {
            try {
                return startOnce(name, freeLoopbackPort(), launch, startupTimeout, portTakenMarkers);
            } catch (PortTakenException e) {
                last = e;
            }
        }
        throw last;
    }

    private static LoopbackServerProcess startOnce(String name, int port, IntFunction<Launch> launchOnPort,
                                                   Duration startupTimeout, List<String> portTakenMarkers) {
        Launch launch = launchOnPort.apply(port);
        String command = String.join(" ", launch.command());
        try {
            Files.createDirectories(launch.log().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long started = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(launch.command())
                    .directory(ItPaths.moduleDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(launch.log().toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + command + ". " + name
                    + " needs Node.js 20.16 or newer on PATH: " + e.getMessage(), e);
        }
        long deadline = started + startupTimeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                String output = tail(launch.log());
                if (portTakenMarkers.stream().anyMatch(output::contains)) {
                    throw new PortTakenException(name, port, output);
                }
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before listening on 127.0.0.1:" + port + ". Command: " + command
                        + "\n--- " + name + " output ---\n" + output);
            }
            if (accepts(port)) {
                LoopbackServerProcess server = new LoopbackServerProcess(name, process, port, launch.log(),
                        Duration.ofNanos(System.nanoTime() - started));
                System.out.printf(Locale.ROOT, "[%sMock] 127.0.0.1:%d listening after %d ms (log: %s)%n",
                        name, port, server.startupTime.toMillis(), launch.log());
                return server;
            }
            if (System.nanoTime() - deadline > 0) {
                destroyTree(process);
                throw new IllegalStateException(name + " did not listen on 127.0.0.1:" + port + " within "
                        + startupTimeout.toMillis() + " ms. Command: " + command
                        + "\n--- " + name + " output ---\n" + tail(launch.log()));
            }
            awaitExit(process, POLL_INTERVAL, name);
        }
    }

    int port() {
        return port;
    }

    Duration startupTime() {
        return startupTime;
    }

    Path log() {
        return log;
    }

    /** The last 16 KiB of the server's output. */
    String output() {
        return tail(log);
    }

    boolean isRunning() {
        return process.isAlive();
    }

    ProcessHandle processHandle() {
        return process.toHandle();
    }

    /** Stops the server and any process it started; waits for them to exit. Idempotent. */
    @Override
    public void close() {
        destroyTree(process);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run; nothing to remove
        }
    }

    @Override
    public String toString() {
        return name + " on 127.0.0.1:" + port + (process.isAlive() ? ", running" : ", stopped") + ", log " + log;
    }

    /** The last 16 KiB of a log file, for failure messages. */
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

    private static void destroyTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!awaitExit(process, Duration.ofSeconds(5), "a server to stop")) {
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(5), "a server to stop");
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
    private static boolean awaitExit(Process process, Duration timeout, String what) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + what, e);
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

        PortTakenException(String name, int port, String output) {
            super("Port " + port + " was taken before " + name + " could bind it.\n--- " + name + " output ---\n"
                    + output);
        }
    }
}
