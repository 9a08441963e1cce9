package io.beyondwords.generated.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.beyondwords.generated.spec.SpecChange.Category;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * Each fixture is {@code spec-fixtures/released.yaml} with one kind of change. The tests pin what the gate reports and
 * decides for it: the exact change names, which of them openapi-diff counts as breaking, the report's content, and
 * whether the build passes with and without acknowledgements.
 *
 * <p>Where openapi-diff's verdict is surprising the test says so: these are the real rules the gate applies.
 */
class SpecChangeFixturesTest {

  @Test
  void identicalSpecsHaveNoChangesAndPass() {
    SpecCompatibilityResult result = check("released.yaml");

    assertThat(result.changes()).isEmpty();
    assertThat(result.openApiDiffVerdict()).isEqualTo(DiffResult.NO_CHANGES);
    assertThat(result.passes()).isTrue();
    assertThat(ApiDiffReport.render(result)).contains("Verdict: **no changes**");
  }

  @Test
  void aNewOptionalResponseFieldIsReportedInEveryResponseThatCarriesItAndIsNotBreaking() {
    SpecCompatibilityResult result = check("new-optional-response-field.yaml");

    assertThat(result.changes())
        .extracting(SpecChange::name, SpecChange::category, SpecChange::breaking)
        .containsExactlyInAnyOrder(
            tuple("GET /background_tracks: response 200 field added: [].status", Category.FIELD_ADDED, false),
            tuple("POST /background_tracks: response 201 field added: status", Category.FIELD_ADDED, false),
            tuple("GET /background_tracks/{id}: response 200 field added: status", Category.FIELD_ADDED, false),
            tuple("PUT /background_tracks/{id}: response 200 field added: status", Category.FIELD_ADDED, false));
    assertThat(result.openApiDiffVerdict()).isEqualTo(DiffResult.COMPATIBLE);
    assertThat(result.passes()).isTrue();
    assertThat(ApiDiffReport.render(result))
        .contains("Verdict: **compatible, 4 change(s), none breaking**")
        .contains("| Fields added | 4 |")
        .contains("- `GET /background_tracks: response 200 field added: [].status`\n")
        // openapi-diff's own rendering of the same change, with its description.
        .contains("* Added property `status` (string)");
  }

  /**
   * Surprise: openapi-diff 2.1.6 counts removing an <em>optional</em> response field as compatible (only a field the
   * old spec listed as {@code required} breaks a response). For this SDK it still removes a getter from the
   * generated model: the facade's compilation and japicmp catch that, not this gate.
   */
  @Test
  void aRemovedOptionalResponseFieldIsReportedButOpenApiDiffDoesNotCountItAsBreaking() {
    SpecCompatibilityResult result = check("removed-response-field.yaml");

    assertThat(result.changes())
        .extracting(SpecChange::name, SpecChange::category, SpecChange::breaking)
        .containsExactlyInAnyOrder(
            tuple("GET /background_tracks: response 200 field removed: [].media.duration",
                Category.FIELD_REMOVED, false),
            tuple("POST /background_tracks: response 201 field removed: media.duration",
                Category.FIELD_REMOVED, false),
            tuple("GET /background_tracks/{id}: response 200 field removed: media.duration",
                Category.FIELD_REMOVED, false),
            tuple("PUT /background_tracks/{id}: response 200 field removed: media.duration",
                Category.FIELD_REMOVED, false));
    assertThat(result.openApiDiffVerdict()).isEqualTo(DiffResult.COMPATIBLE);
    assertThat(result.passes()).isTrue();
    assertThat(ApiDiffReport.render(result))
        .contains("| Fields removed | 4 |")
        .contains("- `POST /background_tracks: response 201 field removed: media.duration`\n")
        .contains("* Deleted property `duration` (integer)");
  }

  /** The contrast to the test above: a response field the released spec marked {@code required} does break. */
  @Test
  void aRemovedRequiredResponseFieldIsBreaking() {
    SpecCompatibilityResult result = check("released-with-required-response-fields.yaml",
        "removed-required-response-field.yaml", AcknowledgedBreakingChanges.none());

    assertThat(result.changes())
        .extracting(SpecChange::name, SpecChange::category, SpecChange::breaking)
        .containsExactlyInAnyOrder(
            tuple("GET /background_tracks: response 200 field removed: [].name (was required)",
                Category.FIELD_REMOVED, true),
            tuple("POST /background_tracks: response 201 field removed: name (was required)",
                Category.FIELD_REMOVED, true),
            tuple("GET /background_tracks/{id}: response 200 field removed: name (was required)",
                Category.FIELD_REMOVED, true),
            tuple("PUT /background_tracks/{id}: response 200 field removed: name (was required)",
                Category.FIELD_REMOVED, true));
    assertThat(result.openApiDiffVerdict()).isEqualTo(DiffResult.INCOMPATIBLE);
    assertThat(result.passes()).isFalse();
  }

  @Test
  void aNewOperationIsReportedAndIsNotBreaking() {
    SpecCompatibilityResult result = check("new-operation.yaml");

    assertThat(result.changes())
        .extracting(SpecChange::name, SpecChange::category, SpecChange::breaking)
        .containsExactly(
            tuple("DELETE /background_tracks/{id}: operation added", Category.OPERATION_ADDED, false));
    assertThat(result.passes()).isTrue();
    assertThat(ApiDiffReport.render(result))
        .contains("| Operations added | 1 |")
        .contains("- `DELETE /background_tracks/{id}: operation added`\n")
        .contains("##### `DELETE` /background_tracks/{id}");
  }

  @Test
  void aChangedTypeBreaksEveryRequestAndResponseThatCarriesTheField() {
    SpecCompatibilityResult result = check("changed-type.yaml");

    assertThat(result.changes())
        .extracting(SpecChange::name, SpecChange::category, SpecChange::breaking)
        .containsExactlyInAnyOrder(
            tuple("GET /background_tracks: response 200 field type changed: [].volume (integer -> string)",
                Category.FIELD_CHANGED, true),
            tuple("POST /background_tracks: request body field type changed: volume (integer -> string)",
                Category.FIELD_CHANGED, true),
            tuple("POST /background_tracks: response 201 field type changed: volume (integer -> string)",
                Category.FIELD_CHANGED, true),
            tuple("GET /background_tracks/{id}: response 200 field type changed: volume (integer -> string)",
                Category.FIELD_CHANGED, true),
            tuple("PUT /background_tracks/{id}: request body field type changed: volume (integer -> string)",
                Category.FIELD_CHANGED, true),
            tuple("PUT /background_tracks/{id}: response 200 field type changed: volume (integer -> string)",
                Category.FIELD_CHANGED, true));
    assertThat(result.openApiDiffVerdict()).isEqualTo(DiffResult.INCOMPATIBLE);
    assertThat(result.passes()).isFalse();
    assertThat(result.failureMessage())
        .startsWith("openapi.yaml has 6 breaking change(s) against released.yaml that are not acknowledged.")
        .contains("\nPOST /background_tracks: request body field type changed: volume (integer -> string)\n");
    assertThat(ApiDiffReport.render(result))
        .contains("Verdict: **BREAKING, 6 of 6 breaking change(s) not acknowledged: the build fails**")
        .contains("| Fields changed (type, required, constraints) | 6 |")
        .contains("- `PUT /background_tracks/{id}: request body field type changed: volume (integer -> string)`"
            + " — **breaking, not acknowledged**")
        .contains("* Changed property `volume` (integer -> string)");
  }

  @Test
  void aRemovedOperationIsBreaking() {
    SpecCompatibilityResult result = check("removed-operation.yaml");

    assertThat(result.changes())
        .extracting(SpecChange::name, SpecChange::category, SpecChange::breaking)
        .containsExactly(
            tuple("PUT /background_tracks/{id}: operation removed", Category.OPERATION_REMOVED, true));
    assertThat(result.passes()).isFalse();
    assertThat(ApiDiffReport.render(result))
        .contains("| Operations removed | 1 |")
        .contains("```text\nPUT /background_tracks/{id}: operation removed\n```")
        .contains("#### What's Deleted");
  }

  @Test
  void aNewRequiredRequestFieldIsBreakingForEveryOperationThatSendsTheBody() {
    SpecCompatibilityResult result = check("new-required-request-field.yaml");

    assertThat(result.changes())
        .extracting(SpecChange::name, SpecChange::category, SpecChange::breaking)
        .containsExactlyInAnyOrder(
            tuple("POST /background_tracks: request body field added: source_id (required)",
                Category.FIELD_ADDED, true),
            tuple("PUT /background_tracks/{id}: request body field added: source_id (required)",
                Category.FIELD_ADDED, true));
    assertThat(result.openApiDiffVerdict()).isEqualTo(DiffResult.INCOMPATIBLE);
    assertThat(result.passes()).isFalse();
    assertThat(ApiDiffReport.render(result)).contains("New required properties:\n- `source_id`");
  }

  /**
   * The change the issue expects first for real: {@code filter[custom]}'s type becoming known. Narrowing a request
   * parameter is breaking for openapi-diff (any type change is), so it needs an acknowledgement.
   */
  @Test
  void aQueryParameterTypeChangeIsAnOperationChangeAndIsBreaking() {
    SpecCompatibilityResult result = check("changed-query-parameter-type.yaml");

    assertThat(result.changes())
        .extracting(SpecChange::name, SpecChange::category, SpecChange::breaking)
        .containsExactly(tuple(
            "GET /background_tracks: query parameter filter[custom] type changed (string -> boolean)",
            Category.OPERATION_CHANGED, true));
    assertThat(result.passes()).isFalse();
    assertThat(ApiDiffReport.render(result))
        .contains("| Operations changed (parameters, responses, headers, media types) | 1 |")
        .contains("| Fields changed (type, required, constraints) | 0 |");
  }

  static SpecCompatibilityResult check(String fixture) {
    return check(fixture, AcknowledgedBreakingChanges.none());
  }

  static SpecCompatibilityResult check(String fixture, AcknowledgedBreakingChanges acknowledged) {
    return check("released.yaml", fixture, acknowledged);
  }

  static SpecCompatibilityResult check(String releasedFixture, String currentFixture,
      AcknowledgedBreakingChanges acknowledged) {
    return SpecCompatibilityCheck.run(fixture(releasedFixture), fixture(currentFixture), "released.yaml",
        "openapi.yaml", acknowledged);
  }

  private static Path fixture(String name) {
    try {
      return Path.of(SpecChangeFixturesTest.class.getResource("/spec-fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
