package io.beyondwords.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.RequestOptions;
import io.beyondwords.TestServer;
import io.beyondwords.errors.ApiConnectionException;
import io.beyondwords.errors.ApiTimeoutException;
import io.beyondwords.errors.InvalidResponseException;
import io.beyondwords.internal.http.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * waitUntilProcessed and createAndWait over loopback, with a clock that moves only when the recorded sleeper "waits":
 * nothing here really sleeps, and every wait and request is counted exactly.
 */
class ContentProcessingTest {
    private static final long PROJECT = 7;
    private static final String ID = "9279c9e0-e0b5-4789-9040-f44478ed3e9e";

    private final TestServer api = new TestServer();
    private final MutableClock clock = new MutableClock();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final BeyondWordsClient client = api.builder().clock(clock).sleeper(d -> {
        waits.add(d);
        clock.advance(d);
    }).build();

    @AfterEach
    void stop() {
        client.close();
        api.close();
    }

    private static String item(String status) {
        return "{\"id\":\"" + ID + "\",\"status\":" + (status == null ? "null" : "\"" + status + "\"")
                + ",\"source_id\":\"s-1\",\"audio\":[{\"id\":1,\"content_type\":\"audio/mpeg\","
                + "\"url\":\"https://example.com/a.mp3\",\"duration\":1500}]}";
    }

    private void answer(String... statuses) {
        for (String status : statuses) {
            api.enqueueJson(200, item(status));
        }
    }

    @Test
    void pollsWithGrowingWaitsUntilProcessedAndStops() {
        answer("draft", "queued", "processing", "processed");

        Content done = client.content().waitUntilProcessed(PROJECT, ID);

        assertThat(done.status()).contains(ContentStatus.PROCESSED);
        assertThat(done.audio().orElseThrow()).extracting(ContentMedia::url)
                .containsExactly("https://example.com/a.mp3");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(api.requestCount()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            RecordedRequest poll = api.take();
            assertThat(poll.getMethod()).isEqualTo("GET");
            assertThat(poll.getPath()).isEqualTo("/v1/projects/7/content/" + ID);
        }
    }

    @Test
    void anItemAlreadyProcessedCostsOneRequestAndNoWait() {
        answer("processed");

        client.content().waitUntilProcessed(PROJECT, "s-1");

        assertThat(api.requestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
        assertThat(api.take().getPath()).isEqualTo("/v1/projects/7/content/s-1");
    }

    @Test
    void errorAndSkippedEndTheWaitWithTheItem() {
        answer("queued", "error");
        assertThatThrownBy(() -> client.content().waitUntilProcessed(PROJECT, ID))
                .isInstanceOfSatisfying(ContentProcessingException.class, e -> {
                    assertThat(e.status()).isEqualTo(ContentStatus.ERROR);
                    assertThat(e.content().id()).isEqualTo(ID);
                    assertThat(e.getMessage()).contains(ID).contains("'error'");
                    assertThat(e.isRetryable()).isFalse();
                });
        assertThat(api.requestCount()).isEqualTo(2);

        answer("skipped");
        assertThatThrownBy(() -> client.content().waitUntilProcessed(PROJECT, ID))
                .isInstanceOfSatisfying(ContentProcessingException.class,
                        e -> assertThat(e.status()).isEqualTo(ContentStatus.SKIPPED));
        assertThat(api.requestCount()).isEqualTo(3);
    }

    @Test
    void anUnknownStatusIsWaitedOnUntilTheCallsDeadlineAndNamed() {
        answer("archived", "archived", "archived", "archived", "archived", "archived");

        assertThatThrownBy(() -> client.content().waitUntilProcessed(PROJECT, ID,
                RequestOptions.builder().deadline(Duration.ofSeconds(20)).build()))
                .isInstanceOfSatisfying(ApiTimeoutException.class, e -> assertThat(e.getMessage())
                        .contains("within the deadline of PT20S")
                        .contains("waited PT15S")
                        .contains("last status 'archived' (a status this SDK version does not know)"));
        // Polls at 0, 1, 3, 7 and 15 s; a 10 s wait then would end after the 20 s deadline, so none is started.
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8));
        assertThat(api.requestCount()).isEqualTo(5);
    }

    @Test
    void withoutACallDeadlineTheClientsBoundsTheWait() {
        answer("queued", "queued", "queued", "queued");
        try (BeyondWordsClient patient = client.withOptions(b -> b.deadline(Duration.ofSeconds(5)))) {
            assertThatThrownBy(() -> patient.content().waitUntilProcessed(PROJECT, ID))
                    .isInstanceOf(ApiTimeoutException.class).hasMessageContaining("last status 'queued'");
        }
        assertThat(api.requestCount()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aStatusTheSdkCannotReadFailsTheWait() {
        api.enqueueJson(200, "{\"id\":\"" + ID + "\",\"status\":5}");

        assertThatThrownBy(() -> client.content().waitUntilProcessed(PROJECT, ID))
                .isInstanceOf(InvalidResponseException.class).hasMessageContaining("'status' is 5");
    }

    @Test
    void createAndWaitCreatesOnceThenPolls() {
        api.enqueueJson(201, item("queued"));
        answer("processed");

        Content done = client.content().createAndWait(PROJECT, ContentCreateParams.builder()
                .title("Rain").body("<p>Umbrella.</p>").sourceId("s-1").build());

        assertThat(done.status()).contains(ContentStatus.PROCESSED);
        RecordedRequest create = api.take();
        assertThat(create.getMethod()).isEqualTo("POST");
        assertThat(create.getPath()).isEqualTo("/v1/projects/7/content");
        assertThat(create.getBody().readUtf8()).isEqualTo("{\"title\":\"Rain\",\"body\":\"<p>Umbrella.</p>\","
                + "\"source_id\":\"s-1\"}");
        assertThat(api.take().getMethod()).isEqualTo("GET");
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void createAndWaitReturnsAnAlreadyProcessedItemWithoutPolling() {
        api.enqueueJson(200, item("processed"));

        client.content().createAndWait(PROJECT, ContentCreateParams.builder().title("Rain").build());

        assertThat(api.requestCount()).isEqualTo(1);
    }

    @Test
    void anInterruptStopsTheWaitAndKeepsTheFlag() {
        answer("queued");
        try (BeyondWordsClient interrupted = api.builder().clock(clock).sleeper(d -> {
            throw new InterruptedException();
        }).build()) {
            assertThatThrownBy(() -> interrupted.content().waitUntilProcessed(PROJECT, ID))
                    .isInstanceOf(ApiConnectionException.class).hasMessageContaining("interrupted");
            assertThat(Thread.interrupted()).isTrue();
        }
        assertThat(api.requestCount()).isEqualTo(1);
    }

    @Test
    void asynchronouslyOnTheDispatchersThreads() throws Exception {
        answer("queued", "processing", "processed");
        String caller = Thread.currentThread().getName();
        List<String> sleepingThreads = new CopyOnWriteArrayList<>();
        try (BeyondWordsClient async = api.builder().clock(clock).sleeper(d -> {
            sleepingThreads.add(Thread.currentThread().getName());
            waits.add(d);
            clock.advance(d);
        }).build()) {
            Content done = async.async().content().waitUntilProcessed(PROJECT, ID).get(10, TimeUnit.SECONDS);

            assertThat(done.status()).contains(ContentStatus.PROCESSED);
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(sleepingThreads).hasSize(2).doesNotContain(caller);
        assertThat(api.requestCount()).isEqualTo(3);
    }

    @Test
    void asyncFailuresAreTheSdksExceptions() {
        answer("error");

        CompletableFuture<Content> wait = client.async().content().waitUntilProcessed(PROJECT, ID);

        assertThat(wait).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(ContentProcessingException.class);
    }

    @Test
    void cancellingTheAsyncWaitSendsNoFurtherRequest() throws Exception {
        answer("queued", "processed");
        CountDownLatch sleeping = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (BeyondWordsClient async = api.builder().clock(clock).sleeper(d -> {
            sleeping.countDown();
            release.await();
        }).build()) {
            CompletableFuture<Content> wait = async.async().content().waitUntilProcessed(PROJECT, ID);
            assertThat(sleeping.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(wait.cancel(true)).isTrue();
            assertThat(wait).isCancelled();
            assertThat(api.take().getMethod()).isEqualTo("GET"); // the one poll made before the wait
            release.countDown();
            // The wait ends, sees the cancellation, and sends nothing. A bounded look for a request that must not
            // come (it would come at once: nothing else is waited on after the sleeper returns).
            assertThat(api.server.takeRequest(500, TimeUnit.MILLISECONDS)).isNull();
        }
        assertThat(api.requestCount()).isEqualTo(1);
    }

    @Test
    void everyReadIsReportedBeforeTheWaitGoesOn() {
        answer("draft", "processing", "processed");
        List<String> seen = new CopyOnWriteArrayList<>();

        client.content().waitUntilProcessed(PROJECT, ID, RequestOptions.none(),
                item -> seen.add(item.status().map(ContentStatus::value).orElse("?") + " after " + waits.size()));

        assertThat(seen).containsExactly("draft after 0", "processing after 1", "processed after 2");
    }

    @Test
    void aProgressCallbackThatThrowsStopsTheWait() {
        answer("queued", "processed");

        assertThatThrownBy(() -> client.content().waitUntilProcessed(PROJECT, ID, RequestOptions.none(), item -> {
            throw new IllegalStateException("enough");
        })).isInstanceOf(IllegalStateException.class).hasMessage("enough");
        assertThat(api.requestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void asyncProgressRunsOnTheDispatcherAndAThrowFailsTheFuture() throws Exception {
        answer("queued", "processed");
        String caller = Thread.currentThread().getName();
        List<String> threads = new CopyOnWriteArrayList<>();

        Content done = client.async().content().waitUntilProcessed(PROJECT, ID, RequestOptions.none(),
                item -> threads.add(Thread.currentThread().getName())).get(10, TimeUnit.SECONDS);

        assertThat(done.status()).contains(ContentStatus.PROCESSED);
        assertThat(threads).hasSize(2).doesNotContain(caller);

        answer("queued");
        CompletableFuture<Content> failing = client.async().content().waitUntilProcessed(PROJECT, ID,
                RequestOptions.none(), item -> {
                    throw new IllegalStateException("enough");
                });
        assertThat(failing).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(IllegalStateException.class).withMessage("enough");
        assertThat(api.requestCount()).isEqualTo(3);
    }
}
