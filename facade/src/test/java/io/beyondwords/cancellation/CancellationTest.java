package io.beyondwords.cancellation;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import io.beyondwords.cancellation.HoldingServer.Answer;
import io.beyondwords.content.Content;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.errors.ApiConnectionException;
import io.beyondwords.errors.ApiTimeoutException;
import io.beyondwords.paging.AutoPager;
import io.beyondwords.paging.CloseableIterator;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each way a caller can stop an SDK call, at the public API only, against a real loopback server that holds the
 * request open: the server sees the client end the exchange (its connection reaches end of stream), and the client
 * sends nothing more for it: a sentinel call made afterwards is the next and last request the server receives.
 *
 * <p>Nothing here waits for time to pass: every wait is for an event (a request arriving, a connection ending, a
 * thread finishing), bounded only by a generous give-up.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CancellationTest {
    private static final String KEY = "bw_test_FAKE_KEY_0001";
    private static final String SENTINEL = "GET /v1/background_tracks/999";
    private static final String CONTENT = "/v1/projects/7/content";

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private HoldingServer server;
    private BeyondWordsClient client;

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /**
     * Serves: the sentinel track; page 1 of the background tracks (2 of 4, so a second page follows); a content item
     * that is still processing, for creates and the first read of a wait. Holds everything else.
     */
    private void start(String... held) throws Exception {
        List<String> holds = List.of(held);
        server = new HoldingServer((method, target) -> {
            String line = method + " " + target;
            if (holds.stream().anyMatch(line::startsWith)) {
                return null;
            }
            if (line.equals(SENTINEL)) {
                return new Answer(track(999));
            }
            if (line.startsWith("GET /v1/background_tracks?")) {
                return new Answer("[" + track(1) + "," + track(2) + "]", "X-Pagination-Limit", "2",
                        "X-Pagination-Total", "4");
            }
            if (line.startsWith("POST " + CONTENT) || line.startsWith("GET " + CONTENT + "/c-1")) {
                return new Answer("{\"id\":\"c-1\",\"status\":\"processing\",\"source_id\":\"s-1\"}");
            }
            return null;
        });
        client = BeyondWordsClient.builder().apiKey(KEY).baseUrl(server.baseUrl()).sleeper(sleeps::add).build();
    }

    private static String track(long id) {
        return "{\"id\":" + id + ",\"name\":\"Track " + id + "\",\"volume\":100,"
                + "\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-01-01 00:00:05 UTC\"}";
    }

    /**
     * The held exchange ended on the client's side, and the client sends nothing more for the stopped call: the
     * sentinel, sent now, is the next request and the last.
     */
    private void assertEndedAndNothingSentAfter(String heldRequest) throws InterruptedException {
        server.awaitEnded(heldRequest);
        assertThat(client.backgroundTracks().retrieve(999).id()).isEqualTo(999);
        assertThat(server.takeRequest()).as("the next request after the cancel").isEqualTo(SENTINEL);
        assertThat(server.untaken()).as("requests after the sentinel").isEmpty();
    }

    private static BackgroundTrackListParams pagesOfTwo() {
        return BackgroundTrackListParams.builder().limit(2).build();
    }

    @Test
    void cancellingAnAsyncCallsFutureEndsTheExchange() throws Exception {
        start("GET /v1/background_tracks/1");
        CompletableFuture<BackgroundTrack> call = client.async().backgroundTracks().retrieve(1);
        String held = server.takeRequest();
        assertThat(held).isEqualTo("GET /v1/background_tracks/1");

        assertThat(call.cancel(true)).isTrue();

        assertEndedAndNothingSentAfter(held);
    }

    @Test
    void cancellingARawAsyncCallsFutureEndsTheExchange() throws Exception {
        start("GET /v1/background_tracks/1");
        var call = client.async().backgroundTracks().withRawResponse().retrieve(1);
        String held = server.takeRequest();

        assertThat(call.cancel(true)).isTrue();

        assertEndedAndNothingSentAfter(held);
    }

    @Test
    void cancellingAKeyedCreatesFutureEndsTheExchange() throws Exception {
        start("POST " + CONTENT);
        CompletableFuture<Content> create = client.async().content().create(7,
                ContentCreateParams.builder().title("Rain").sourceId("s-1").build());
        String held = server.takeRequest();
        assertThat(held).isEqualTo("POST " + CONTENT);

        assertThat(create.cancel(true)).isTrue();

        assertEndedAndNothingSentAfter(held);
    }

    @Test
    void cancellingAContentWaitEndsThePollInFlight() throws Exception {
        start("GET " + CONTENT + "/c-1");
        CompletableFuture<Content> wait = client.async().content().createAndWait(7,
                ContentCreateParams.builder().title("Rain").build());
        assertThat(server.takeRequest()).isEqualTo("POST " + CONTENT);
        String held = server.takeRequest();
        assertThat(held).isEqualTo("GET " + CONTENT + "/c-1");

        assertThat(wait.cancel(true)).isTrue();

        assertEndedAndNothingSentAfter(held);
        assertThat(sleeps).as("one wait before the held poll").hasSize(1);
    }

    @Test
    void closingAPrefetchingIteratorEndsThePageInFlight() throws Exception {
        start("GET /v1/background_tracks?pagination%5Blimit%5D=2&pagination%5Boffset%5D=2");
        AutoPager<BackgroundTrack> pager = client.backgroundTracks().list(pagesOfTwo()).autoPager().prefetch(1);
        assertThat(server.takeRequest()).startsWith("GET /v1/background_tracks?");
        try (CloseableIterator<BackgroundTrack> items = pager.iterator()) {
            String held = server.takeRequest();
            assertThat(held).endsWith("%5Boffset%5D=2");

            items.close();

            assertEndedAndNothingSentAfter(held);
        }
    }

    @Test
    void closingASequentialIteratorEndsTheFetchItWaitsOn() throws Exception {
        start("GET /v1/background_tracks?pagination%5Blimit%5D=2&pagination%5Boffset%5D=2");
        AutoPager<BackgroundTrack> pager = client.backgroundTracks().list(pagesOfTwo()).autoPager();
        server.takeRequest();
        CloseableIterator<BackgroundTrack> items = pager.iterator();

        Object outcome = closeWhileWaitingForPageTwo(items, items::close);

        assertThat(outcome).as("what the waiting hasNext() gave").isEqualTo(false);
        assertThat(items.hasNext()).as("hasNext() after the close").isFalse();
    }

    @Test
    void closingASequentialStreamEndsTheFetchItWaitsOn() throws Exception {
        start("GET /v1/background_tracks?pagination%5Blimit%5D=2&pagination%5Boffset%5D=2");
        Stream<BackgroundTrack> tracks = client.backgroundTracks().list(pagesOfTwo()).autoPager().stream();
        server.takeRequest();

        Object outcome = closeWhileWaitingForPageTwo(tracks.iterator(), tracks::close);

        assertThat(outcome).as("what the waiting hasNext() gave").isEqualTo(false);
    }

    /**
     * Reads the two items of page 1 on a thread of its own, then asks {@code hasNext()} there, which fetches the
     * held page 2; once the server holds that request, runs {@code close} on this thread. Returns what that
     * {@code hasNext()} gave (or threw), after checking that it returned, that the held exchange ended and that
     * nothing more was sent.
     */
    private Object closeWhileWaitingForPageTwo(Iterator<BackgroundTrack> items, Runnable close)
            throws InterruptedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                items.next();
                items.next();
                outcome.set(items.hasNext()); // fetches the held page 2
            } catch (RuntimeException e) {
                outcome.set(e);
            }
        });
        reader.start();
        String held = server.takeRequest();
        assertThat(held).endsWith("%5Boffset%5D=2");

        close.run();

        reader.join(TimeUnit.SECONDS.toMillis(HoldingServer.EVENT_TIMEOUT_SECONDS));
        assertThat(reader.isAlive()).as("the waiting hasNext() returned").isFalse();
        assertEndedAndNothingSentAfter(held);
        return outcome.get();
    }

    @Test
    void closingAPagersStreamEndsThePageInFlight() throws Exception {
        start("GET /v1/background_tracks?pagination%5Blimit%5D=2&pagination%5Boffset%5D=2");
        Stream<BackgroundTrack> tracks = client.backgroundTracks().list(pagesOfTwo()).autoPager().prefetch(1).stream();
        server.takeRequest();
        assertThat(tracks.iterator().next().id()).isEqualTo(1);
        String held = server.takeRequest();
        assertThat(held).endsWith("%5Boffset%5D=2");

        tracks.close();

        assertEndedAndNothingSentAfter(held);
    }

    @Test
    void cancellingAFlowSubscriptionEndsThePageInFlight() throws Exception {
        start("GET /v1/background_tracks?pagination%5Blimit%5D=2&pagination%5Boffset%5D=2");
        var firstPage = client.async().backgroundTracks().list(pagesOfTwo()).get(30, TimeUnit.SECONDS);
        server.takeRequest();
        AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        List<Long> received = new CopyOnWriteArrayList<>();
        CountDownLatch subscribed = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        firstPage.autoPagerAsync().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription.set(s);
                subscribed.countDown();
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(BackgroundTrack item) {
                received.add(item.id());
            }

            @Override
            public void onError(Throwable throwable) {
                ended.countDown();
            }

            @Override
            public void onComplete() {
                ended.countDown();
            }
        });
        assertThat(subscribed.await(HoldingServer.EVENT_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        String held = server.takeRequest();
        assertThat(held).endsWith("%5Boffset%5D=2");

        subscription.get().cancel();

        assertEndedAndNothingSentAfter(held);
        assertThat(received).containsExactly(1L, 2L);
        assertThat(ended.getCount()).as("no signal after cancel").isEqualTo(1);
    }

    @Test
    void cancellingAnAsyncPagersForEachEndsThePageInFlight() throws Exception {
        start("GET /v1/background_tracks?pagination%5Blimit%5D=2&pagination%5Boffset%5D=2");
        var firstPage = client.async().backgroundTracks().list(pagesOfTwo()).get(30, TimeUnit.SECONDS);
        server.takeRequest();
        List<Long> received = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = firstPage.autoPagerAsync().forEach(track -> received.add(track.id()));
        String held = server.takeRequest();
        assertThat(held).endsWith("%5Boffset%5D=2");

        assertThat(done.cancel(true)).isTrue();

        assertEndedAndNothingSentAfter(held);
        assertThat(received).containsExactly(1L, 2L);
    }

    @Test
    void closingASequentialIteratorBetweenPagesSendsNothingMore() throws Exception {
        start();
        AutoPager<BackgroundTrack> pager = client.backgroundTracks().list(pagesOfTwo()).autoPager();
        server.takeRequest();
        CloseableIterator<BackgroundTrack> items = pager.iterator();
        assertThat(items.next().id()).isEqualTo(1);

        items.close();

        assertThat(items.hasNext()).isFalse();
        assertThat(client.backgroundTracks().retrieve(999).id()).isEqualTo(999);
        assertThat(server.takeRequest()).as("the next request after the close").isEqualTo(SENTINEL);
        assertThat(server.untaken()).isEmpty();
    }

    @Test
    void interruptingASyncCallWaitingToRetryEndsItWithNoFurtherAttempt() throws Exception {
        start();
        CountDownLatch waiting = new CountDownLatch(1);
        client.close();
        client = BeyondWordsClient.builder().apiKey(KEY).baseUrl(server.baseUrl()).sleeper(d -> {
            waiting.countDown();
            new CountDownLatch(1).await(); // until interrupted
        }).build();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                client.backgroundTracks().retrieve(1);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        // A 503 is retried after a wait, during which the caller is interrupted.
        server.answerNext("GET /v1/background_tracks/1", 503);
        caller.start();
        assertThat(server.takeRequest()).isEqualTo("GET /v1/background_tracks/1");
        assertThat(waiting.await(HoldingServer.EVENT_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();

        caller.interrupt();

        caller.join(TimeUnit.SECONDS.toMillis(HoldingServer.EVENT_TIMEOUT_SECONDS));
        assertThat(caller.isAlive()).as("the interrupted call returned").isFalse();
        assertThat(failure.get()).isInstanceOf(ApiConnectionException.class);
        assertThat(client.backgroundTracks().retrieve(999).id()).isEqualTo(999);
        assertThat(server.takeRequest()).as("the next request after the interrupt").isEqualTo(SENTINEL);
        assertThat(server.untaken()).isEmpty();
    }

    @Test
    void interruptingASyncCallEndsTheExchange() throws Exception {
        start("GET /v1/background_tracks/1");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                client.backgroundTracks().retrieve(1);
            } catch (RuntimeException e) {
                failure.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        String held = server.takeRequest();

        caller.interrupt();

        caller.join(TimeUnit.SECONDS.toMillis(HoldingServer.EVENT_TIMEOUT_SECONDS));
        assertThat(caller.isAlive()).as("the interrupted call returned").isFalse();
        assertThat(failure.get()).isInstanceOf(ApiConnectionException.class)
                .isNotInstanceOf(ApiTimeoutException.class)
                .hasMessage("GET " + server.baseUrl() + "/background_tracks/1 interrupted (the calling thread was"
                        + " interrupted, so the call was cancelled)")
                .hasCauseInstanceOf(InterruptedIOException.class);
        assertThat(stillInterrupted).as("the caller's interrupt status, kept").isTrue();
        assertEndedAndNothingSentAfter(held);
    }

    @Test
    void aSyncCallOnAnInterruptedThreadSendsNothing() throws Exception {
        start();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                client.backgroundTracks().retrieve(1);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        caller.start();
        caller.join(TimeUnit.SECONDS.toMillis(HoldingServer.EVENT_TIMEOUT_SECONDS));

        assertThat(failure.get()).isInstanceOf(ApiConnectionException.class).hasMessageContaining("interrupted");
        assertThat(client.backgroundTracks().retrieve(999).id()).isEqualTo(999);
        assertThat(server.takeRequest()).as("the first request the server sees").isEqualTo(SENTINEL);
        assertThat(server.untaken()).isEmpty();
    }
}
