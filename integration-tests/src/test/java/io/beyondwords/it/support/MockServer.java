package io.beyondwords.it.support;

import java.nio.file.Path;
import java.time.Duration;

import okhttp3.HttpUrl;

/**
 * What {@link PrismMock} and {@link MockoonMock} have in common: a mock server run as a child process on a loopback
 * port ({@link LoopbackServerProcess}), its log, and stopping it. Each subclass says how to start its server and where
 * its API is ({@link #baseUrl()}).
 */
public abstract class MockServer implements AutoCloseable {
    private final String name;
    private final LoopbackServerProcess server;

    MockServer(String name, LoopbackServerProcess server) {
        this.name = name;
        this.server = server;
    }

    /** @return where a facade client points to reach the mock's API */
    public abstract HttpUrl baseUrl();

    /** @return what the mock is called in messages ("Prism", "Mockoon") */
    public String name() {
        return name;
    }

    public int port() {
        return server.port();
    }

    /** How long the server took from process start to accepting connections. */
    public Duration startupTime() {
        return server.startupTime();
    }

    /** The file holding the server's combined stdout and stderr. */
    public Path logFile() {
        return server.log();
    }

    /** The last 16 KiB of the server's output, for failure messages. */
    public String output() {
        return server.output();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** The server's process (for tests of this harness). */
    ProcessHandle processHandle() {
        return server.processHandle();
    }

    /** Stops the server and any process it started; waits for them to exit. Idempotent. */
    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + baseUrl() + ", " + server + "]";
    }
}
