package io.beyondwords.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;

import io.beyondwords.testkit.BeyondWordsStandIn;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The forwarding proxy: transparent in both directions, and validating what passes through, in front of Prism (no
 * base path), the stand-in and a plain upstream ({@code /v1}).
 */
@ExtendWith(PrismMockExtension.class)
class ValidatingProxyTest {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private final OkHttpClient client = new OkHttpClient();

    @AfterEach
    void tearDown() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    @Test
    void forwardsToPrismAndValidatesBothWays(PrismMock prism) throws IOException {
        try (ValidatingProxy proxy = ValidatingProxy.start(prism.baseUrl())) {
            assertThat(proxy.baseUrl().encodedPath()).isEqualTo("/");

            int good;
            try (Response response = client.newCall(post(proxy.baseUrl().resolve("background_tracks"),
                    "{\"name\":\"Bed\",\"volume\":50}")).execute()) {
                good = response.code();
                assertThat(response.body().string()).contains("\"id\":1");
            }
            assertThat(good).isEqualTo(201);
            proxy.validator().assertNoErrors();

            int bad;
            try (Response response = client.newCall(post(proxy.baseUrl().resolve("background_tracks"),
                    "{\"name\":\"Bed\",\"volume\":\"50\"}")).execute()) {
                bad = response.code();
                assertThat(response.header(SpecValidatingInterceptor.PRISM_VIOLATIONS_HEADER)).contains("volume");
            }
            assertThat(bad).isEqualTo(422);
            assertThat(proxy.validator().errors()).singleElement().asString().contains("[request]").contains("volume");
        }
    }

    @Test
    void isTransparentUnderV1() throws Exception {
        try (MockWebServer upstream = new MockWebServer()) {
            upstream.start(InetAddress.getLoopbackAddress(), 0);
            upstream.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                    .setHeader("X-Pagination-Limit", "10").setBody("[]"));
            try (ValidatingProxy proxy = ValidatingProxy.start(upstream.url("/v1"))) {
                assertThat(proxy.baseUrlString()).endsWith("/v1");
                HttpUrl url = proxy.baseUrl().newBuilder().addPathSegment("background_tracks")
                        .addQueryParameter("pagination[limit]", "10").addQueryParameter("filter[name]", "a b").build();

                try (Response response = client.newCall(new Request.Builder().url(url)
                        .header("X-Api-Key", "test-key").header("User-Agent", "ua/1").build()).execute()) {
                    assertThat(response.code()).isEqualTo(200);
                    assertThat(response.header("X-Pagination-Limit")).isEqualTo("10");
                    assertThat(response.body().string()).isEqualTo("[]");
                }
                RecordedRequest seen = upstream.takeRequest();
                assertThat(seen.getPath()).isEqualTo("/v1/background_tracks?pagination%5Blimit%5D=10&filter%5Bname%5D=a%20b");
                assertThat(seen.getHeader("X-Api-Key")).isEqualTo("test-key");
                assertThat(seen.getHeader("User-Agent")).isEqualTo("ua/1");
                proxy.validator().assertNoErrors();
            }
        }
    }

    @Test
    void passesAnUpstreamDisconnectOnAsAConnectionFailure() throws Exception {
        try (MockWebServer upstream = new MockWebServer()) {
            upstream.start(InetAddress.getLoopbackAddress(), 0);
            upstream.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
            try (ValidatingProxy proxy = ValidatingProxy.start(upstream.url("/v1"))) {
                OkHttpClient noRetry = client.newBuilder().retryOnConnectionFailure(false).build();
                assertThatThrownBy(() -> noRetry.newCall(new Request.Builder()
                        .url(proxy.baseUrl() + "/background_tracks/1").header("X-Api-Key", "k").build()).execute())
                        .isInstanceOf(IOException.class);
                assertThat(proxy.validator().exchanges()).singleElement()
                        .satisfies(e -> assertThat(e.status()).isEqualTo(-1));
            }
        }
    }

    @Test
    void theStandInsRoundTripFollowsTheSpec() throws IOException {
        try (BeyondWordsStandIn standIn = BeyondWordsStandIn.startDefault();
             ValidatingProxy proxy = ValidatingProxy.start(HttpUrl.get(standIn.baseUrl()))) {
            HttpUrl tracks = proxy.baseUrl().newBuilder().addPathSegment("background_tracks").build();
            long id;
            try (Response created = client.newCall(new Request.Builder().url(tracks).header("X-Api-Key", standIn.apiKey())
                    .post(RequestBody.create("{\"name\":\"Bed\",\"volume\":40,\"media\":{\"url\":\"https://example.com/a.mp3\"}}",
                            JSON)).build()).execute()) {
                assertThat(created.code()).isEqualTo(201);
                id = com.google.gson.JsonParser.parseString(created.body().string()).getAsJsonObject().get("id").getAsLong();
            }
            HttpUrl one = tracks.newBuilder().addPathSegment(Long.toString(id)).build();
            call(new Request.Builder().url(one).header("X-Api-Key", standIn.apiKey()).build(), 200);
            call(new Request.Builder().url(one).header("X-Api-Key", standIn.apiKey())
                    .put(RequestBody.create("{\"volume\":60}", JSON)).build(), 200);
            call(new Request.Builder().url(tracks.newBuilder().addQueryParameter("pagination[limit]", "5")
                    .addQueryParameter("filter[name]", "Bed").build()).header("X-Api-Key", standIn.apiKey()).build(), 200);
            call(new Request.Builder().url(tracks.newBuilder().addPathSegment("999999").build())
                    .header("X-Api-Key", standIn.apiKey()).build(), 404);
            call(new Request.Builder().url(tracks).header("X-Api-Key", "wrong-key").build(), 401);

            proxy.validator().assertNoErrors();
            assertThat(proxy.validator().operationIdsExchanged())
                    .containsExactlyInAnyOrderElementsOf(SpecValidatingInterceptor.specOperationIds().stream()
                        .filter(op -> op.startsWith("background_tracks#")).collect(java.util.stream.Collectors.toList()));
        }
    }

    private void call(Request request, int expectedStatus) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            assertThat(response.code()).as("%s %s: %s", request.method(), request.url(), response.peekBody(4096).string())
                    .isEqualTo(expectedStatus);
        }
    }

    private static Request post(HttpUrl url, String json) {
        return new Request.Builder().url(url).header("X-Api-Key", "test-key").post(RequestBody.create(json, JSON)).build();
    }
}
