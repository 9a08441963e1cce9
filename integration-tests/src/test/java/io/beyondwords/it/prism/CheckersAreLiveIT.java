package io.beyondwords.it.prism;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import io.beyondwords.it.support.PrismMock;
import io.beyondwords.it.support.PrismMockExtension;
import io.beyondwords.it.support.SpecValidatingInterceptor;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proves both independent checkers are live before any facade test relies on them: a request that breaks the spec
 * (volume as a string) is rejected by Prism with 422 and reported by swagger-request-validator, and the same request
 * with an integer volume passes both. Raw OkHttp, no facade.
 */
@ExtendWith(PrismMockExtension.class)
class CheckersAreLiveIT {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final PrismMock prism;
    private SpecValidatingInterceptor validator;
    private OkHttpClient client;

    CheckersAreLiveIT(PrismMock prism) {
        this.prism = prism;
    }

    @BeforeEach
    void setUp() {
        validator = SpecValidatingInterceptor.forBaseUrl(prism.baseUrl());
        client = PrismClients.validated(validator);
    }

    @AfterEach
    void tearDown() {
        PrismClients.shutdown(client);
    }

    @Test
    void volumeAsAStringIsRejectedByPrismAndReportedByTheValidator() throws IOException {
        String body;
        int status;
        String violations;
        try (Response response = client.newCall(create("{\"name\":\"Bed\",\"volume\":\"50\"}")).execute()) {
            status = response.code();
            violations = response.header(SpecValidatingInterceptor.PRISM_VIOLATIONS_HEADER);
            body = response.body().string();
        }

        assertThat(status).as("Prism status; output:\n%s", prism.output()).isEqualTo(422);
        assertThat(violations).contains("volume").contains("must be integer");
        assertThat(body).contains("\"code\":422");

        Exchange exchange = validator.exchanges().get(0);
        assertThat(validator.exchanges()).hasSize(1);
        assertThat(exchange.requestErrors()).as("validator's request report").isNotEmpty();
        assertThat(validator.errors()).allMatch(line -> line.contains("[request]"))
                .anyMatch(line -> line.contains("/volume") && line.contains("string"));
        assertThat(exchange.responseErrors()).as("Prism's 422 body itself follows the spec").isEmpty();
    }

    @Test
    void theSameRequestWithAnIntegerVolumePassesBoth() throws IOException {
        int status;
        String violations;
        try (Response response = client.newCall(create("{\"name\":\"Bed\",\"volume\":50}")).execute()) {
            status = response.code();
            violations = response.header(SpecValidatingInterceptor.PRISM_VIOLATIONS_HEADER);
        }

        assertThat(status).as("Prism status; output:\n%s", prism.output()).isEqualTo(201);
        assertThat(violations).isNull();
        validator.assertNoErrors();
    }

    @Test
    void aMissingApiKeyIsRejectedByPrismAndReportedByTheValidator() throws IOException {
        int status;
        try (Response response = client.newCall(new Request.Builder()
                .url(prism.baseUrl().resolve("background_tracks")).build()).execute()) {
            status = response.code();
        }

        assertThat(status).isEqualTo(401);
        assertThat(validator.errors()).singleElement().asString().contains("[request]").contains("security");
    }

    private Request create(String json) {
        return new Request.Builder().url(prism.baseUrl().resolve("background_tracks"))
                .header("X-Api-Key", PrismClients.FAKE_KEY)
                .post(RequestBody.create(json, JSON))
                .build();
    }
}
