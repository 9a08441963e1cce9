package io.beyondwords.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyInterceptorTest {

    /** Obviously fake: tests never hold a real key. */
    private static final String KEY = "test-key-not-real-0000";

    private final MockWebServer api = new MockWebServer();
    private final MockWebServer elsewhere = new MockWebServer();
    private OkHttpClient client;

    @BeforeEach
    void start() throws IOException {
        api.start(InetAddress.getLoopbackAddress(), 0);
        elsewhere.start(InetAddress.getLoopbackAddress(), 0);
        client = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .socketFactory(new NoDelaySocketFactory())
                .addNetworkInterceptor(new ApiKeyInterceptor(api.url("/v1/"), KEY))
                .build();
    }

    @AfterEach
    void stop() throws IOException {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        api.shutdown();
        elsewhere.shutdown();
    }

    @Test
    void theKeyGoesToTheConfiguredOrigin() throws Exception {
        api.enqueue(new MockResponse().setBody("ok"));

        send(new Request.Builder().url(api.url("/v1/background_tracks")).build()).close();

        assertThat(take(api).getHeader("X-Api-Key")).isEqualTo(KEY);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void aRedirectToAnotherPortNeverCarriesTheKey(int status) throws Exception {
        api.enqueue(new MockResponse().setResponseCode(status)
                .setHeader("Location", elsewhere.url("/collect").toString()));
        elsewhere.enqueue(new MockResponse().setBody("gotcha"));

        try (Response response = send(new Request.Builder().url(api.url("/v1/background_tracks"))
                .post(RequestBody.create("{\"name\":\"Jingle\"}", MediaType.get("application/json"))).build())) {
            assertThat(response.body().string()).isEqualTo("gotcha");
        }

        assertThat(take(api).getHeader("X-Api-Key")).isEqualTo(KEY);
        RecordedRequest redirected = take(elsewhere);
        assertThat(redirected.getPath()).isEqualTo("/collect");
        assertThat(redirected.getHeaders().names()).doesNotContain("X-Api-Key");
        assertThat(redirected.getHeaders().toString()).doesNotContain(KEY);
        if (status == 307 || status == 308) {
            // Method and body are re-sent on 307/308: exactly the request that must not carry the key.
            assertThat(redirected.getMethod()).isEqualTo("POST");
            assertThat(redirected.getBody().readUtf8()).isEqualTo("{\"name\":\"Jingle\"}");
        }
    }

    @Test
    void aRedirectWithinTheOriginKeepsTheKey() throws Exception {
        api.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/v1/elsewhere"));
        api.enqueue(new MockResponse().setBody("ok"));

        send(new Request.Builder().url(api.url("/v1/background_tracks")).build()).close();

        assertThat(take(api).getHeader("X-Api-Key")).isEqualTo(KEY);
        RecordedRequest second = take(api);
        assertThat(second.getPath()).isEqualTo("/v1/elsewhere");
        assertThat(second.getHeader("X-Api-Key")).isEqualTo(KEY);
    }

    @Test
    void aKeyAddedByHandIsStrippedForOtherOrigins() throws Exception {
        elsewhere.enqueue(new MockResponse().setBody("ok"));

        send(new Request.Builder().url(elsewhere.url("/x")).header("x-api-key", KEY).build()).close();

        assertThat(take(elsewhere).getHeaders().names()).doesNotContain("X-Api-Key", "x-api-key");
    }

    @Test
    void originMatchingComparesSchemeHostAndEffectivePort() {
        HttpUrl base = HttpUrl.get("https://api.beyondwords.io/v1/");
        assertThat(ApiKeyInterceptor.sameOrigin(base, HttpUrl.get("https://api.beyondwords.io/v1/x"))).isTrue();
        assertThat(ApiKeyInterceptor.sameOrigin(base, HttpUrl.get("https://API.beyondwords.io:443/other"))).isTrue();
        // Downgrade to http on the same host: a different origin, so no key in clear text.
        assertThat(ApiKeyInterceptor.sameOrigin(base, HttpUrl.get("http://api.beyondwords.io/v1/x"))).isFalse();
        assertThat(ApiKeyInterceptor.sameOrigin(base, HttpUrl.get("http://api.beyondwords.io:443/v1/x"))).isFalse();
        assertThat(ApiKeyInterceptor.sameOrigin(base, HttpUrl.get("https://api.beyondwords.io:8443/v1/"))).isFalse();
        assertThat(ApiKeyInterceptor.sameOrigin(base, HttpUrl.get("https://cdn.beyondwords.io/v1/"))).isFalse();
        assertThat(ApiKeyInterceptor.sameOrigin(base, HttpUrl.get("https://api.beyondwords.io.evil.example/")))
                .isFalse();
    }

    @Test
    void toStringNeverShowsTheKey() {
        ApiKeyInterceptor interceptor = new ApiKeyInterceptor(HttpUrl.get("https://api.beyondwords.io/v1/"), KEY);
        assertThat(interceptor.toString())
                .doesNotContain(KEY)
                .isEqualTo("ApiKeyInterceptor{origin=https://api.beyondwords.io:443, apiKey=<redacted>}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space-not-real", "tab\tnot-real", "newline\nnot-real", "ünicode-not-real"})
    void keysAHeaderCannotCarryAreRejectedWithoutEchoingThem(String badKey) {
        assertThatThrownBy(() -> new ApiKeyInterceptor(HttpUrl.get("https://api.beyondwords.io/v1/"), badKey))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain(badKey).doesNotContain("not-real");
    }

    @Test
    void emptyOrNullKeyIsRejected() {
        HttpUrl base = HttpUrl.get("https://api.beyondwords.io/v1/");
        assertThatThrownBy(() -> new ApiKeyInterceptor(base, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiKeyInterceptor(base, null)).isInstanceOf(NullPointerException.class);
    }

    private Response send(Request request) throws IOException {
        return client.newCall(request).execute();
    }

    private static RecordedRequest take(MockWebServer server) throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("request reached " + server.url("/")).isNotNull();
        return request;
    }
}
