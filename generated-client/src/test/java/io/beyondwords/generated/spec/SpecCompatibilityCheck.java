package io.beyondwords.generated.spec;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares a current spec with the released one: openapi-diff finds and judges the changes, {@link SpecChangeCollector}
 * names them, and the acknowledgements decide which breaking ones are accepted. The build's gate and the fixture tests
 * both go through here, so the fixtures test exactly what the gate runs.
 */
final class SpecCompatibilityCheck {
  private SpecCompatibilityCheck() {}

  /**
   * @param releasedSpec the spec of the last release (the "old" side)
   * @param currentSpec the spec the client is generated from now (the "new" side)
   * @param releasedLabel how the report names the released spec, e.g. {@code spec/released/openapi.yaml}
   * @param currentLabel how the report names the current spec, e.g. {@code openapi.yaml}
   */
  static SpecCompatibilityResult run(Path releasedSpec, Path currentSpec, String releasedLabel, String currentLabel,
      AcknowledgedBreakingChanges acknowledged) {
    requireFile(releasedSpec, releasedLabel);
    requireFile(currentSpec, currentLabel);
    ChangedOpenApi diff = OpenApiCompare.fromLocations(
        releasedSpec.toAbsolutePath().toString(), currentSpec.toAbsolutePath().toString());
    List<SpecChange> changes = SpecChangeCollector.collect(diff);
    return new SpecCompatibilityResult(releasedLabel, currentLabel, diff.isChanged(), changes, acknowledged,
        openApiDiffMarkdown(diff));
  }

  private static void requireFile(Path spec, String label) {
    if (!Files.isRegularFile(spec)) {
      throw new IllegalArgumentException(
          label + " not found at " + spec.toAbsolutePath().normalize() + " (see spec/README.md)");
    }
  }

  private static String openApiDiffMarkdown(ChangedOpenApi diff) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // MarkdownRender closes the writer it is given.
    new MarkdownRender().render(diff, new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
