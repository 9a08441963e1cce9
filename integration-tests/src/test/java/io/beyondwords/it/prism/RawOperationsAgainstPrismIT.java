package io.beyondwords.it.prism;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import io.beyondwords.it.support.PrismMock;
import io.beyondwords.it.support.PrismMockExtension;
import io.beyondwords.it.support.SpecValidatingInterceptor;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation in openapi.yaml, sent with raw OkHttp to Prism, with every request and response validated by
 * swagger-request-validator: the harness works end to end before the facade exists. The last test checks that the
 * exchanges covered every operationId in the spec, so a new operation in the spec fails here until it is driven.
 */
@ExtendWith(PrismMockExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RawOperationsAgainstPrismIT {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String TRACK_JSON = "{\"id\":1,\"name\":\"Test track 1\",\"volume\":100,"
            + "\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-01-01 00:00:05 UTC\"}";

    private PrismMock prism;
    private SpecValidatingInterceptor validator;
    private OkHttpClient client;

    @BeforeAll
    void start(PrismMock prism) {
        this.prism = prism;
        validator = SpecValidatingInterceptor.forBaseUrl(prism.baseUrl());
        client = PrismClients.validated(validator);
    }

    @AfterEach
    void eachExchangeFollowsTheSpec() {
        validator.assertNoErrors();
    }

    @AfterAll
    void stop() {
        PrismClients.shutdown(client);
    }

    @Test
    @Order(1)
    void list() throws IOException {
        HttpUrl url = prism.baseUrl().newBuilder().addPathSegment("background_tracks")
                .addQueryParameter("pagination[limit]", "10")
                .addQueryParameter("pagination[offset]", "0")
                .addQueryParameter("filter[name]", "Test track 1")
                .addQueryParameter("filter[scopes][primary]", "true")
                .addQueryParameter("filter[custom]", "true")
                .build();
        try (Response response = client.newCall(authed(url).get().build()).execute()) {
            assertThat(response.code()).as(prism.output()).isEqualTo(200);
            assertThat(response.header("X-Pagination-Limit")).isNotNull();
            assertThat(response.header(SpecValidatingInterceptor.PRISM_VIOLATIONS_HEADER)).isNull();
            assertThat(response.body().string()).isEqualTo("[" + TRACK_JSON + "]");
        }
    }

    @Test
    @Order(2)
    void create() throws IOException {
        String body = "{\"name\":\"Bed\",\"volume\":40,\"project\":{\"id\":3},"
                + "\"media\":{\"url\":\"https://example.com/bed.mp3\"}}";
        try (Response response = client.newCall(authed(tracks()).post(RequestBody.create(body, JSON)).build())
                .execute()) {
            assertThat(response.code()).as(prism.output()).isEqualTo(201);
            assertThat(response.header(SpecValidatingInterceptor.PRISM_VIOLATIONS_HEADER)).isNull();
            assertThat(response.body().string()).isEqualTo(TRACK_JSON);
        }
    }

    @Test
    @Order(3)
    void createWithANullProject() throws IOException {
        String body = "{\"name\":\"Bed\",\"project\":null}";
        try (Response response = client.newCall(authed(tracks()).post(RequestBody.create(body, JSON)).build())
                .execute()) {
            assertThat(response.code()).as(prism.output()).isEqualTo(201);
        }
    }

    @Test
    @Order(4)
    void retrieve() throws IOException {
        try (Response response = client.newCall(authed(track(1)).get().build()).execute()) {
            assertThat(response.code()).as(prism.output()).isEqualTo(200);
            assertThat(response.body().string()).isEqualTo(TRACK_JSON);
        }
    }

    @Test
    @Order(5)
    void retrieveNotFoundThroughPrefer() throws IOException {
        // Prism picks a documented response on request; its 404 (no example) is generated from errorModel.
        try (Response response = client.newCall(authed(track(999)).header("Prefer", "code=404").get().build())
                .execute()) {
            assertThat(response.code()).as(prism.output()).isEqualTo(404);
        }
    }

    @Test
    @Order(6)
    void update() throws IOException {
        String body = "{\"name\":\"Renamed\",\"volume\":80}";
        try (Response response = client.newCall(authed(track(1)).put(RequestBody.create(body, JSON)).build())
                .execute()) {
            assertThat(response.code()).as(prism.output()).isEqualTo(200);
            assertThat(response.header(SpecValidatingInterceptor.PRISM_VIOLATIONS_HEADER)).isNull();
            assertThat(response.body().string()).isEqualTo(TRACK_JSON);
        }
    }

    @Test
    @Order(100)
    void everyOperationInTheSpecWasExercised() {
        assertThat(validator.operationIdsExchanged())
                .containsExactlyInAnyOrderElementsOf(SpecValidatingInterceptor.specOperationIds().stream()
                        .filter(op -> op.startsWith("background_tracks#")).collect(java.util.stream.Collectors.toList()));
    }

    private HttpUrl tracks() {
        return prism.baseUrl().resolve("background_tracks");
    }

    private HttpUrl track(long id) {
        return prism.baseUrl().newBuilder().addPathSegment("background_tracks").addPathSegment(Long.toString(id))
                .build();
    }

    private static Request.Builder authed(HttpUrl url) {
        return new Request.Builder().url(url).header("X-Api-Key", PrismClients.FAKE_KEY);
    }
}
