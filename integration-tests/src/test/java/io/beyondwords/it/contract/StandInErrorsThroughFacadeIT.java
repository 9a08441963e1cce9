package io.beyondwords.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import io.beyondwords.backgroundtracks.BackgroundTrackService;
import io.beyondwords.backgroundtracks.BackgroundTrackUpdateParams;
import io.beyondwords.errors.ApiConnectionException;
import io.beyondwords.errors.ApiException;
import io.beyondwords.errors.ApiTimeoutException;
import io.beyondwords.errors.AuthenticationException;
import io.beyondwords.errors.BadRequestException;
import io.beyondwords.errors.BeyondWordsException;
import io.beyondwords.errors.ConflictException;
import io.beyondwords.errors.FieldError;
import io.beyondwords.errors.InternalServerException;
import io.beyondwords.errors.NotFoundException;
import io.beyondwords.errors.PermissionDeniedException;
import io.beyondwords.errors.RateLimitException;
import io.beyondwords.errors.UnexpectedStatusException;
import io.beyondwords.errors.UnprocessableEntityException;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.RecordedCall;
import io.beyondwords.testkit.StandInTrack;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The facade's error paths against the stand-in: a wrong key, an unknown id, a body the facade lets through but the
 * stand-in rejects, and every fault the testkit injects, each surfacing as the documented exception type. Traffic goes
 * through a {@code ValidatingProxy}, so the error responses (401/404/422 and the injected statuses) are held to
 * openapi.yaml too. The read-timeout, deadline and truncation cases talk to the stand-in directly (see
 * {@link #direct()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandInErrorsThroughFacadeIT {

    /** Not the stand-in's key, and not a real one. */
    private static final String WRONG_KEY = "wrong-key-not-a-real-key";

    private BeyondWordsStandIn standIn;
    private ContractFixture fixture;
    /** Where the fixture files each test's exchanges; this class checks error paths, so no coverage is asserted. */
    private ExchangeCoverage ledger;
    private BackgroundTrackService tracks;

    @BeforeAll
    void start() {
        standIn = BeyondWordsStandIn.builder().build().start();
        fixture = ContractFixture.start("errors", HttpUrl.get(standIn.baseUrl()), standIn.apiKey());
        ledger = new ExchangeCoverage(SpecOperations.load("Background tracks"), "/v1");
        tracks = fixture.client.backgroundTracks();
    }

    @BeforeEach
    void freshState() {
        standIn.reset();
    }

    @AfterEach
    void everyExchangeFollowsTheSpec() {
        fixture.finishTest(ledger);
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
        if (standIn != null) {
            standIn.close();
        }
    }

    // ---------------------------------------------------------------- 401

    @Test
    void aWrongKeyIsAnAuthenticationExceptionForEveryOperation() {
        standIn.seed(1);
        try (BeyondWordsClient wrong = fixture.clientBuilder().apiKey(WRONG_KEY).build()) {
            BackgroundTrackService service = wrong.backgroundTracks();
            List<Throwable> failures = List.of(
                    catchThrowable(service::list),
                    catchThrowable(() -> service.create(BackgroundTrackCreateParams.builder().name("X").build())),
                    catchThrowable(() -> service.retrieve(1)),
                    catchThrowable(() -> service.update(1, BackgroundTrackUpdateParams.builder().name("Y").build())));

            assertThat(failures).allSatisfy(failure -> {
                assertThat(failure).isExactlyInstanceOf(AuthenticationException.class)
                        .hasMessageNotContaining(WRONG_KEY);
                AuthenticationException e = (AuthenticationException) failure;
                assertThat(e.statusCode()).isEqualTo(401);
                assertThat(e.type()).hasValue("permission_error");
                assertThat(e.errorMessage()).hasValue("Authentication token was not recognized.");
                assertThat(e.isRetryable()).isFalse();
                assertThat(e.isOutcomeUnknown()).isFalse();
            });
        }
        assertThat(standIn.tracks()).extracting(StandInTrack::name).containsExactly("Track 1");
        assertThat(fixture.exchanges()).extracting(Exchange::status).containsOnly(401);
        assertThat(fixture.exchanges()).extracting(e -> e.operationId().orElse("?")).containsExactly(
                "background_tracks#index", "background_tracks#create", "background_tracks#show",
                "background_tracks#update");
        assertThat(standIn.requests()).allSatisfy(call -> assertThat(call.header("X-Api-Key")).isEqualTo(WRONG_KEY));
    }

    @Test
    void aWrongKeyFailsTheAsyncFutureWithTheSameType() throws Exception {
        try (BeyondWordsClient wrong = fixture.clientBuilder().apiKey(WRONG_KEY).build()) {
            Throwable seen = failureOf(wrong.async().backgroundTracks().retrieve(1));

            assertThat(seen).as("not wrapped in a CompletionException").isExactlyInstanceOf(AuthenticationException.class);
        }
    }

    // ---------------------------------------------------------------- 404

    @Test
    void anUnknownIdIsNotFoundForRetrieveAndUpdate() {
        standIn.seed(1);

        assertThatThrownBy(() -> tracks.retrieve(404))
                .isExactlyInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((NotFoundException) e).statusCode()).isEqualTo(404))
                .satisfies(e -> assertThat(((NotFoundException) e).errorMessage())
                        .hasValue("Background track not found."));
        assertThatThrownBy(() -> tracks.update(404, BackgroundTrackUpdateParams.builder().volume(1).build()))
                .isExactlyInstanceOf(NotFoundException.class);

        assertThat(standIn.tracks()).extracting(StandInTrack::volume).containsExactly(100);
        assertThat(fixture.exchanges()).extracting(e -> e.operationId().orElse("?"), Exchange::status)
                .containsExactly(tuple("background_tracks#show", 404),
                        tuple("background_tracks#update", 404));
    }

    @Test
    void anUnknownIdIsNotFoundAsync() throws Exception {
        Throwable seen = failureOf(fixture.client.async().backgroundTracks().retrieve(7));

        assertThat(seen).isExactlyInstanceOf(NotFoundException.class);
    }

    // ---------------------------------------------------------------- 422

    /**
     * The facade's builders reject only what is certainly invalid; a project id of 0 is the server's call. The stand-in
     * answers 422 with {@code errors[]}, and the facade hands the field errors over.
     */
    @Test
    void aBodyTheFacadeLetsThroughButTheServerRejectsIsUnprocessable() {
        Throwable failure = catchThrowable(() -> tracks.create(BackgroundTrackCreateParams.builder()
                .name("Bed").projectId(0).build()));

        assertThat(failure).isExactlyInstanceOf(UnprocessableEntityException.class);
        UnprocessableEntityException e = (UnprocessableEntityException) failure;
        assertThat(e.statusCode()).isEqualTo(422);
        assertThat(e.code()).hasValue(422);
        assertThat(e.errorMessage()).hasValue("Invalid request body");
        assertThat(e.fieldErrors()).containsExactly(new FieldError("project.id", "must be greater than 0"));
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.isOutcomeUnknown()).as("a 422 says nothing was created").isFalse();
        assertThat(standIn.tracks()).isEmpty();
        assertThat(lastCall().body()).isEqualTo("{\"name\":\"Bed\",\"project\":{\"id\":0}}");
        assertThat(fixture.onlyExchange().status()).isEqualTo(422);
    }

    @Test
    void anUpdateTheServerRejectsChangesNothing() {
        StandInTrack before = standIn.seed(1).get(0);

        assertThatThrownBy(() -> tracks.update(1, BackgroundTrackUpdateParams.builder()
                .name("Renamed").projectId(-3).build()))
                .isExactlyInstanceOf(UnprocessableEntityException.class)
                .satisfies(e -> assertThat(((ApiException) e).fieldErrors())
                        .containsExactly(new FieldError("project.id", "must be greater than 0")));

        assertThat(standIn.track(1)).contains(before);
    }

    @Test
    void aRejectedCreateFailsTheAsyncFutureWithTheSameType() throws Exception {
        Throwable seen = failureOf(fixture.client.async().backgroundTracks()
                .create(BackgroundTrackCreateParams.builder().name("Bed").projectId(0).build()));

        assertThat(seen).isExactlyInstanceOf(UnprocessableEntityException.class);
        assertThat(((ApiException) seen).fieldErrors()).extracting(FieldError::location).containsExactly("project.id");
    }

    /** What the builders reject never reaches the wire (so the 422s above need a value the facade cannot judge). */
    @Test
    void whatTheFacadeRejectsItselfIsNeverSent() {
        assertThatThrownBy(() -> BackgroundTrackCreateParams.builder().name("Bed").volume(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackgroundTrackUpdateParams.builder().name(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackgroundTrackCreateParams.builder().name("Bed").mediaUrl("ftp://example.com/a"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackgroundTrackListParams.builder().limit(0))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(standIn.requests()).isEmpty();
        assertThat(fixture.exchanges()).isEmpty();
    }

    // ---------------------------------------------------------------- injected faults

    static Stream<Arguments> injectedStatuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class, false),
                Arguments.of(401, AuthenticationException.class, false),
                Arguments.of(403, PermissionDeniedException.class, false),
                Arguments.of(404, NotFoundException.class, false),
                Arguments.of(405, UnexpectedStatusException.class, false),
                Arguments.of(408, UnexpectedStatusException.class, true),
                Arguments.of(409, ConflictException.class, false),
                Arguments.of(422, UnprocessableEntityException.class, false),
                Arguments.of(429, RateLimitException.class, true),
                Arguments.of(500, InternalServerException.class, true),
                Arguments.of(502, InternalServerException.class, true),
                Arguments.of(503, InternalServerException.class, true),
                Arguments.of(504, InternalServerException.class, true));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("injectedStatuses")
    void anInjectedStatusSurfacesAsItsExceptionType(int status, Class<? extends ApiException> type,
                                                    boolean retryable) {
        standIn.seed(1);
        standIn.faults().failNext(status);

        Throwable failure = catchThrowable(() -> tracks.retrieve(1));

        assertThat(failure).isExactlyInstanceOf(type);
        assertThat(((ApiException) failure).statusCode()).isEqualTo(status);
        assertThat(((ApiException) failure).isRetryable()).isEqualTo(retryable);
        assertThat(tracks.retrieve(1).name()).as("normal service after the fault").isEqualTo("Track 1");
        assertThat(standIn.requests()).extracting(RecordedCall::status).containsExactly(status, 200);
    }

    @Test
    void anInjectedStatusFailsTheAsyncFutureWithTheSameType() throws Exception {
        standIn.faults().failNext(503);

        Throwable seen = failureOf(fixture.client.async().backgroundTracks().list());

        assertThat(seen).isExactlyInstanceOf(InternalServerException.class);
    }

    @Test
    void retryAfterIsReadFromAnInjected429() {
        standIn.faults().failNextWithRetryAfter(Duration.ofSeconds(7), 429);

        Throwable failure = catchThrowable(() -> tracks.list());

        assertThat(failure).isExactlyInstanceOf(RateLimitException.class);
        assertThat(((RateLimitException) failure).retryAfter()).hasValue(Duration.ofSeconds(7));
    }

    @Test
    void retriesThroughInjected503sWithoutSleeping() {
        standIn.seed(1);
        standIn.faults().failNext(503, 503);
        List<Duration> waits = new CopyOnWriteArrayList<>();

        try (BeyondWordsClient retrying = fixture.clientBuilder().maxRetries(2).sleeper(waits::add).build()) {
            BackgroundTrack track = retrying.backgroundTracks().retrieve(1);

            assertThat(track.name()).isEqualTo("Track 1");
        }
        assertThat(waits).hasSize(2);
        assertThat(standIn.requests()).extracting(RecordedCall::status).containsExactly(503, 503, 200);
        assertThat(fixture.exchanges()).extracting(Exchange::status).containsExactly(503, 503, 200);
    }

    @Test
    void aDisconnectIsAConnectionFailureThatMayBeRetried() {
        standIn.seed(1);
        standIn.faults().disconnectNext();

        Throwable failure = catchThrowable(() -> tracks.retrieve(1));

        assertThat(failure).isExactlyInstanceOf(ApiConnectionException.class);
        BeyondWordsException e = (BeyondWordsException) failure;
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.isOutcomeUnknown()).isFalse();
        assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
        assertThat(tracks.retrieve(1).id()).isEqualTo(1);
    }

    @Test
    void aCreateWhoseResponseIsLostIsOutcomeUnknownAndNeverRetried() {
        standIn.faults().disconnectNextAfterProcessing();
        List<Duration> waits = new CopyOnWriteArrayList<>();

        try (BeyondWordsClient retrying = fixture.clientBuilder().maxRetries(3).sleeper(waits::add).build()) {
            Throwable failure = catchThrowable(() -> retrying.backgroundTracks()
                    .create(BackgroundTrackCreateParams.builder().name("Maybe").build()));

            assertThat(failure).isInstanceOf(ApiConnectionException.class);
            BeyondWordsException e = (BeyondWordsException) failure;
            assertThat(e.isOutcomeUnknown()).isTrue();
            assertThat(e.isRetryable()).isFalse();
        }
        assertThat(waits).as("no retry").isEmpty();
        assertThat(standIn.requestCount("POST", "/v1/background_tracks")).isEqualTo(1);
        assertThat(standIn.tracks()).extracting(StandInTrack::name).as("the server did create it")
                .containsExactly("Maybe");
    }

    // ---------------------------------------------------------------- faults that need the stand-in directly

    /**
     * A client talking to the stand-in without the proxy. Used where the proxy would change the fault: it waits out a
     * delay or a stall on its own upstream connection (and would record that exchange into a later test), and it
     * turns a truncated body into a disconnect.
     */
    private BeyondWordsClient.Builder direct() {
        return BeyondWordsClient.builder().apiKey(standIn.apiKey()).baseUrl(standIn.baseUrl()).maxRetries(0);
    }

    @Test
    void aSlowResponseIsATimeout() {
        standIn.seed(1);
        standIn.faults().delayNext(Duration.ofSeconds(2));

        try (BeyondWordsClient impatient = direct().readTimeout(Duration.ofMillis(200)).build()) {
            Throwable failure = catchThrowable(() -> impatient.backgroundTracks().retrieve(1));

            assertThat(failure).isExactlyInstanceOf(ApiTimeoutException.class);
            assertThat(((BeyondWordsException) failure).isRetryable()).isTrue();
        }
    }

    @Test
    void aStalledResponseEndsAtTheDeadline() {
        standIn.faults().stallNext();

        try (BeyondWordsClient bounded = direct().deadline(Duration.ofMillis(300)).build()) {
            Throwable failure = catchThrowable(() -> bounded.backgroundTracks().list());

            assertThat(failure).isExactlyInstanceOf(ApiTimeoutException.class);
        }
    }

    @Test
    void aTruncatedBodyIsAConnectionFailure() {
        standIn.seed(3);
        standIn.faults().truncateNext();

        try (BeyondWordsClient client = direct().build()) {
            Throwable failure = catchThrowable(() -> client.backgroundTracks().list());

            assertThat(failure).isInstanceOf(BeyondWordsException.class)
                    .isInstanceOf(ApiConnectionException.class)
                    .isNotInstanceOf(ApiTimeoutException.class);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The exception a future completed with, as the SDK's own stages pass it on (never wrapped). */
    private static Throwable failureOf(CompletableFuture<?> future) throws Exception {
        return future.handle((value, failure) -> failure).get(ContractFixture.ASYNC_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private RecordedCall lastCall() {
        List<RecordedCall> calls = standIn.requests();
        return calls.get(calls.size() - 1);
    }
}
