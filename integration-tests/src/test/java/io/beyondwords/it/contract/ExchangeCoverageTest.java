package io.beyondwords.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;

import com.atlassian.oai.validator.report.ValidationReport;
import io.beyondwords.it.contract.SpecOperations.SpecOperation;
import io.beyondwords.it.support.SpecValidatingInterceptor;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * The coverage check the contract classes end with must be able to fail: it reads the operations from openapi.yaml,
 * and an operation with no successful, valid exchange is reported by method and path template.
 */
class ExchangeCoverageTest {

    /** The four operations of today's spec, fixed here so that the tests of the mechanism do not move with the file. */
    private static final SpecOperations SPEC = SpecOperations.of(List.of(
            new SpecOperation("GET", "/background_tracks", Optional.of("background_tracks#index")),
            new SpecOperation("POST", "/background_tracks", Optional.of("background_tracks#create")),
            new SpecOperation("GET", "/background_tracks/{id}", Optional.of("background_tracks#show")),
            new SpecOperation("PUT", "/background_tracks/{id}", Optional.of("background_tracks#update"))));

    /** Fails when the Background tracks operations of openapi.yaml change: update the list above and the tests. */
    @Test
    void readsEveryOperationOfTheSpec() {
        assertThat(SpecOperations.load("Background tracks").all()).containsExactlyInAnyOrderElementsOf(SPEC.all());
        SpecOperations loaded = SpecOperations.load();
        assertThat(loaded.all()).extracting(op -> op.operationId().orElseThrow())
                .as("the same operations the validator knows")
                .containsExactlyInAnyOrderElementsOf(SpecValidatingInterceptor.specOperationIds());
    }

    @Test
    void matchesConcretePathsToTemplates() {
        assertThat(SPEC.match("GET", "/background_tracks/42")).map(SpecOperation::pathTemplate)
                .hasValue("/background_tracks/{id}");
        assertThat(SPEC.match("put", "/background_tracks/42")).map(SpecOperation::method).hasValue("PUT");
        assertThat(SPEC.match("GET", "/background_tracks")).map(SpecOperation::pathTemplate)
                .hasValue("/background_tracks");
        assertThat(SPEC.match("DELETE", "/background_tracks/42")).isEmpty();
        assertThat(SPEC.match("GET", "/background_tracks/42/extra")).isEmpty();
        assertThat(SPEC.match("GET", "/background_tracksX")).isEmpty();
    }

    @Test
    void reportsTheOperationsNoLabelExercised() {
        ExchangeCoverage coverage = new ExchangeCoverage(SPEC, "/v1");
        coverage.record("sync", List.of(
                exchange("GET", "/v1/background_tracks", 200),
                exchange("POST", "/v1/background_tracks", 201),
                exchange("GET", "/v1/background_tracks/1", 200)));
        coverage.record("async", List.of(exchange("GET", "/v1/background_tracks", 200)));

        assertThat(coverage.notExercised("sync")).extracting(SpecOperation::toString)
                .containsExactly("PUT /background_tracks/{id} (background_tracks#update)");
        assertThat(coverage.notExercised("async")).hasSize(3);
        assertThatThrownBy(() -> coverage.assertEveryOperationExercised("sync"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("sync: PUT /background_tracks/{id}")
                .hasMessageNotContaining("sync: GET /background_tracks ");
    }

    @Test
    void anErrorStatusAFailureOrAValidationErrorDoesNotCount() {
        ExchangeCoverage coverage = new ExchangeCoverage(SPEC, "/");
        coverage.record("sync", List.of(
                exchange("GET", "/background_tracks/1", 404),
                exchange("PUT", "/background_tracks/1", -1),
                new Exchange("POST", HttpUrl.get("http://127.0.0.1/background_tracks"), Optional.empty(), 201,
                        ValidationReport.singleton(ValidationReport.Message.create("validation.request.body",
                                "wrong").build()), ValidationReport.empty(), true, null, null),
                exchange("GET", "/background_tracks", 200)));

        assertThat(coverage.notExercised("sync")).extracting(SpecOperation::method, SpecOperation::pathTemplate)
                .containsExactlyInAnyOrder(
                        tuple("POST", "/background_tracks"),
                        tuple("GET", "/background_tracks/{id}"),
                        tuple("PUT", "/background_tracks/{id}"));
    }

    @Test
    void aPathOutsideTheBasePathCountsForNothing() {
        ExchangeCoverage coverage = new ExchangeCoverage(SPEC, "/v1");
        coverage.record("sync", List.of(exchange("GET", "/background_tracks", 200)));

        assertThat(coverage.notExercised("sync")).hasSize(4);
        assertThat(coverage.unmatched()).hasSize(1);
    }

    @Test
    void passesWhenEveryOperationSucceeded() {
        ExchangeCoverage coverage = new ExchangeCoverage(SPEC, "/");
        coverage.record("async", List.of(
                exchange("GET", "/background_tracks", 200),
                exchange("POST", "/background_tracks", 201),
                exchange("GET", "/background_tracks/9", 200),
                exchange("PUT", "/background_tracks/9", 200)));

        coverage.assertEveryOperationExercised("async");
        assertThat(coverage.unmatched()).isEmpty();
    }

    private static Exchange exchange(String method, String path, int status) {
        return new Exchange(method, HttpUrl.get("http://127.0.0.1:1" + path), Optional.empty(), status,
                ValidationReport.empty(), ValidationReport.empty(), true, null,
                status < 0 ? "java.io.IOException: reset" : null);
    }
}
