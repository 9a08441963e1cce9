package io.beyondwords;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer on loopback plus a client pointed at it, for the facade's tests. Retries wait through a recording
 * sleeper, never for real, so tests stay fast and can assert the delays.
 */
public final class TestServer implements AutoCloseable {
    /** Obviously fake; the tests assert it never shows up where it must not. */
    public static final String FAKE_KEY = "bw_test_FAKE_KEY_0001";

    public final MockWebServer server = new MockWebServer();
    public final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private BeyondWordsClient client;

    public TestServer() {
        try {
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a builder for a client of this server, with a recording sleeper and full-backoff jitter */
    public BeyondWordsClient.Builder builder() {
        return BeyondWordsClient.builder()
                .apiKey(FAKE_KEY)
                .baseUrl(baseUrl())
                .sleeper(sleeps::add)
                .jitterSource(() -> 1.0);
    }

    public String baseUrl() {
        return server.url("/v1").toString();
    }

    /** @return the shared client of this server (built on first use, closed by {@link #close()}) */
    public BeyondWordsClient client() {
        if (client == null) {
            client = builder().build();
        }
        return client;
    }

    public void enqueue(MockResponse response) {
        server.enqueue(response);
    }

    public void enqueueJson(int status, String json) {
        server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(json));
    }

    public RecordedRequest take() {
        try {
            RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
            if (r == null) {
                throw new AssertionError("the server received no request");
            }
            return r;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public int requestCount() {
        return server.getRequestCount();
    }

    public static String track(long id, String name) {
        return "{\"id\":" + id + ",\"name\":\"" + name + "\",\"volume\":100,"
                + "\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-01-01 00:00:05 UTC\"}";
    }

    public static String tracks(long fromId, int count) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : ",").append(track(fromId + i, "Track " + (fromId + i)));
        }
        return sb.append(']').toString();
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
        try {
            server.shutdown();
        } catch (IOException ignored) {
            // the test is over; a port left in TIME_WAIT does no harm
        }
    }
}
