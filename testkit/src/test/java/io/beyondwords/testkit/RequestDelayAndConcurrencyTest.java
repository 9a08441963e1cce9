package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code requestDelay} and {@code maxConcurrentRequests}: requests held in their delay by a pause the test releases
 * (nothing sleeps), so exactly the limit is in flight when one more arrives.
 */
class RequestDelayAndConcurrencyTest {

    private static final int LIMIT = 16;
    private static final String CREATE = "{\"name\":\"Jingle\",\"media\":{\"url\":\"https://example.com/a.mp3\"}}";

    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private final Semaphore inDelay = new Semaphore(0);
    private final CountDownLatch release = new CountDownLatch(1);
    private final OkHttpClient http = new OkHttpClient();
    private final ExecutorService callers = Executors.newFixedThreadPool(LIMIT);
    private BeyondWordsStandIn standIn;

    @AfterEach
    void stop() {
        release.countDown();
        callers.shutdownNow();
        if (standIn != null) {
            standIn.close();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Test
    void answers429WithRetryAfterBeyondTheLimitAndServesAgainOnceAPlaceIsFree() throws Exception {
        standIn = BeyondWordsStandIn.builder()
                .requestDelay(Duration.ofMillis(50))
                .maxConcurrentRequests(LIMIT, Duration.ofMillis(1500))
                .pause(duration -> {
                    pauses.add(duration);
                    inDelay.release();
                    release.await();
                })
                .build().start();

        List<Future<Integer>> held = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            held.add(callers.submit(() -> status(post())));
        }
        assertThat(inDelay.tryAcquire(LIMIT, 30, TimeUnit.SECONDS)).as("all %d requests in their delay", LIMIT)
                .isTrue();

        try (Response refused = post()) {
            assertThat(refused.code()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isEqualTo("2");
            assertThat(JsonParser.parseString(refused.body().string()).getAsJsonObject().get("type").getAsString())
                    .isEqualTo("rate_limit_error");
        }
        assertThat(pauses).as("the refused request was not delayed").hasSize(LIMIT);

        release.countDown();
        for (Future<Integer> call : held) {
            assertThat(call.get(30, TimeUnit.SECONDS)).isEqualTo(201);
        }
        assertThat(status(post())).as("a place is free again").isEqualTo(201);

        assertThat(pauses).hasSize(LIMIT + 1).containsOnly(Duration.ofMillis(50));
        assertThat(standIn.tracks()).as("the refusal created nothing").hasSize(LIMIT + 1);
        assertThat(standIn.requests()).extracting(RecordedCall::status)
                .containsOnlyOnce(429).filteredOn(s -> s == 201).hasSize(LIMIT + 1);
    }

    @Test
    void withoutALimitEveryRequestIsDelayedAndNoneRefused() throws Exception {
        standIn = BeyondWordsStandIn.builder()
                .requestDelay(Duration.ofMillis(50))
                .pause(duration -> {
                    pauses.add(duration);
                    inDelay.release();
                    release.await();
                })
                .build().start();
        int calls = LIMIT + 4;
        List<Future<Integer>> held = new ArrayList<>();
        ExecutorService more = Executors.newFixedThreadPool(calls);
        try {
            for (int i = 0; i < calls; i++) {
                held.add(more.submit(() -> status(post())));
            }
            assertThat(inDelay.tryAcquire(calls, 30, TimeUnit.SECONDS)).isTrue();
            release.countDown();
            for (Future<Integer> call : held) {
                assertThat(call.get(30, TimeUnit.SECONDS)).isEqualTo(201);
            }
        } finally {
            more.shutdownNow();
        }
        assertThat(pauses).hasSize(calls);
    }

    @Test
    void withNeitherSettingNothingIsDelayed() throws IOException {
        standIn = BeyondWordsStandIn.builder()
                .pause(duration -> pauses.add(duration))
                .build().start();
        assertThat(status(post())).isEqualTo(201);
        assertThat(pauses).isEmpty();
    }

    @Test
    void refusesSettingsOutOfRange() {
        BeyondWordsStandIn.Builder builder = BeyondWordsStandIn.builder();
        assertThatIllegalArgumentException().isThrownBy(() -> builder.maxConcurrentRequests(0, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.maxConcurrentRequests(1, Duration.ofSeconds(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.requestDelay(Duration.ofMillis(-1)));
    }

    private Response post() throws IOException {
        Request request = new Request.Builder()
                .url(standIn.baseUrl() + "/background_tracks")
                .header("X-Api-Key", standIn.apiKey())
                .post(RequestBody.create(CREATE, MediaType.get("application/json")))
                .build();
        return http.newCall(request).execute();
    }

    private static int status(Response response) {
        try (response) {
            return response.code();
        }
    }
}
