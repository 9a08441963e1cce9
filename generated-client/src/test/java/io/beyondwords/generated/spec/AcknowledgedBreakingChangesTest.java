package io.beyondwords.generated.spec;

import static io.beyondwords.generated.spec.SpecChangeFixturesTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How acknowledgements decide the gate's outcome for a breaking diff, on the fixtures of
 * {@link SpecChangeFixturesTest}: a line covers exactly the change it names, every printed line can be copied as is,
 * and a line that names nothing fails the build.
 */
class AcknowledgedBreakingChangesTest {

  @Test
  void acknowledgingEveryPrintedLineMakesABreakingDiffPass(@TempDir Path dir) throws IOException {
    SpecCompatibilityResult unacknowledged = check("changed-type.yaml");
    // Exactly what a user does: copy the printed lines into the file.
    List<String> printedLines = unacknowledged.failureMessage().lines()
        .filter(line -> line.startsWith("GET ") || line.startsWith("POST ") || line.startsWith("PUT "))
        .toList();
    Path file = dir.resolve("acknowledged-breaking-changes.txt");
    Files.write(file, Stream.concat(Stream.of("# volume is text now, BeyondWords changelog 2026-11", ""),
        printedLines.stream()).toList());

    SpecCompatibilityResult acknowledged = check("changed-type.yaml", AcknowledgedBreakingChanges.read(file, "acks"));

    assertThat(printedLines).hasSize(6);
    assertThat(acknowledged.passes()).isTrue();
    assertThat(acknowledged.isBreaking()).isTrue();
    assertThat(ApiDiffReport.render(acknowledged))
        .contains("Verdict: **breaking, all 6 breaking change(s) acknowledged**")
        .contains("- `POST /background_tracks: request body field type changed: volume (integer -> string)`"
            + " — breaking, acknowledged")
        .doesNotContain("## Breaking changes not acknowledged");
  }

  @Test
  void aPartialAcknowledgementFailsNamingOnlyTheChangesStillUnacknowledged() {
    AcknowledgedBreakingChanges acks = AcknowledgedBreakingChanges.parse("acks", List.of(
        "POST /background_tracks: request body field added: source_id (required)"));

    SpecCompatibilityResult result = check("new-required-request-field.yaml", acks);

    assertThat(result.passes()).isFalse();
    assertThat(result.unacknowledgedBreakingChanges()).extracting(SpecChange::name)
        .containsExactly("PUT /background_tracks/{id}: request body field added: source_id (required)");
    assertThat(result.failureMessage())
        .contains("1 breaking change(s)")
        .contains("\nPUT /background_tracks/{id}: request body field added: source_id (required)\n")
        .doesNotContain("\nPOST /background_tracks: request body field added");
  }

  @Test
  void anAcknowledgementCoversOnlyTheExactChangeItNames() {
    // Same operation, same field, different change: not covered.
    AcknowledgedBreakingChanges acks = AcknowledgedBreakingChanges.parse("acks", List.of(
        "PUT /background_tracks/{id}: operation changed",
        "put /background_tracks/{id}: operation removed"));

    SpecCompatibilityResult result = check("removed-operation.yaml", acks);

    assertThat(result.unacknowledgedBreakingChanges()).extracting(SpecChange::name)
        .containsExactly("PUT /background_tracks/{id}: operation removed");
  }

  @Test
  void anAcknowledgementThatMatchesNoBreakingChangeFailsTheBuild() {
    // A compatible change acknowledged as if it were breaking, and a leftover from an earlier release.
    AcknowledgedBreakingChanges acks = AcknowledgedBreakingChanges.parse("spec/acks.txt", List.of(
        "DELETE /background_tracks/{id}: operation added",
        "GET /background_tracks: response 200 field removed: [].media.url"));

    SpecCompatibilityResult result = check("new-operation.yaml", acks);

    assertThat(result.passes()).isFalse();
    assertThat(result.staleAcknowledgements()).containsExactly(
        "DELETE /background_tracks/{id}: operation added",
        "GET /background_tracks: response 200 field removed: [].media.url");
    assertThat(result.failureMessage())
        .startsWith("These lines in spec/acks.txt name no breaking change between released.yaml and openapi.yaml")
        .contains("\nGET /background_tracks: response 200 field removed: [].media.url\n");
    assertThat(ApiDiffReport.render(result)).contains("## Acknowledgements that match no breaking change");
  }

  @Test
  void commentsBlankLinesAndSurroundingSpacesAreIgnored() {
    AcknowledgedBreakingChanges acks = AcknowledgedBreakingChanges.parse("acks", List.of(
        "# why: the API never accepted PUT",
        "",
        "   PUT /background_tracks/{id}: operation removed   "));

    assertThat(acks.names()).containsExactly("PUT /background_tracks/{id}: operation removed");
    assertThat(check("removed-operation.yaml", acks).passes()).isTrue();
  }

  @Test
  void aMissingAcknowledgementFileAcknowledgesNothing(@TempDir Path dir) {
    AcknowledgedBreakingChanges acks = AcknowledgedBreakingChanges.read(dir.resolve("absent.txt"), "absent.txt");

    assertThat(acks.names()).isEmpty();
    assertThat(check("removed-operation.yaml", acks).passes()).isFalse();
  }
}
