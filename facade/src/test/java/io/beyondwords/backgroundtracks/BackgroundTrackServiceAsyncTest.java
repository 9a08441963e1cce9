package io.beyondwords.backgroundtracks;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.RawResponse;
import io.beyondwords.TestServer;
import io.beyondwords.errors.InvalidResponseException;
import io.beyondwords.errors.NotFoundException;
import io.beyondwords.paging.Page;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundTrackServiceAsyncTest {
    private final TestServer api = new TestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    private BackgroundTrackServiceAsync tracks() {
        return api.client().async().backgroundTracks();
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    @Test
    void everyOperationRunsAsynchronously() throws Exception {
        api.enqueueJson(200, TestServer.tracks(1, 2));
        api.enqueueJson(201, TestServer.track(3, "new"));
        api.enqueueJson(200, TestServer.track(3, "new"));
        api.enqueueJson(200, TestServer.track(3, "renamed"));

        Page<BackgroundTrack> page = await(tracks().list());
        BackgroundTrack created = await(tracks().create(BackgroundTrackCreateParams.builder().name("new").build()));
        BackgroundTrack retrieved = await(tracks().retrieve(3));
        BackgroundTrack updated = await(tracks().update(3, BackgroundTrackUpdateParams.builder().name("renamed")
                .build()));

        assertThat(page.items()).hasSize(2);
        assertThat(created.id()).isEqualTo(3);
        assertThat(retrieved).isEqualTo(created);
        assertThat(updated.name()).isEqualTo("renamed");
        String[] expected = {"GET /v1/background_tracks", "POST /v1/background_tracks",
            "GET /v1/background_tracks/3", "PUT /v1/background_tracks/3"};
        for (String line : expected) {
            RecordedRequest r = api.take();
            assertThat(r.getMethod() + " " + r.getPath()).isEqualTo(line);
            assertThat(r.getHeader("X-Api-Key")).isEqualTo(TestServer.FAKE_KEY);
        }
    }

    @Test
    void rawResponsesAsynchronously() throws Exception {
        api.enqueue(new MockResponse().setBody(TestServer.track(1, "a")).setHeader("X-Request-Id", "r-2"));

        RawResponse<BackgroundTrack> raw = await(tracks().withRawResponse().retrieve(1));

        assertThat(raw.requestId()).contains("r-2");
        assertThat(raw.body().name()).isEqualTo("a");
    }

    @Test
    void failuresCompleteExceptionallyWithTheSdkException() throws Exception {
        api.enqueueJson(404, "{\"message\":\"no such track\"}");
        api.enqueueJson(200, "{\"id\":1,\"name\":");

        CompletableFuture<BackgroundTrack> missing = tracks().retrieve(404);
        assertThat(missing).failsWithin(java.time.Duration.ofSeconds(10))
                .withThrowableOfType(ExecutionException.class).havingCause().isInstanceOf(NotFoundException.class)
                .withMessageContaining("no such track");
        // Started only now: two calls in flight at once reach the server's response queue in either order.
        CompletableFuture<BackgroundTrack> bad = tracks().retrieve(1);
        assertThat(bad).failsWithin(java.time.Duration.ofSeconds(10))
                .withThrowableOfType(ExecutionException.class).havingCause()
                .isInstanceOf(InvalidResponseException.class).withMessageContaining("HTTP 200");
        Throwable[] seen = new Throwable[1];
        missing.exceptionally(t -> {
            seen[0] = t;
            return null;
        }).join();
        assertThat(seen[0]).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCallerThreadIsNotTheOneThatRunsTheCall() throws Exception {
        // The server answers only once the stage below is attached, so the call cannot have completed by then (an
        // already completed future would run the stage on the caller's thread).
        CountDownLatch attached = new CountDownLatch(1);
        api.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                attached.await(30, TimeUnit.SECONDS);
                return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                        .setBody(TestServer.track(1, "a"));
            }
        });
        Thread caller = Thread.currentThread();
        Thread[] runner = new Thread[1];

        CompletableFuture<BackgroundTrack> call = tracks().retrieve(1);
        CompletableFuture<BackgroundTrack> stage = call.whenComplete((v, t) -> runner[0] = Thread.currentThread());
        assertThat(call).as("answered only after the stage was attached").isNotDone();
        attached.countDown();
        await(stage);

        assertThat(runner[0]).isNotSameAs(caller);
    }
}
