package io.beyondwords.it.faults;

import io.beyondwords.it.support.MutableClock;
import static io.beyondwords.it.faults.FaultMatrixTest.B1;
import static io.beyondwords.it.faults.FaultMatrixTest.track;
import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.RequestOptions;
import io.beyondwords.it.faults.FaultMatrixTest.Op;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A pooled keep-alive connection that the server closed while it sat idle (a server keep-alive timeout shorter than
 * the client's) is the most common "reset" in production. OkHttp probes an idle connection before reusing it only
 * for non-GET requests and only after 10 s of idleness; below that it writes the request into the dead socket. Its
 * own {@code retryOnConnectionFailure} would then reconnect at once, but the SDK turns that off, so the SDK's retry
 * layer sees an I/O failure on a connection that was handed the request.
 *
 * <p>Here the server answers the first call and closes the connection; the test waits until the server's side is
 * closed (a condition, not a timed sleep), then makes the second call within OkHttp's 10 s window.
 */
class StalePooledConnectionTest {

    /** GET and PUT: correct, but they pay one backoff wait (and one "attempt" the server never saw). Pinned. */
    @ParameterizedTest(name = "{0} on a connection the server closed while idle: one backoff, then a new connection")
    @EnumSource(value = Op.class, names = {"GET", "PUT"})
    void idempotentCallsRecoverAfterOneBackoff(Op op) throws Exception {
        try (Setup s = new Setup(200)) {
            Object result = op.call(s.client.backgroundTracks(), RequestOptions.none());

            assertThat(result).isNotNull();
            assertThat(s.server.received()).as("the server saw each call once").hasSize(2);
            assertThat(s.server.sockets.accepted()).hasSize(2);
            assertThat(s.sleeper.delays()).as("the stale connection costs one backoff").containsExactly(B1);
        }
    }

    /**
     * A create must not be lost or doubled: the SDK probes a reused connection before a POST, finds it closed, and
     * sends the request once on a new connection, with no backoff and no retry spent.
     */
    @Test
    void aCreateOnAConnectionTheServerClosedWhileIdleIsSentOnceOnANewConnection() throws Exception {
        try (Setup s = new Setup(201)) {
            Object result = Op.POST.call(s.client.backgroundTracks(), RequestOptions.none());

            assertThat(result).isNotNull();
            assertThat(s.server.seen("POST")).isEqualTo(1);
            assertThat(s.server.creates()).isEqualTo(1);
            assertThat(s.sleeper.delays()).as("no backoff for a connection that was never used").isEmpty();
        }
    }

    /** A client that made one GET over a connection the server has since closed. */
    private static final class Setup implements AutoCloseable {
        final MutableClock clock = new MutableClock();
        final RecordingSleeper sleeper = new RecordingSleeper(clock);
        final ScriptedServer server;
        final BeyondWordsClient client;

        Setup(int secondStatus) throws Exception {
            MockResponse first = track(200).setSocketPolicy(SocketPolicy.DISCONNECT_AT_END);
            server = new ScriptedServer(first, track(secondStatus)).start(0);
            client = FaultMatrixTest.client(server.baseUrl(), clock, sleeper);
            client.backgroundTracks().retrieve(1);
            assertThat(server.sockets.awaitAllClosed(10, TimeUnit.SECONDS)).as("server closed its end").isZero();
        }

        @Override
        public void close() throws Exception {
            client.close();
            server.close();
        }
    }
}
