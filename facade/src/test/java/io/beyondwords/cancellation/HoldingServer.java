package io.beyondwords.cancellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A loopback HTTP/1.1 server on a plain {@link ServerSocket}: it answers the requests its {@link Route} answers and
 * holds the others open, reading the held connection until the client closes it. So a test sees, as events, that a
 * request arrived and that the client ended a held exchange (the socket's end of stream), with no timing involved.
 */
final class HoldingServer implements AutoCloseable {
    /** Generous: these are waits for events, which on a quiet machine arrive in milliseconds. */
    static final long EVENT_TIMEOUT_SECONDS = 30;

    /** What the server answers; {@code null} holds the request open. */
    interface Route {
        /**
         * @param method the request's method
         * @param target the request target, path and query as sent
         * @return the answer, or {@code null} to hold the exchange until the client ends it
         */
        Answer answer(String method, String target);
    }

    /** A JSON answer with extra headers (name, value pairs). */
    record Answer(String json, String... headers) {
    }

    private final ServerSocket server;
    private final Route route;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "holding-server");
        t.setDaemon(true);
        return t;
    });
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    /** One-shot answers that come before the route's: request line and status, in order. */
    private final Queue<Map.Entry<String, Integer>> statuses = new ConcurrentLinkedQueue<>();
    /** Request lines ({@code GET /v1/... }), in the order they arrived. */
    private final BlockingQueue<String> requests = new LinkedBlockingQueue<>();
    /** Request lines of held exchanges, once the client closed their connection. */
    private final BlockingQueue<String> ended = new LinkedBlockingQueue<>();

    HoldingServer(Route route) throws IOException {
        this.route = route;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
    }

    /** @return the next request's line ({@code "GET /v1/background_tracks/1"}), waiting for it to arrive */
    String takeRequest() throws InterruptedException {
        String line = requests.poll(EVENT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertThat(line).as("a request reached the server").isNotNull();
        return line;
    }

    /** Waits until the client has closed the connection of the held exchange {@code requestLine}. */
    void awaitEnded(String requestLine) throws InterruptedException {
        assertThat(ended.poll(EVENT_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the client ended the held exchange")
                .isEqualTo(requestLine);
    }

    /** Answers the next {@code requestLine} with {@code status} and an empty JSON object, ahead of the route. */
    void answerNext(String requestLine, int status) {
        statuses.add(Map.entry(requestLine, status));
    }

    /** @return the request lines received and not yet taken */
    List<String> untaken() {
        List<String> rest = new ArrayList<>();
        requests.drainTo(rest);
        return rest;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                threads.execute(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return; // the client closed an idle connection
                }
                String[] lines = head.split("\r\n");
                String[] parts = lines[0].split(" ");
                skipBody(in, lines);
                String requestLine = parts[0] + " " + parts[1];
                Map.Entry<String, Integer> once = statuses.peek();
                int status = 200;
                Answer answer;
                if (once != null && once.getKey().equals(requestLine) && statuses.remove(once)) {
                    status = once.getValue();
                    answer = new Answer("{}");
                } else {
                    answer = route.answer(parts[0], parts[1]);
                }
                requests.add(requestLine);
                if (answer == null) {
                    holdUntilTheClientEnds(in);
                    ended.add(requestLine);
                    return;
                }
                byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
                StringBuilder response = new StringBuilder("HTTP/1.1 " + status + " Status\r\n")
                        .append("Content-Type: application/json\r\n")
                        .append("Content-Length: ").append(body.length).append("\r\n");
                for (int i = 0; i + 1 < answer.headers().length; i += 2) {
                    response.append(answer.headers()[i]).append(": ").append(answer.headers()[i + 1]).append("\r\n");
                }
                out.write(response.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        } catch (IOException e) {
            // the server closed, or the client reset a connection it was not held on: nothing to report
        }
    }

    /** Reads until end of stream (or a reset): what a held connection sees when the client cancels its call. */
    private static void holdUntilTheClientEnds(InputStream in) {
        try {
            while (in.read() != -1) {
                // a well-behaved client sends nothing more on a connection it waits on
            }
        } catch (IOException reset) {
            // a reset ends the exchange as surely as a FIN
        }
    }

    /** @return the request head without its blank line, or {@code null} at end of stream before one began */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toString(StandardCharsets.US_ASCII).trim();
            }
        }
        return null;
    }

    private static void skipBody(InputStream in, String[] headLines) throws IOException {
        for (String line : headLines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                long length = Long.parseLong(line.substring("content-length:".length()).trim());
                for (long i = 0; i < length; i++) {
                    if (in.read() == -1) {
                        throw new IOException("the request body ended early");
                    }
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        threads.shutdownNow();
    }
}
