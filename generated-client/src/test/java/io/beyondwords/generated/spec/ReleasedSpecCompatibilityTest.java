package io.beyondwords.generated.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build's gate on spec changes: {@code openapi.yaml} against the spec of the last release. It always writes
 * {@code target/api-diff/report.md}, and fails when a breaking change is not acknowledged in
 * {@code spec/acknowledged-breaking-changes.txt} (or an acknowledgement there matches nothing). REGENERATING.md walks
 * through what to do with each outcome.
 */
class ReleasedSpecCompatibilityTest {
  // Surefire runs in the module directory; the specs live at the repository root.
  private static final Path REPOSITORY = Path.of("..");
  private static final Path CURRENT_SPEC = REPOSITORY.resolve("openapi.yaml");
  private static final Path RELEASED_SPEC = REPOSITORY.resolve("spec/released/openapi.yaml");
  private static final Path ACKNOWLEDGEMENTS = REPOSITORY.resolve("spec/acknowledged-breaking-changes.txt");
  private static final Path REPORT = Path.of("target", "api-diff", "report.md");

  @Test
  void currentSpecHasNoUnacknowledgedBreakingChangeAgainstTheLastRelease() throws IOException {
    SpecCompatibilityResult result = SpecCompatibilityCheck.run(RELEASED_SPEC, CURRENT_SPEC,
        "spec/released/openapi.yaml", "openapi.yaml",
        AcknowledgedBreakingChanges.read(ACKNOWLEDGEMENTS, "spec/acknowledged-breaking-changes.txt"));

    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, ApiDiffReport.render(result));

    assertThat(result.passes())
        .withFailMessage(() -> result.failureMessage()
            + "\nFull report: generated-client/" + REPORT.toString().replace('\\', '/'))
        .isTrue();
  }
}
