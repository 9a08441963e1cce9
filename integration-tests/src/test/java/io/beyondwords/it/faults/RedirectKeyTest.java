package io.beyondwords.it.faults;

import io.beyondwords.it.support.MutableClock;
import static io.beyondwords.it.faults.FaultMatrixTest.FAKE_KEY;
import static io.beyondwords.it.faults.FaultMatrixTest.track;
import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.RequestOptions;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.it.faults.FaultMatrixTest.Op;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code X-Api-Key} goes only to the configured origin, across redirects that OkHttp follows by itself: two loopback
 * servers on different ports are two origins. The API server answers 302 or 307 pointing at the other server, which
 * must receive the request without the key; a redirect within the API origin keeps it.
 */
class RedirectKeyTest {

    @ParameterizedTest(name = "{0} {1} to another origin: no key there")
    @CsvSource({"GET, 302", "GET, 307", "LIST, 302", "LIST, 307", "PUT, 307", "POST, 307", "GET, 301", "GET, 303",
        "GET, 308"})
    void aRedirectToAnotherOriginIsFollowedWithoutTheKey(Op op, int status) throws Exception {
        try (ScriptedServer other = new ScriptedServer(op == Op.LIST ? listOf() : track(op == Op.POST ? 201 : 200))
                .start(0)) {
            String elsewhere = other.baseUrl() + "/elsewhere";
            try (ScriptedServer api = new ScriptedServer(redirect(status, elsewhere)).start(0);
                    BeyondWordsClient client = client(api)) {
                Object result = op.call(client.backgroundTracks(), RequestOptions.none());

                assertThat(result).isNotNull();
                RecordedRequest first = single(api.received());
                RecordedRequest second = single(other.received());
                assertThat(first.getHeader("X-Api-Key")).as("key sent to the API origin").isEqualTo(FAKE_KEY);
                assertThat(second.getRequestUrl().encodedPath()).isEqualTo("/v1/elsewhere");
                assertThat(second.getHeader("X-Api-Key")).as("key sent to the other origin").isNull();
                assertThat(second.getHeaders().toString()).doesNotContain(FAKE_KEY);
                // 307 keeps the method and the body; 302 after GET stays GET.
                assertThat(second.getMethod()).isEqualTo(op.method);
                assertThat(second.getBody().readUtf8()).isEqualTo(first.getBody().readUtf8());
                if (op == Op.POST) {
                    assertThat(api.creates() + other.creates()).as("creates for one call").isEqualTo(1);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} within the API origin: key kept")
    @CsvSource({"GET, 302", "GET, 307", "PUT, 307"})
    void aRedirectWithinTheApiOriginKeepsTheKey(Op op, int status) throws Exception {
        try (ScriptedServer api = new ScriptedServer(redirect(status, "/v1/moved/1"), track(200)).start(0);
                BeyondWordsClient client = client(api)) {
            BackgroundTrack result = (BackgroundTrack) op.call(client.backgroundTracks(), RequestOptions.none());

            assertThat(result.id()).isEqualTo(1);
            List<RecordedRequest> received = api.received();
            assertThat(received).hasSize(2);
            assertThat(received.get(1).getRequestUrl().encodedPath()).isEqualTo("/v1/moved/1");
            assertThat(received).allSatisfy(r -> assertThat(r.getHeader("X-Api-Key")).isEqualTo(FAKE_KEY));
        }
    }

    /**
     * The control: plain OkHttp with the key added by an application interceptor, as most SDKs do it, forwards the
     * key to the other origin on a 302. This is the behaviour the SDK's per-hop key interceptor exists to stop.
     */
    @ParameterizedTest(name = "control: plain OkHttp leaks a custom key on {0}")
    @CsvSource({"302", "307"})
    void controlPlainOkHttpForwardsACustomKeyHeader(int status) throws Exception {
        try (ScriptedServer other = new ScriptedServer(track(200)).start(0);
                ScriptedServer api = new ScriptedServer(redirect(status, other.baseUrl() + "/elsewhere")).start(0)) {
            OkHttpClient okHttp = new OkHttpClient.Builder()
                    .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                            .header("X-Api-Key", FAKE_KEY).build()))
                    .build();
            try (Response response = okHttp.newCall(new Request.Builder().url(api.baseUrl() + "/background_tracks/1")
                    .build()).execute()) {
                assertThat(response.code()).isEqualTo(200);
            }
            assertThat(single(other.received()).getHeader("X-Api-Key")).isEqualTo(FAKE_KEY);
            okHttp.dispatcher().executorService().shutdown();
            okHttp.connectionPool().evictAll();
        }
    }

    private static BeyondWordsClient client(ScriptedServer api) {
        MutableClock clock = new MutableClock();
        return FaultMatrixTest.client(api.baseUrl(), clock, new RecordingSleeper(clock));
    }

    private static MockResponse redirect(int status, String location) {
        return new MockResponse().setResponseCode(status).setHeader("Location", location).setBody("moved");
    }

    private static MockResponse listOf() {
        return FaultMatrixTest.json(200, "[" + FaultMatrixTest.TRACK_JSON + "]");
    }

    private static RecordedRequest single(List<RecordedRequest> requests) {
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
