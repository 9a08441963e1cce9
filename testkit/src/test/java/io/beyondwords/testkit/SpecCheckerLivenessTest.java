package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.Test;

/** Proves the spec checker used by every other test is live: it rejects wrong shapes and accepts right ones. */
class SpecCheckerLivenessTest {

    private static final String TRACK = "{\"id\":1,\"name\":\"Test track 1\",\"volume\":100,\"project\":null,"
            + "\"media\":{\"url\":\"https://example.com/a.mp3\"},"
            + "\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-01-01 00:00:05 UTC\"}";

    private static SimpleRequest retrieve() {
        return SimpleRequest.Builder.get("/v1/background_tracks/1").withHeader("X-Api-Key", "test-key").build();
    }

    private static ValidationReport respond(String body) {
        return SpecCheckedHttp.VALIDATOR.validate(retrieve(),
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());
    }

    @Test
    void acceptsATrackOfTheSpecsShape() {
        assertThat(respond(TRACK).getMessages()).isEmpty();
    }

    @Test
    void rejectsAResponseWithAStringId() {
        ValidationReport report = respond(TRACK.replace("\"id\":1", "\"id\":\"1\""));
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.toString()).contains("id");
    }

    @Test
    void rejectsAResponseWithAnInventedField() {
        assertThat(respond(TRACK.replace("\"volume\":100", "\"volume\":100,\"loudness\":3")).hasErrors()).isTrue();
    }

    @Test
    void rejectsAListThatIsNotABareArray() {
        ValidationReport report = SpecCheckedHttp.VALIDATOR.validate(
                SimpleRequest.Builder.get("/v1/background_tracks").withHeader("X-Api-Key", "k").build(),
                SimpleResponse.Builder.ok().withContentType("application/json")
                        .withBody("{\"data\":[" + TRACK + "]}").build());
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void rejectsARequestWithAStringVolume() {
        SimpleRequest request = SimpleRequest.Builder.post("/v1/background_tracks")
                .withHeader("X-Api-Key", "test-key")
                .withContentType("application/json")
                .withBody("{\"name\":\"A\",\"volume\":\"100\"}")
                .build();
        ValidationReport report = SpecCheckedHttp.VALIDATOR.validateRequest(request);
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.toString()).contains("volume");
    }

    @Test
    void rejectsARequestWithoutTheKey() {
        ValidationReport report = SpecCheckedHttp.VALIDATOR.validateRequest(
                SimpleRequest.Builder.get("/v1/background_tracks/1").build());
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void matchesPathsUnderTheServersV1PrefixAndRejectsUnknownOnes() {
        // The spec's server URL ends in /v1, so /v1/background_tracks/1 is the declared operation. (The validator
        // also tolerates the path without the prefix; the stand-in itself answers 404 there, see
        // BackgroundTracksTest.)
        SimpleRequest prefixed = SimpleRequest.Builder.get("/v1/background_tracks/1").withHeader("X-Api-Key", "k")
                .build();
        assertThat(SpecCheckedHttp.VALIDATOR.validateRequest(prefixed).getMessages()).isEmpty();
        ValidationReport unknown = SpecCheckedHttp.VALIDATOR.validateResponse("/v1/no_such_resource", Request.Method.GET,
                SimpleResponse.Builder.ok().withBody("[]").build());
        assertThat(unknown.hasErrors()).isTrue();
        ValidationReport wrongMethod = SpecCheckedHttp.VALIDATOR.validateRequest(
                SimpleRequest.Builder.delete("/v1/background_tracks/1").withHeader("X-Api-Key", "k").build());
        assertThat(wrongMethod.hasErrors()).isTrue();
    }

    @Test
    void rejectsAnUndeclaredStatusBodyOfTheWrongShape() {
        ValidationReport report = SpecCheckedHttp.VALIDATOR.validate(retrieve(),
                SimpleResponse.Builder.status(404).withContentType("application/json")
                        .withBody("{\"code\":\"404\"}").build());
        assertThat(report.hasErrors()).isTrue();
    }
}
