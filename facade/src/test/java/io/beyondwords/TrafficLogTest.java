package io.beyondwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** System.Logger goes to java.util.logging when no other backend is installed, as in these tests. */
class TrafficLogTest {
    private final TestServer api = new TestServer();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger julLogger = Logger.getLogger("io.beyondwords");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        julLogger.setLevel(Level.ALL);
        julLogger.addHandler(capture);
    }

    @AfterEach
    void stop() {
        julLogger.removeHandler(capture);
        api.close();
    }

    @Test
    void offByDefault() {
        api.enqueueJson(200, TestServer.track(1, "a"));

        api.client().backgroundTracks().retrieve(1);

        assertThat(lines).isEmpty();
    }

    @Test
    void infoLogsOneLinePerRequestAndResponse() {
        api.enqueue(new MockResponse().setBody(TestServer.track(1, "a")).setHeader("X-Request-Id", "r-9"));

        try (BeyondWordsClient client = api.builder().logLevel(LogLevel.INFO).build()) {
            client.backgroundTracks().retrieve(1);
        }

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("--> GET " + api.baseUrl() + "/background_tracks/1"
                + " (BackgroundTracksApi.retrieve)");
        assertThat(lines.get(1)).startsWith("<-- 200 GET " + api.baseUrl() + "/background_tracks/1 (")
                .endsWith("request-id=r-9");
    }

    @Test
    void debugShowsHeadersWithEverySecretRedactedAndNeverTheKey() {
        api.enqueue(new MockResponse().setResponseCode(500).setBody("{\"message\":\"x\"}")
                .addHeader("Set-Cookie", "session=abc123").addHeader("set-cookie", "other=def456"));

        try (BeyondWordsClient client = api.builder().logLevel(LogLevel.DEBUG).build()) {
            Throwable t = catchThrowable(() -> client.backgroundTracks()
                    .create(BackgroundTrackCreateParams.builder().name("x").build()));
            assertThat(t.getMessage()).doesNotContain(TestServer.FAKE_KEY);
        }

        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line)
                .doesNotContain(TestServer.FAKE_KEY).doesNotContain("abc123").doesNotContain("def456")
                .doesNotContain("\n"));
        assertThat(lines.get(0)).contains("X-Api-Key: [redacted]").contains("User-Agent: beyondwords-java/");
        assertThat(lines.get(1)).contains("Set-Cookie: [redacted]").contains("set-cookie: [redacted]");
    }

    @Test
    void failuresAreLoggedToo() {
        api.enqueue(new MockResponse().setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_AFTER_REQUEST));

        try (BeyondWordsClient client = api.builder().logLevel(LogLevel.INFO).maxRetries(0).build()) {
            catchThrowable(() -> client.backgroundTracks().retrieve(1));
        }

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("<-- FAILED GET");
    }

    @Test
    void logLevelParsesTheEnvironmentSpelling() {
        assertThat(LogLevel.parse("DEBUG")).contains(LogLevel.DEBUG);
        assertThat(LogLevel.parse(" info ")).contains(LogLevel.INFO);
        assertThat(LogLevel.parse("off")).contains(LogLevel.OFF);
        assertThat(LogLevel.parse("verbose")).isEmpty();
    }
}
