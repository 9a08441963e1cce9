package io.beyondwords.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.errors.ApiException;
import io.beyondwords.errors.InternalServerException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retrofit reads an error body whole before the facade maps it; the facade cuts it first, so an error body that goes on
 * (here: one that stalls for a minute after its first 1.5 MiB) costs neither memory nor the call's deadline.
 */
class ErrorBodyLimitTest {
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void anErrorBodyIsReadOnlyAsFarAsTheExceptionKeepsIt() {
        // 2 MiB, of which the first 1.5 MiB come at once (more than the retry layer reads ahead) and the rest a minute
        // later: a call that read the whole body would end at its deadline instead.
        server.enqueue(new MockResponse().setResponseCode(500).setBody("x".repeat(2 * 1024 * 1024))
                .throttleBody(3 * 512 * 1024, 60, TimeUnit.SECONDS));
        try (BeyondWordsClient client = BeyondWordsClient.builder().apiKey("bw_test_FAKE_KEY_0001")
                .baseUrl(server.url("/v1").toString()).maxRetries(0).deadline(Duration.ofSeconds(30)).build()) {
            Throwable e = catchThrowable(() -> client.backgroundTracks().retrieve(1));

            assertThat(e).isInstanceOf(InternalServerException.class);
            assertThat(((InternalServerException) e).body()).hasSize(ApiException.MAX_BODY_BYTES);
        }
    }
}
