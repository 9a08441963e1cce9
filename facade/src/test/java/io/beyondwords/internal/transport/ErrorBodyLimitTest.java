package io.beyondwords.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.errors.ApiException;
import io.beyondwords.errors.InternalServerException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Retrofit reads an error body whole before the facade maps it; the facade cuts it first, so an error body that goes on
 * (here: one that announces 2 MiB, sends 1.5 MiB and then nothing more) costs neither memory nor the call's deadline.
 *
 * <p>The server is a plain socket, not MockWebServer: a throttled MockResponse sleeps in the server's thread, which
 * OkHttp 4's MockWebServer cannot interrupt on shutdown (the {@code other-okhttp-major} profile failed so).
 */
class ErrorBodyLimitTest {
    private static final int ANNOUNCED = 2 * 1024 * 1024;
    /** More than the retry layer reads ahead, less than announced. */
    private static final int SENT = 3 * 512 * 1024;

    private final ServerSocket server;
    private final CompletableFuture<Socket> accepted = new CompletableFuture<>();

    ErrorBodyLimitTest() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        Socket socket = accepted.getNow(null);
        if (socket != null) {
            socket.close();
        }
    }

    @Test
    void anErrorBodyIsReadOnlyAsFarAsTheExceptionKeepsIt() {
        Thread serving = new Thread(this::serveStalledErrorBody, "stalled error body");
        serving.setDaemon(true);
        serving.start();
        try (BeyondWordsClient client = BeyondWordsClient.builder().apiKey("bw_test_FAKE_KEY_0001")
                .baseUrl("http://127.0.0.1:" + server.getLocalPort() + "/v1").maxRetries(0)
                .deadline(Duration.ofSeconds(30)).build()) {
            // A call that read the whole body would wait for the rest, and end at its deadline instead.
            Throwable e = catchThrowable(() -> client.backgroundTracks().retrieve(1));

            assertThat(e).isInstanceOf(InternalServerException.class);
            assertThat(((InternalServerException) e).body()).hasSize(ApiException.MAX_BODY_BYTES);
        }
    }

    /** Answers one request with a 500 that announces {@link #ANNOUNCED} bytes, sends {@link #SENT}, then stalls. */
    private void serveStalledErrorBody() {
        try {
            Socket socket = server.accept();
            accepted.complete(socket);
            InputStream in = socket.getInputStream();
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            int matched = 0;
            while (matched < end.length) { // the request head; the GET has no body
                int b = in.read();
                if (b < 0) {
                    return;
                }
                matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
            }
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\nContent-Length: " + ANNOUNCED
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] body = new byte[SENT];
            Arrays.fill(body, (byte) 'x');
            out.write(body);
            out.flush();
            // Then nothing: the socket stays open until the test closes it.
        } catch (IOException closedByTheTest) {
            // The test ended (or the client cut the body): nothing to serve any more.
        }
    }
}
