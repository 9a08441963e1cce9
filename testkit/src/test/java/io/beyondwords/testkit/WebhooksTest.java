package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-in's webhook deliveries, seen from a receiving endpoint (the facade's side is in integration-tests). */
class WebhooksTest {
    private static final Duration AWAIT = Duration.ofSeconds(20);

    private final MockWebServer endpoint = new MockWebServer();
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    private BeyondWordsStandIn standIn;
    private SpecCheckedHttp http;

    @BeforeEach
    void start() throws IOException {
        endpoint.start();
        standIn = BeyondWordsStandIn.builder()
                .webhook(StandInWebhook.builder(endpoint.url("/hook").uri())
                        .header("Authorization", "Bearer hook-secret")
                        .maxAttempts(4)
                        .backoff(Duration.ofMillis(500), Duration.ofSeconds(1))
                        .sleeper(waits::add)
                        .build())
                .build()
                .start();
        http = new SpecCheckedHttp(standIn);
    }

    @AfterEach
    void stop() {
        standIn.close();
        endpoint.close();
    }

    /** MockWebServer answers from a queue, and waits for an answer when the queue is empty. */
    private void answerOk(int times) {
        for (int i = 0; i < times; i++) {
            endpoint.enqueue(new MockResponse.Builder().code(200).build());
        }
    }

    private String create(String body) {
        return http.post("/projects/1/content", body).json().getAsJsonObject().get("id").getAsString();
    }

    private static JsonObject payload(RecordedRequest request) {
        return JsonParser.parseString(request.getBody().utf8()).getAsJsonObject();
    }

    @Test
    void deliversAudioUpdatedWhenProcessingFinishesWithTheNewestPayloadsMembers() throws InterruptedException {
        answerOk(1);
        String id = create("{\"title\":\"Rain\",\"body\":\"<p>Bring a coat.</p>\",\"source_id\":\"rain-1\","
                + "\"metadata\":{\"desk\":\"weather\"},\"published\":true}");
        http.get("/projects/1/content/" + id);
        http.get("/projects/1/content/" + id);
        standIn.awaitWebhooks(AWAIT);
        assertThat(standIn.webhookDeliveries()).as("nothing before the last poll").isEmpty();

        http.get("/projects/1/content/" + id);
        standIn.awaitWebhooks(AWAIT);

        RecordedRequest request = endpoint.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer hook-secret");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonObject payload = payload(request);
        assertThat(payload.keySet()).containsExactly("id", "title", "project_id", "external_id", "state", "metadata",
                "media", "published", "action_type");
        assertThat(payload.get("id").getAsString()).isEqualTo(id);
        assertThat(payload.get("project_id").getAsString()).isEqualTo("1");
        assertThat(payload.get("external_id").getAsString()).isEqualTo("rain-1");
        assertThat(payload.get("state").getAsString()).isEqualTo("processed");
        assertThat(payload.getAsJsonObject("metadata").get("desk").getAsString()).isEqualTo("weather");
        assertThat(payload.get("action_type").getAsString()).isEqualTo("audio.updated");
        JsonArray media = payload.getAsJsonArray("media");
        assertThat(media).hasSize(2);
        assertThat(media.get(0).getAsJsonObject().get("content_type").getAsString()).isEqualTo("mp3");
        assertThat(media.get(1).getAsJsonObject().get("content_type").getAsString()).isEqualTo("m3u8");
        assertThat(media.get(0).getAsJsonObject().get("url").getAsString())
                .isEqualTo("https://example.com/audio/" + id + ".mp3");
        // 4 words at 400 ms each: 1.6 seconds, as the webhook payloads give durations in seconds.
        assertThat(media.get(0).getAsJsonObject().get("duration").getAsBigDecimal()).isEqualByComparingTo("1.6");

        assertThat(standIn.webhookDeliveries()).singleElement().satisfies(delivery -> {
            assertThat(delivery.delivered()).isTrue();
            assertThat(delivery.actionType()).isEqualTo("audio.updated");
            assertThat(delivery.contentId()).isEqualTo(id);
            assertThat(delivery.attempt()).isEqualTo(1);
        });
    }

    @Test
    void retriesANon2xxWithBoundedBackoffUntilDelivered() throws InterruptedException {
        endpoint.enqueue(new MockResponse.Builder().code(500).build());
        endpoint.enqueue(new MockResponse.Builder().code(503).build());
        endpoint.enqueue(new MockResponse.Builder().code(404).build());
        endpoint.enqueue(new MockResponse.Builder().code(200).build());
        standIn.contentProcessing(0, false);
        create("{\"title\":\"Retried\"}");
        standIn.awaitWebhooks(AWAIT);

        assertThat(standIn.webhookDeliveries()).extracting(RecordedWebhook::status)
                .containsExactly(500, 503, 404, 200);
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(standIn.webhookDeliveries()).extracting(RecordedWebhook::waited)
                .containsExactly(Duration.ZERO, Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(1));
        String first = payload(endpoint.takeRequest(5, TimeUnit.SECONDS)).toString();
        for (int i = 0; i < 3; i++) {
            assertThat(payload(endpoint.takeRequest(5, TimeUnit.SECONDS)).toString()).isEqualTo(first);
        }
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        for (int i = 0; i < 4; i++) {
            endpoint.enqueue(new MockResponse.Builder().code(500).build());
        }
        standIn.contentProcessing(0, false);
        create("{\"title\":\"Never taken\"}");
        standIn.awaitWebhooks(AWAIT);

        assertThat(standIn.webhookDeliveries()).hasSize(4).noneMatch(RecordedWebhook::delivered);
        assertThat(endpoint.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aTimeoutIsRetried() {
        standIn.reset();
        standIn.addWebhook(StandInWebhook.builder(endpoint.url("/slow").uri())
                .timeout(Duration.ofMillis(200))
                .maxAttempts(2)
                .backoff(Duration.ZERO, Duration.ZERO)
                .build());
        endpoint.enqueue(new MockResponse.Builder().code(200).build());
        endpoint.enqueue(new MockResponse.Builder().onResponseStart(mockwebserver3.SocketEffect.Stall.INSTANCE)
                .build());
        endpoint.enqueue(new MockResponse.Builder().code(200).build());
        standIn.contentProcessing(0, false);
        create("{\"title\":\"Slow\"}");
        standIn.awaitWebhooks(AWAIT);

        // The builder's webhook takes the first answer; the added one stalls once, times out and is retried.
        assertThat(standIn.webhookDeliveries()).extracting(RecordedWebhook::status, RecordedWebhook::failure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(200, null),
                        org.assertj.core.groups.Tuple.tuple(0, "timeout"),
                        org.assertj.core.groups.Tuple.tuple(200, null));
    }

    @Test
    void deliversAudioErrorAndAudioDeleted() throws InterruptedException {
        answerOk(2);
        standIn.contentProcessing(0, true);
        String id = create("{\"title\":\"Broken\",\"source_id\":\"b-1\"}");
        http.delete("/projects/1/content/" + id);
        standIn.awaitWebhooks(AWAIT);

        JsonObject error = payload(endpoint.takeRequest(5, TimeUnit.SECONDS));
        assertThat(error.get("action_type").getAsString()).isEqualTo("audio.error");
        assertThat(error.get("state").getAsString()).isEqualTo("error");
        assertThat(error.getAsJsonArray("media")).isEmpty();
        JsonObject deleted = payload(endpoint.takeRequest(5, TimeUnit.SECONDS));
        assertThat(deleted.get("action_type").getAsString()).isEqualTo("audio.deleted");
        assertThat(deleted.get("id").getAsString()).isEqualTo(id);
        assertThat(deleted.get("external_id").getAsString()).isEqualTo("b-1");
        assertThat(standIn.webhookDeliveries()).extracting(RecordedWebhook::actionType)
                .containsExactly("audio.error", "audio.deleted");
    }

    @Test
    void aSeedOrAnItemNotYetProcessedDeliversNothingAndResetForgetsDeliveries() {
        answerOk(1);
        standIn.addContent(1, "Seeded");
        create("{\"title\":\"Draft\"}");
        standIn.awaitWebhooks(AWAIT);
        assertThat(standIn.webhookDeliveries()).isEmpty();

        standIn.contentProcessing(0, false);
        create("{\"title\":\"Done\"}");
        standIn.awaitWebhooks(AWAIT);
        assertThat(standIn.webhookDeliveries()).hasSize(1);
        standIn.reset();
        assertThat(standIn.webhookDeliveries()).isEmpty();
    }

    @Test
    void aWebhookNeedsAnHttpUrlAndItsSecretsStayOutOfToString() {
        assertThatThrownBy(() -> StandInWebhook.builder(URI.create("ftp://example.com/x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StandInWebhook.builder(URI.create("/relative")))
                .isInstanceOf(IllegalArgumentException.class);
        StandInWebhook webhook = StandInWebhook.builder(URI.create("https://example.com/hook"))
                .header("Authorization", "Bearer hook-secret").build();
        assertThat(webhook.toString()).contains("Authorization").doesNotContain("hook-secret");
    }
}
