package io.beyondwords.it.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.beyondwords.BeyondWordsClient;
import io.beyondwords.content.Content;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.content.ContentMedia;
import io.beyondwords.content.ContentStatus;
import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.RecordedWebhook;
import io.beyondwords.testkit.StandInWebhook;
import io.beyondwords.webhooks.AudioDeletedEvent;
import io.beyondwords.webhooks.AudioErrorEvent;
import io.beyondwords.webhooks.AudioUpdatedEvent;
import io.beyondwords.webhooks.DeliveryStatus;
import io.beyondwords.webhooks.WebhookDeduplicator;
import io.beyondwords.webhooks.WebhookEvent;
import io.beyondwords.webhooks.WebhookException;
import io.beyondwords.webhooks.WebhookMedia;
import io.beyondwords.webhooks.WebhookReceiver;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole loop without polling: the facade creates content on the stand-in, the stand-in delivers the webhook to an
 * application's endpoint on loopback, and the endpoint checks it with {@link WebhookReceiver} and de-duplicates it
 * with {@link WebhookDeduplicator}.
 */
class WebhookLoopTest {
    private static final String SECRET = "Bearer webhook-secret-1";
    private static final Duration AWAIT = Duration.ofSeconds(20);

    private final WebhookReceiver receiver = WebhookReceiver.builder()
            .requireHeader("Authorization", SECRET)
            .allowAddress("127.0.0.1")
            .build();
    private final WebhookDeduplicator deduplicator = WebhookDeduplicator.inMemory();
    /** What the endpoint made of each delivery, in arrival order. */
    private final List<WebhookEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final List<DeliveryStatus> statuses = Collections.synchronizedList(new ArrayList<>());
    private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    /** How many of the next accepted deliveries the endpoint answers with a 500 (after taking them). */
    private final AtomicInteger failNext = new AtomicInteger();

    private HttpServer endpoint;
    private BeyondWordsStandIn standIn;
    private BeyondWordsClient client;

    @BeforeEach
    void start() throws IOException {
        endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endpoint.createContext("/webhooks/beyondwords", exchange -> {
            int status;
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                WebhookEvent event = receiver.receive(body, exchange.getRequestHeaders()::getFirst,
                        exchange.getRemoteAddress().getAddress().getHostAddress());
                events.add(event);
                statuses.add(deduplicator.check(event));
                // A 500 after the event was taken (say, the answer was lost on the way): it is delivered again.
                status = failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            } catch (WebhookException e) {
                refusals.add(e.getMessage());
                status = e.httpStatus();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        endpoint.start();
        standIn = BeyondWordsStandIn.builder()
                .pollsUntilProcessed(0)
                .webhook(StandInWebhook.builder(endpointUrl())
                        .header("Authorization", SECRET)
                        .backoff(Duration.ZERO, Duration.ZERO)
                        .build())
                .build()
                .start();
        client = BeyondWordsClient.builder().apiKey(standIn.apiKey()).baseUrl(standIn.baseUrl()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        standIn.close();
        endpoint.stop(0);
    }

    private URI endpointUrl() {
        return URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/webhooks/beyondwords");
    }

    @Test
    void createdContentArrivesAsAudioUpdatedWithItsSourceIdAndAudio() {
        Content created = client.content().create(BeyondWordsStandIn.DEFAULT_PROJECT_ID,
                ContentCreateParams.builder().title("Weather").body("<p>Sunny all day.</p>").sourceId("w-1").build());
        standIn.awaitWebhooks(AWAIT);

        assertThat(refusals).isEmpty();
        assertThat(events).singleElement().isInstanceOf(AudioUpdatedEvent.class);
        WebhookEvent event = events.get(0);
        assertThat(event.id()).contains(created.id());
        assertThat(event.sourceId()).contains("w-1");
        assertThat(event.projectId()).contains(Long.toString(BeyondWordsStandIn.DEFAULT_PROJECT_ID));
        assertThat(event.title()).contains("Weather");
        assertThat(event.state()).contains(ContentStatus.PROCESSED);
        List<String> audio = created.audio().orElseThrow().stream().map(ContentMedia::url).toList();
        assertThat(event.media()).extracting(media -> media.url().orElseThrow())
                .containsExactlyElementsOf(audio);
        assertThat(event.media()).extracting(media -> media.contentType().orElseThrow())
                .containsExactly(WebhookMedia.MP3, WebhookMedia.M3U8);
        assertThat(event.media().get(0).duration()).isPresent();
        assertThat(statuses).containsExactly(DeliveryStatus.NEW);
        assertThat(standIn.webhookDeliveries()).singleElement()
                .satisfies(delivery -> assertThat(delivery.delivered()).isTrue());
    }

    @Test
    void aDeliveryFailedOnceIsRetriedAndReportedOnceByTheDeduplicator() {
        failNext.set(1);
        client.content().create(BeyondWordsStandIn.DEFAULT_PROJECT_ID,
                ContentCreateParams.builder().title("Retried").sourceId("r-1").build());
        standIn.awaitWebhooks(AWAIT);

        assertThat(standIn.webhookDeliveries()).extracting(RecordedWebhook::attempt, RecordedWebhook::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 500),
                        org.assertj.core.groups.Tuple.tuple(2, 204));
        assertThat(events).hasSize(2).allSatisfy(event -> assertThat(event.sourceId()).contains("r-1"));
        assertThat(events.get(1)).isEqualTo(events.get(0));
        assertThat(statuses).containsExactly(DeliveryStatus.NEW, DeliveryStatus.DUPLICATE);
    }

    @Test
    void aDuplicateDeliveryIsReportedOnce() {
        // Two webhooks at one endpoint deliver each event twice, as a retry after a lost 2xx would.
        standIn.addWebhook(StandInWebhook.builder(endpointUrl()).header("Authorization", SECRET).build());
        client.content().create(BeyondWordsStandIn.DEFAULT_PROJECT_ID,
                ContentCreateParams.builder().title("Twice").sourceId("t-1").build());
        standIn.awaitWebhooks(AWAIT);

        assertThat(events).hasSize(2);
        assertThat(statuses).containsExactly(DeliveryStatus.NEW, DeliveryStatus.DUPLICATE);
    }

    @Test
    void failedProcessingAndDeletionAreDeliveredAndALateUpdateIsStale() {
        standIn.contentProcessing(0, true);
        Content failed = client.content().create(BeyondWordsStandIn.DEFAULT_PROJECT_ID,
                ContentCreateParams.builder().title("Broken").sourceId("b-1").build());
        client.content().delete(BeyondWordsStandIn.DEFAULT_PROJECT_ID, failed.id());
        standIn.awaitWebhooks(AWAIT);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(AudioErrorEvent.class);
        assertThat(events.get(0).state()).contains(ContentStatus.ERROR);
        assertThat(events.get(0).media()).isEmpty();
        assertThat(events.get(1)).isInstanceOf(AudioDeletedEvent.class);
        assertThat(events.get(1).id()).contains(failed.id());
        assertThat(statuses).containsExactly(DeliveryStatus.NEW, DeliveryStatus.NEW);

        String lateUpdate = standIn.webhookDeliveries().get(0).body().replace("audio.error", "audio.updated");
        assertThat(deduplicator.check(WebhookEvent.parse(lateUpdate))).isEqualTo(DeliveryStatus.STALE);
    }

    @Test
    void aWrongHeaderIsRefusedAndRetriedUntilTheAttemptsAreUsedUp() {
        List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
        standIn.reset();
        standIn.addWebhook(StandInWebhook.builder(endpointUrl())
                .header("Authorization", "Bearer guessed-wrong")
                .maxAttempts(3)
                .backoff(Duration.ofSeconds(1), Duration.ofSeconds(30))
                .sleeper(waits::add)
                .build());
        client.content().create(BeyondWordsStandIn.DEFAULT_PROJECT_ID,
                ContentCreateParams.builder().title("Spoofed").build());
        standIn.awaitWebhooks(AWAIT);

        // The builder's webhook (right header) and the added one (wrong header): reset keeps the builder's.
        assertThat(standIn.webhookDeliveries()).extracting(RecordedWebhook::status)
                .containsExactly(204, 401, 401, 401);
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(refusals).hasSize(3).allSatisfy(message -> assertThat(message)
                .contains("Authorization").doesNotContain("guessed-wrong").doesNotContain("webhook-secret"));
    }

    @Test
    void anUnansweredDeliveryIsRecordedAsFailedAndRetried() throws IOException {
        int port;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        } // nothing listens there now: every attempt is refused
        standIn.reset();
        standIn.addWebhook(StandInWebhook.builder(URI.create("http://127.0.0.1:" + port + "/hook"))
                .maxAttempts(2).backoff(Duration.ZERO, Duration.ZERO).build());
        client.content().create(BeyondWordsStandIn.DEFAULT_PROJECT_ID,
                ContentCreateParams.builder().title("Nobody home").build());
        standIn.awaitWebhooks(AWAIT);

        List<RecordedWebhook> toGone = standIn.webhookDeliveries().stream()
                .filter(delivery -> delivery.url().getPort() == port).toList();
        assertThat(toGone).extracting(RecordedWebhook::attempt).containsExactly(1, 2);
        assertThat(toGone).allSatisfy(delivery -> {
            assertThat(delivery.status()).isZero();
            assertThat(delivery.failure()).isNotNull();
            assertThat(delivery.delivered()).isFalse();
        });
    }
}
