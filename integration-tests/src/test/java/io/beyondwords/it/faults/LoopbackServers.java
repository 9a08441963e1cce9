package io.beyondwords.it.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.net.ServerSocketFactory;
import okhttp3.mockwebserver.MockWebServer;

/** Loopback-only helpers: MockWebServers with TCP_NODELAY that count their connections, and a refusing port. */
final class LoopbackServers {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    /**
     * MockWebServer warns "connection ... didn't make a request" whenever a client drops a connection unused, which
     * the reset and stale-connection cases do on purpose. Only that message is filtered, and only if no filter is
     * installed yet (the testkit's stand-in installs the same one). Held so the configured logger is not collected.
     */
    private static final Logger MOCK_WEB_SERVER_LOGGER = Logger.getLogger(MockWebServer.class.getName());

    static {
        if (MOCK_WEB_SERVER_LOGGER.getFilter() == null) {
            MOCK_WEB_SERVER_LOGGER.setFilter(record -> record.getMessage() == null
                    || !record.getMessage().endsWith("didn't make a request"));
        }
    }

    private LoopbackServers() {
    }

    /** A MockWebServer bound to 127.0.0.1 on {@code port} (0 = any free port), accepting through {@code sockets}. */
    static MockWebServer start(TrackingSocketFactory sockets, int port) {
        MockWebServer server = new MockWebServer();
        server.setServerSocketFactory(sockets);
        try {
            server.start(LOOPBACK, port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a loopback MockWebServer on port " + port, e);
        }
        return server;
    }

    /** A loopback port nothing listens on: bound, then closed. Connecting to it is refused at once. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String baseUrl(MockWebServer server) {
        return "http://127.0.0.1:" + server.getPort() + "/v1";
    }

    /**
     * Server sockets whose accepted connections get TCP_NODELAY (no 40 ms delayed-ACK stalls on small writes) and are
     * remembered, so a test can count connections and wait until the server side of each one is closed.
     */
    static final class TrackingSocketFactory extends ServerSocketFactory {
        private final List<TrackedSocket> accepted = new ArrayList<>();

        synchronized List<TrackedSocket> accepted() {
            return List.copyOf(accepted);
        }

        /** Waits (bounded) until every accepted connection has been closed; returns how many are still open. */
        int awaitAllClosed(long timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            int open = 0;
            for (TrackedSocket socket : accepted()) {
                long left = deadline - System.nanoTime();
                if (!socket.closed.await(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                    open++;
                }
            }
            return open;
        }

        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new Tracking();
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            ServerSocket s = new Tracking();
            s.bind(new InetSocketAddress(port));
            return s;
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            ServerSocket s = new Tracking();
            s.bind(new InetSocketAddress(port), backlog);
            return s;
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            ServerSocket s = new Tracking();
            s.bind(new InetSocketAddress(address, port), backlog);
            return s;
        }

        private final class Tracking extends ServerSocket {
            Tracking() throws IOException {
                super();
            }

            @Override
            public Socket accept() throws IOException {
                if (isClosed()) {
                    throw new java.net.SocketException("Socket is closed");
                }
                TrackedSocket socket = new TrackedSocket();
                implAccept(socket);
                socket.setTcpNoDelay(true);
                synchronized (TrackingSocketFactory.this) {
                    accepted.add(socket);
                }
                return socket;
            }
        }
    }

    /** A server-side connection that signals when it is closed. */
    static final class TrackedSocket extends Socket {
        final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public synchronized void close() throws IOException {
            try {
                super.close();
            } finally {
                closed.countDown();
            }
        }
    }
}
