package io.beyondwords.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.RawResponse;
import io.beyondwords.TestServer;
import io.beyondwords.errors.ApiConnectionException;
import io.beyondwords.errors.InternalServerException;
import io.beyondwords.errors.NotFoundException;
import io.beyondwords.errors.UnprocessableEntityException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A content create carrying a source_id is safe to retry: the API refuses a second item with the same source_id, so a
 * retry refused so after an earlier attempt reached the server resolves to the item that attempt made.
 */
class KeyedCreateTest {
    private static final String CREATED = "{\"id\":\"c-1\",\"status\":\"queued\",\"source_id\":\"s-1\"}";
    private static final String DUPLICATE = "{\"code\":422,\"message\":\"Invalid request body\","
            + "\"errors\":[{\"location\":\"source_id\",\"message\":\"has already been taken\"}]}";

    private final TestServer api = new TestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    private static ContentCreateParams withSourceId() {
        return ContentCreateParams.builder().title("Rain").sourceId("s-1").build();
    }

    private MockResponse lostAfterProcessing() {
        // The server reads the whole request (and, for the story, acts on it), then the answer never arrives.
        return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
    }

    @Test
    void aLostAnswerThenADuplicateRefusalResolvesToTheExistingItem() {
        api.enqueue(lostAfterProcessing());
        api.enqueueJson(422, DUPLICATE);
        api.enqueueJson(200, CREATED);

        RawResponse<Content> raw = api.client().content().withRawResponse().create(7, withSourceId());

        assertThat(raw.isRecovered()).isTrue();
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body().id()).isEqualTo("c-1");
        assertThat(raw.toString()).contains("recovered");
        RecordedRequest first = api.take();
        RecordedRequest retry = api.take();
        RecordedRequest fetch = api.take();
        assertThat(first.getMethod()).isEqualTo("POST");
        assertThat(retry.getMethod()).isEqualTo("POST");
        assertThat(retry.getBody().readUtf8()).isEqualTo("{\"title\":\"Rain\",\"source_id\":\"s-1\"}");
        assertThat(fetch.getMethod()).isEqualTo("GET");
        assertThat(fetch.getPath()).isEqualTo("/v1/projects/7/content/s-1");
        assertThat(api.sleeps).hasSize(1);
    }

    @Test
    void aServerErrorThenASuccessIsOneCreate() {
        api.enqueueJson(500, "{\"type\":\"application_error\",\"message\":\"Unexpected Error.\",\"context\":{}}");
        api.enqueueJson(201, CREATED);

        RawResponse<Content> raw = api.client().content().withRawResponse().create(7, withSourceId());

        assertThat(raw.isRecovered()).isFalse();
        assertThat(raw.statusCode()).isEqualTo(201);
        assertThat(api.requestCount()).isEqualTo(2);
    }

    @Test
    void theCallersOwnDuplicateStaysAnError() {
        api.enqueueJson(422, DUPLICATE);

        assertThatThrownBy(() -> api.client().content().create(7, withSourceId()))
                .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.location()).containsExactly("source_id"));
        assertThat(api.requestCount()).isEqualTo(1);
    }

    @Test
    void withoutASourceIdALostAnswerIsNeverSentAgain() {
        api.enqueue(lostAfterProcessing());

        assertThatThrownBy(() -> api.client().content().create(7, ContentCreateParams.builder().title("Rain").build()))
                .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.isOutcomeUnknown()).isTrue());
        assertThat(api.requestCount()).isEqualTo(1);
    }

    @Test
    void aServerErrorOnEveryAttemptLeavesTheOutcomeUnknown() {
        for (int i = 0; i < 3; i++) {
            api.enqueueJson(500, "{}");
        }

        assertThatThrownBy(() -> api.client().content().create(7, withSourceId()))
                .isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.isOutcomeUnknown()).isTrue());
        assertThat(api.requestCount()).isEqualTo(3);
    }

    @Test
    void aFailedFetchReportsItWithTheRefusalAttached() {
        api.enqueue(lostAfterProcessing());
        api.enqueueJson(422, DUPLICATE);
        api.enqueueJson(404, "{\"message\":\"gone\"}");

        assertThatThrownBy(() -> api.client().content().create(7, withSourceId()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getSuppressed())
                        .singleElement().isInstanceOf(UnprocessableEntityException.class));
    }

    @Test
    void asynchronouslyToo() throws Exception {
        api.enqueue(lostAfterProcessing());
        api.enqueueJson(422, DUPLICATE);
        api.enqueueJson(200, CREATED);

        RawResponse<Content> raw = api.client().async().content().withRawResponse().create(7, withSourceId())
                .get(10, TimeUnit.SECONDS);

        assertThat(raw.isRecovered()).isTrue();
        assertThat(raw.body().sourceId()).contains("s-1");
        assertThat(api.requestCount()).isEqualTo(3);
        assertThat(api.sleeps).containsExactly(Duration.ofMillis(500));
    }
}
