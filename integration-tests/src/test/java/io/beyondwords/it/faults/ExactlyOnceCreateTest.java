package io.beyondwords.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.RawResponse;
import io.beyondwords.content.Content;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.errors.ApiConnectionException;
import io.beyondwords.errors.FieldError;
import io.beyondwords.errors.UnprocessableEntityException;
import io.beyondwords.it.support.MutableClock;
import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.StandInContent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exactly-once content creates against a server that keeps state: the testkit's stand-in, which refuses a second
 * {@code source_id} in a project with the API's 422 at {@code source_id}, as the real API does. Where
 * {@code KeyedCreateTest} (facade) scripts each answer, here the server really creates, so "exactly one item on the
 * server" is counted, not assumed.
 */
class ExactlyOnceCreateTest {
    private static final long PROJECT = BeyondWordsStandIn.DEFAULT_PROJECT_ID;

    private BeyondWordsStandIn standIn;
    private BeyondWordsClient client;
    private RecordingSleeper sleeper;

    @BeforeEach
    void start() {
        standIn = BeyondWordsStandIn.builder().build().start();
        MutableClock clock = new MutableClock();
        sleeper = new RecordingSleeper(clock);
        client = BeyondWordsClient.builder().apiKey(standIn.apiKey()).baseUrl(standIn.baseUrl())
                .clock(clock).sleeper(sleeper).build();
    }

    @AfterEach
    void stop() {
        client.close();
        standIn.close();
    }

    private static ContentCreateParams article(String sourceId) {
        return ContentCreateParams.builder().title("Rain clears by evening").body("<p>Showers ease.</p>")
                .sourceId(sourceId).build();
    }

    @Test
    void aConnectionResetAfterTheBodyThenADuplicateRefusalIsTheExistingItemAndOneItemOnTheServer() {
        standIn.faults().disconnectNextAfterProcessing();

        RawResponse<Content> raw = client.content().withRawResponse().create(PROJECT, article("weather-1"));

        assertThat(standIn.content(PROJECT)).singleElement().satisfies(stored -> {
            assertThat(stored.sourceId()).isEqualTo("weather-1");
            assertThat(raw.body().id()).isEqualTo(stored.id());
        });
        assertThat(raw.isRecovered()).isTrue();
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body().sourceId()).hasValue("weather-1");
        assertThat(calls()).containsExactly(
                "POST /v1/projects/1/content", // created, but the answer was lost
                "POST /v1/projects/1/content", // refused: 422 at source_id
                "GET /v1/projects/1/content/weather-1");
        assertThat(sleeper.delays()).hasSize(1);
    }

    @Test
    void theSameAsynchronously() throws Exception {
        standIn.faults().disconnectNextAfterProcessing();

        RawResponse<Content> raw = client.async().content().withRawResponse().create(PROJECT, article("weather-2"))
                .get(30, TimeUnit.SECONDS);

        assertThat(raw.isRecovered()).isTrue();
        assertThat(standIn.content(PROJECT)).extracting(StandInContent::id).containsExactly(raw.body().id());
    }

    @Test
    void aServerErrorThenARetryIsOneItem() {
        standIn.faults().failNext(500);

        RawResponse<Content> raw = client.content().withRawResponse().create(PROJECT, article("weather-3"));

        assertThat(raw.isRecovered()).as("the retry itself created the item").isFalse();
        assertThat(standIn.content(PROJECT)).extracting(StandInContent::id).containsExactly(raw.body().id());
        assertThat(calls()).containsExactly("POST /v1/projects/1/content", "POST /v1/projects/1/content");
    }

    @Test
    void theCallersOwnDuplicateStaysA422() {
        Content first = client.content().create(PROJECT, article("weather-4"));

        assertThatThrownBy(() -> client.content().create(PROJECT, article("weather-4")))
                .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(422);
                    assertThat(e.fieldErrors()).extracting(FieldError::location).containsExactly("source_id");
                });
        assertThat(standIn.content(PROJECT)).extracting(StandInContent::id).containsExactly(first.id());
        assertThat(calls()).as("no retry, no fetch").containsExactly(
                "POST /v1/projects/1/content", "POST /v1/projects/1/content");
    }

    @Test
    void withoutASourceIdALostAnswerIsNotSentAgainAndTheOutcomeIsUnknown() {
        standIn.faults().disconnectNextAfterProcessing();

        assertThatThrownBy(() -> client.content().create(PROJECT,
                ContentCreateParams.builder().title("Rain clears by evening").build()))
                .isInstanceOfSatisfying(ApiConnectionException.class,
                        e -> assertThat(e.isOutcomeUnknown()).isTrue());
        assertThat(standIn.content(PROJECT)).as("the server did create it").hasSize(1);
        assertThat(calls()).containsExactly("POST /v1/projects/1/content");
    }

    private List<String> calls() {
        return standIn.requests().stream().map(c -> c.method() + " " + c.path()).toList();
    }
}
