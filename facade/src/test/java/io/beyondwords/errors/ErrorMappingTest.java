package io.beyondwords.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.RetryPolicy;
import io.beyondwords.TestServer;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {
    private final TestServer api = new TestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    /** No retries, so each status is one request and one exception. */
    private BeyondWordsClient client() {
        return api.builder().retryPolicy(RetryPolicy.none()).build();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "400, BadRequestException",
        "401, AuthenticationException",
        "403, PermissionDeniedException",
        "404, NotFoundException",
        "405, UnexpectedStatusException",
        "408, UnexpectedStatusException",
        "409, ConflictException",
        "418, UnexpectedStatusException",
        "422, UnprocessableEntityException",
        "429, RateLimitException",
        "500, InternalServerException",
        "502, InternalServerException",
        "503, InternalServerException",
        "504, InternalServerException",
        "599, InternalServerException",
    })
    void eachStatusMapsToItsExceptionSyncAndAsync(int status, String exceptionName) throws Exception {
        String body = "{\"code\":" + status + ",\"type\":\"some_error\",\"message\":\"It went wrong\","
                + "\"errors\":[{\"location\":\"name\",\"message\":\"is blank\"}]}";
        try (BeyondWordsClient client = client()) {
            api.enqueue(new MockResponse().setResponseCode(status).setBody(body).setHeader("X-Request-Id", "r-1"));
            api.enqueue(new MockResponse().setResponseCode(status).setBody(body).setHeader("X-Request-Id", "r-1"));

            Throwable sync = catchThrowable(() -> client.backgroundTracks().retrieve(1));
            Throwable async = asyncFailure(client.async().backgroundTracks().retrieve(1));

            for (Throwable t : new Throwable[] {sync, async}) {
                assertThat(t.getClass().getSimpleName()).isEqualTo(exceptionName);
                ApiException e = (ApiException) t;
                assertThat(e.statusCode()).isEqualTo(status);
                assertThat(e.errorMessage()).contains("It went wrong");
                assertThat(e.type()).contains("some_error");
                assertThat(e.code()).hasValue(status);
                assertThat(e.fieldErrors()).containsExactly(new FieldError("name", "is blank"));
                assertThat(e.requestId()).contains("r-1");
                assertThat(e.body()).isEqualTo(body);
                assertThat(e.getMessage()).startsWith("HTTP " + status + ": It went wrong")
                        .contains("name is blank").contains("r-1").doesNotContain("\n")
                        .doesNotContain(TestServer.FAKE_KEY);
                assertThat(e.isOutcomeUnknown()).isFalse();
                assertThat(e.isRetryable()).isEqualTo(status == 408 || status == 429 || status == 500
                        || status == 502 || status == 503 || status == 504);
            }
        }
    }

    private static Throwable asyncFailure(CompletableFuture<?> future) throws InterruptedException {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        // Wait on the dependent stage, not on the future: get() may return before a whenComplete action has run.
        CompletableFuture<?> observed = future.whenComplete((v, t) -> seen.set(t));
        try {
            observed.get(10, TimeUnit.SECONDS);
            throw new AssertionError("the future completed normally");
        } catch (ExecutionException e) {
            // whenComplete sees the SDK's exception itself, not a CompletionException around it
            assertThat(seen.get()).isSameAs(e.getCause());
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the future never completed", e);
        }
    }

    @Test
    void theTwoKnownErrorShapesAndNonJsonBodiesAllGiveTypedErrors() {
        try (BeyondWordsClient client = client()) {
            api.enqueueJson(401, "{\"type\":\"permission_error\",\"message\":\"Authentication token was not recognized.\","
                    + "\"context\":{}}");
            api.enqueueJson(422, "{\"code\":422,\"message\":{\"detail\":\"nested\"},\"errors\":[]}");
            api.enqueue(new MockResponse().setResponseCode(502).setBody("<html><h1>502 Bad Gateway</h1>\n</html>"));
            api.enqueue(new MockResponse().setResponseCode(500).setBody("{\"message\": \"trunc"));

            AuthenticationException auth = (AuthenticationException) catchThrowable(() -> client.backgroundTracks()
                    .retrieve(1));
            assertThat(auth.getMessage()).isEqualTo(
                    "HTTP 401: Authentication token was not recognized. [type permission_error]");
            UnprocessableEntityException invalid = (UnprocessableEntityException) catchThrowable(
                    () -> client.backgroundTracks().retrieve(1));
            assertThat(invalid.errorMessage()).contains("{\"detail\":\"nested\"}");
            InternalServerException html = (InternalServerException) catchThrowable(() -> client.backgroundTracks()
                    .retrieve(1));
            assertThat(html.errorMessage()).isEmpty();
            assertThat(html.body()).contains("502 Bad Gateway");
            assertThat(html.getMessage()).isEqualTo("HTTP 502");
            InternalServerException truncated = (InternalServerException) catchThrowable(
                    () -> client.backgroundTracks().retrieve(1));
            assertThat(truncated.body()).isEqualTo("{\"message\": \"trunc");
        }
    }

    @Test
    void aHugeErrorBodyIsKeptOnlyUpTo64KiB() {
        try (BeyondWordsClient client = client()) {
            api.enqueue(new MockResponse().setResponseCode(500).setBody("x".repeat(10 * 1024 * 1024)));

            InternalServerException e = (InternalServerException) catchThrowable(() -> client.backgroundTracks()
                    .retrieve(1));

            assertThat(e.body()).hasSize(ApiException.MAX_BODY_BYTES);
            assertThat(e.getMessage().length()).isLessThan(200);
        }
    }

    @Test
    void aKeyEchoedByTheServerIsMaskedInBodyAndMessage() {
        try (BeyondWordsClient client = client()) {
            api.enqueueJson(401, "{\"message\":\"key " + TestServer.FAKE_KEY + " is unknown\"}");

            AuthenticationException e = (AuthenticationException) catchThrowable(() -> client.backgroundTracks()
                    .retrieve(1));

            assertThat(e.getMessage()).doesNotContain(TestServer.FAKE_KEY).contains("[redacted]");
            assertThat(e.body()).doesNotContain(TestServer.FAKE_KEY);
            assertThat(e.toString()).doesNotContain(TestServer.FAKE_KEY);
        }
    }

    @Test
    void rateLimitCarriesRetryAfter() {
        try (BeyondWordsClient client = client()) {
            api.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7"));

            RateLimitException e = (RateLimitException) catchThrowable(() -> client.backgroundTracks().retrieve(1));

            assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
            assertThat(e.isRetryable()).isTrue();
        }
    }

    @Test
    void rateLimitAboveTheCapFailsAtOnceWithTheHint() {
        api.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3600"));

        RateLimitException e = (RateLimitException) catchThrowable(() -> api.client().backgroundTracks().retrieve(1));

        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        assertThat(api.requestCount()).isEqualTo(1);
        assertThat(api.sleeps).isEmpty();
    }

    @Test
    void aPostAnswered500HasAnUnknownOutcomeAndIsNotRetried() {
        api.enqueueJson(500, "{\"message\":\"boom\"}");
        api.enqueueJson(201, TestServer.track(1, "dup"));

        Throwable sync = catchThrowable(() -> api.client().backgroundTracks()
                .create(BackgroundTrackCreateParams.builder().name("x").build()));

        assertThat(sync).isInstanceOfSatisfying(InternalServerException.class, e -> {
            assertThat(e.isOutcomeUnknown()).isTrue();
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage()).contains("outcome unknown");
        });
        assertThat(api.requestCount()).isEqualTo(1);
    }

    @Test
    void aGetIsRetriedOn503ThenSucceeds() {
        api.enqueueJson(503, "{}");
        api.enqueueJson(503, "{}");
        api.enqueueJson(200, TestServer.track(1, "ok"));

        assertThat(api.client().backgroundTracks().retrieve(1).name()).isEqualTo("ok");
        assertThat(api.requestCount()).isEqualTo(3);
        assertThat(api.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void connectionFailuresAreApiConnectionExceptionsSyncAndAsync() throws Exception {
        String deadUrl = api.baseUrl();
        api.close();
        try (BeyondWordsClient client = BeyondWordsClient.builder().apiKey(TestServer.FAKE_KEY).baseUrl(deadUrl)
                .retryPolicy(RetryPolicy.none()).build()) {
            Throwable sync = catchThrowable(() -> client.backgroundTracks().retrieve(1));
            Throwable async = asyncFailure(client.async().backgroundTracks().retrieve(1));

            for (Throwable t : new Throwable[] {sync, async}) {
                assertThat(t).isExactlyInstanceOf(ApiConnectionException.class)
                        .hasMessageStartingWith("GET " + deadUrl + "/background_tracks/1 failed")
                        .hasMessageNotContaining(TestServer.FAKE_KEY);
                assertThat(((ApiConnectionException) t).isOutcomeUnknown()).isFalse();
                assertThat(((ApiConnectionException) t).isRetryable()).isTrue();
            }
        }
    }

    @Test
    void aReadTimeoutIsAnApiTimeoutException() throws Exception {
        try (BeyondWordsClient client = api.builder().retryPolicy(RetryPolicy.none())
                .readTimeout(Duration.ofMillis(200)).build()) {
            api.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
            api.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

            Throwable sync = catchThrowable(() -> client.backgroundTracks().retrieve(1));
            Throwable async = asyncFailure(client.async().backgroundTracks().retrieve(1));

            for (Throwable t : new Throwable[] {sync, async}) {
                assertThat(t).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("timed out");
            }
        }
    }

    @Test
    void aPostThatTimedOutAfterSendingHasAnUnknownOutcome() {
        try (BeyondWordsClient client = api.builder().readTimeout(Duration.ofMillis(200)).build()) {
            api.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

            Throwable t = catchThrowable(() -> client.backgroundTracks()
                    .create(BackgroundTrackCreateParams.builder().name("x").build()));

            assertThat(t).isInstanceOfSatisfying(ApiTimeoutException.class, e -> {
                assertThat(e.isOutcomeUnknown()).isTrue();
                assertThat(e.isRetryable()).isFalse();
            });
            assertThat(api.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void forStatusRejectsSuccessAndDetailsValidateTheStatus() {
        assertThatThrownBy(() -> ApiException.forStatus(ApiException.Details.builder(200).build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ApiException.forStatus(ApiException.Details.builder(404).build()))
                .isInstanceOf(NotFoundException.class).hasMessage("HTTP 404");
    }
}
