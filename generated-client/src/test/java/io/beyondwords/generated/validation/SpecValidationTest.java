package io.beyondwords.generated.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.SpecValidationException;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * Regeneration is a rebuild, so a broken {@code openapi.yaml} must stop the build with the validator's own words. The
 * plugin runs with {@code skipValidateSpec=false}; this test runs the same generator with the same switch.
 */
class SpecValidationTest {
  private static final Path SPEC = Path.of("..", "openapi.yaml");

  @Test
  void theCommittedSpecIsValid() {
    ClientOptInput input = configurator(SPEC).toClientOptInput();

    assertThat(input.getOpenAPI().getPaths()).containsKeys("/background_tracks", "/background_tracks/{id}");
  }

  @Test
  void aBrokenSpecFailsWithTheValidatorsMessage(@TempDir Path dir) throws IOException {
    // A response without its required description, and a $ref to a schema that does not exist.
    String broken = Files.readString(SPEC)
        .replace("          description: The background track after the change.\n", "")
        .replace("$ref: '#/components/schemas/fieldError'", "$ref: '#/components/schemas/noSuchSchema'");
    Path spec = dir.resolve("openapi.yaml");
    Files.writeString(spec, broken);

    assertThatThrownBy(() -> configurator(spec).toClientOptInput())
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("description is missing");
  }

  private static CodegenConfigurator configurator(Path spec) {
    return new CodegenConfigurator()
        .setGeneratorName("java")
        .setLibrary("retrofit2")
        .setInputSpec(spec.toAbsolutePath().toString())
        .setValidateSpec(true)
        .setOutputDir(spec.toAbsolutePath().getParent().resolve("out").toString());
  }
}
