package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.testkit.SpecCheckedHttp.Result;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault switch, seen from a plain OkHttp client; every answered exchange validated against openapi.yaml. */
class FaultsTest {

    private static final String CREATE = "{\"name\":\"Jingle\",\"media\":{\"url\":\"https://example.com/a.mp3\"}}";

    private BeyondWordsStandIn standIn;
    private SpecCheckedHttp http;

    @BeforeEach
    void start() {
        standIn = BeyondWordsStandIn.startDefault();
        http = new SpecCheckedHttp(standIn);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void failNextAnswersTheStatusesInOrderThenServesNormally() {
        standIn.faults().failNext(503, 429, 500);
        assertThat(standIn.faults().pending()).isEqualTo(3);

        Result first = http.post("/background_tracks", CREATE);
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.body()).isEqualTo(
                "{\"type\":\"application_error\",\"message\":\"Unexpected Error.\",\"context\":{}}");
        assertThat(first.header("Retry-After")).isNull();
        assertThat(http.post("/background_tracks", CREATE).status()).isEqualTo(429);
        assertThat(http.get("/background_tracks").status()).isEqualTo(500);
        assertThat(standIn.tracks()).as("a failed request changes nothing").isEmpty();

        Result ok = http.post("/background_tracks", CREATE);
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().getAsJsonObject().get("id").getAsLong()).isEqualTo(1);
        assertThat(standIn.faults().pending()).isZero();
        assertThat(standIn.requestCount("POST", "/v1/background_tracks")).isEqualTo(3);
        assertThat(standIn.requests()).extracting(RecordedCall::status).containsExactly(503, 429, 500, 201);
    }

    @Test
    void failNextCanAnnounceRetryAfter() {
        standIn.faults().failNextWithRetryAfter(Duration.ofMillis(1500), 429).failNext(502);
        Result limited = http.get("/background_tracks");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("2");
        assertThat(limited.json().getAsJsonObject().get("type").getAsString()).isEqualTo("rate_limit_error");
        Result bad = http.get("/background_tracks");
        assertThat(bad.status()).isEqualTo(502);
        assertThat(bad.header("Retry-After")).isNull();
        assertThat(http.get("/background_tracks").status()).isEqualTo(200);
    }

    @Test
    void failNextWithClientErrorStatusesUsesTheApiShapes() {
        standIn.seed(1);
        standIn.faults().failNext(401, 404, 422, 409);
        assertThat(http.get("/background_tracks/1").json().getAsJsonObject().get("type").getAsString())
                .isEqualTo("permission_error");
        assertThat(http.get("/background_tracks/1").status()).isEqualTo(404);
        Result invalid = http.put("/background_tracks/1", "{\"volume\":5}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().getAsJsonObject().get("code").getAsInt()).isEqualTo(422);
        assertThat(http.get("/background_tracks/1").status()).isEqualTo(409);
        assertThat(standIn.track(1).orElseThrow().volume()).isEqualTo(100);
    }

    @Test
    void failNextRejectsNonFailureStatuses() {
        assertThatIllegalArgumentException().isThrownBy(() -> standIn.faults().failNext(200));
        assertThatIllegalArgumentException().isThrownBy(() -> standIn.faults().failNext(600));
        assertThatIllegalArgumentException().isThrownBy(() -> standIn.faults().failNext());
        assertThat(standIn.faults().pending()).isZero();
    }

    @Test
    void delayNextHoldsTheHeadersBackButDoesTheWork() {
        standIn.faults().delayNext(Duration.ofMillis(400));
        long start = System.nanoTime();
        Result delayed = http.post("/background_tracks", CREATE);
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(delayed.status()).isEqualTo(201);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(400);

        // The delay was for that one request: none is left for the next (checked without a wall-clock bound).
        assertThat(standIn.faults().pending()).isZero();
        assertThat(http.get("/background_tracks/1").status()).isEqualTo(200);
    }

    @Test
    void delayNextLetsAClientTimeOutAfterTheServerCreated() {
        OkHttpClient impatient = http.http.newBuilder().readTimeout(Duration.ofMillis(100)).build();
        standIn.faults().delayNext(Duration.ofMillis(800));
        assertThatThrownBy(() -> execute(impatient, post())).isInstanceOf(InterruptedIOException.class);
        assertThat(standIn.tracks()).hasSize(1);
        assertThat(standIn.requestCount("POST", "/v1/background_tracks")).isEqualTo(1);
    }

    @Test
    void disconnectNextDropsTheConnectionWithoutDoingTheWork() {
        standIn.faults().disconnectNext();
        assertThatThrownBy(() -> execute(http.http, post())).isInstanceOf(IOException.class);
        assertThat(standIn.tracks()).isEmpty();
        assertThat(standIn.requestCount("POST", "/v1/background_tracks")).as("the server saw exactly one create")
                .isEqualTo(1);
        assertThat(standIn.requests().get(0).status()).isZero();
        assertThat(standIn.requests().get(0).body()).isEqualTo(CREATE);

        assertThat(http.post("/background_tracks", CREATE).status()).isEqualTo(201);
        assertThat(standIn.tracks()).hasSize(1);
    }

    @Test
    void disconnectNextAfterProcessingCreatesButNeverAnswers() {
        standIn.faults().disconnectNextAfterProcessing();
        assertThatThrownBy(() -> execute(http.http, post())).isInstanceOf(IOException.class);
        assertThat(standIn.tracks()).extracting(StandInTrack::name).containsExactly("Jingle");
        assertThat(standIn.requests()).extracting(RecordedCall::status).containsExactly(0);
        assertThat(http.get("/background_tracks/1").status()).isEqualTo(200);
    }

    @Test
    void truncateNextCutsTheBodyInHalf() {
        standIn.seed(3);
        standIn.faults().truncateNext();
        assertThatThrownBy(() -> {
            try (Response response = http.http.newCall(http.request("/background_tracks").get().build()).execute()) {
                assertThat(response.code()).isEqualTo(200);
                response.body().string();
            }
        }).isInstanceOf(IOException.class);
        assertThat(http.get("/background_tracks").json().getAsJsonArray()).hasSize(3);
    }

    @Test
    void stallNextNeverAnswers() {
        OkHttpClient impatient = http.http.newBuilder().readTimeout(Duration.ofMillis(200)).build();
        standIn.faults().stallNext();
        assertThatThrownBy(() -> execute(impatient, post())).isInstanceOf(InterruptedIOException.class);
        assertThat(standIn.tracks()).isEmpty();
        assertThat(http.post("/background_tracks", CREATE).status()).isEqualTo(201);
    }

    @Test
    void trickleNextSendsTheBodySlowly() {
        standIn.seed(1);
        standIn.faults().trickleNext(32, Duration.ofMillis(50));
        long start = System.nanoTime();
        Result result = http.get("/background_tracks/1");
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        int chunks = (result.body().length() + 31) / 32;
        assertThat(result.status()).isEqualTo(200);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(50L * (chunks - 1));
    }

    @Test
    void mixedFaultsApplyInOrderThenNormalServiceResumes() {
        standIn.faults().failNext(503).disconnectNext().delayNext(Duration.ofMillis(50)).failNext(500);
        assertThat(http.post("/background_tracks", CREATE).status()).isEqualTo(503);
        assertThatThrownBy(() -> execute(http.http, post())).isInstanceOf(IOException.class);
        assertThat(http.post("/background_tracks", CREATE).status()).isEqualTo(201);
        assertThat(http.post("/background_tracks", CREATE).status()).isEqualTo(500);
        assertThat(http.post("/background_tracks", CREATE).status()).isEqualTo(201);
        assertThat(standIn.tracks()).extracting(StandInTrack::id).containsExactly(1L, 2L);
        assertThat(standIn.requests()).extracting(RecordedCall::status).containsExactly(503, 0, 201, 500, 201);
    }

    @Test
    void clearDropsQueuedFaults() {
        standIn.faults().failNext(500, 500).stallNext();
        standIn.faults().clear();
        assertThat(standIn.faults().pending()).isZero();
        assertThat(http.get("/background_tracks").status()).isEqualTo(200);
    }

    @Test
    void faultsTakePrecedenceOverAuthentication() {
        standIn.faults().failNext(503);
        Result result = http.send(new okhttp3.Request.Builder().url(http.url("/background_tracks")).build(),
                SpecCheckedHttp.Check.RESPONSE);
        assertThat(result.status()).isEqualTo(503);
    }

    private okhttp3.Request post() {
        return http.request("/background_tracks").post(RequestBody.create(CREATE, SpecCheckedHttp.JSON)).build();
    }

    private static void execute(OkHttpClient client, okhttp3.Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            response.body().string();
        }
    }
}
