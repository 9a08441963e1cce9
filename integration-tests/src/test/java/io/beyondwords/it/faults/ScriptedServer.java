package io.beyondwords.it.faults;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A loopback MockWebServer answering from a fixed script, one response per request whatever the path, that records
 * what it received and counts the creates it carried out: a {@code POST} it answered with a 2xx status, even if the
 * answer was then cut off (the server did the work; the client merely lost the reply).
 */
final class ScriptedServer implements AutoCloseable {

    /** Socket policies under which the server never gets as far as acting on the request. */
    private static final Set<SocketPolicy> NOT_PROCESSED = Set.of(SocketPolicy.DISCONNECT_AT_START,
            SocketPolicy.DISCONNECT_AFTER_REQUEST, SocketPolicy.NO_RESPONSE, SocketPolicy.STALL_SOCKET_AT_START);

    final LoopbackServers.TrackingSocketFactory sockets = new LoopbackServers.TrackingSocketFactory();
    private final Deque<MockResponse> script;
    private final List<RecordedRequest> received = new ArrayList<>();
    private int creates;
    private MockWebServer server;

    ScriptedServer(MockResponse... script) {
        this.script = new ArrayDeque<>(Arrays.asList(script));
    }

    ScriptedServer start(int port) {
        server = LoopbackServers.start(sockets, port);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                MockResponse response;
                synchronized (ScriptedServer.this) {
                    response = script.poll();
                    if (response == null) {
                        // Off the end of the script: an unmistakable status, and the request still counts as seen.
                        response = new MockResponse().setResponseCode(418).setBody("script exhausted");
                    }
                    received.add(request);
                    int status = Integer.parseInt(response.getStatus().split(" ")[1]);
                    if ("POST".equals(request.getMethod()) && status / 100 == 2
                            && !NOT_PROCESSED.contains(response.getSocketPolicy())) {
                        creates++;
                    }
                }
                return response;
            }
        });
        return this;
    }

    String baseUrl() {
        return LoopbackServers.baseUrl(server);
    }

    synchronized List<RecordedRequest> received() {
        return List.copyOf(received);
    }

    synchronized int seen(String method) {
        return (int) received.stream().filter(r -> method.equals(r.getMethod())).count();
    }

    synchronized int creates() {
        return creates;
    }

    synchronized int unused() {
        return script.size();
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.shutdown();
        }
    }
}
