package io.beyondwords.it.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.beyondwords.it.support.ItPaths;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coverage check against modified copies of openapi.yaml, each written to a temporary directory. The facade and
 * the generated client stay the ones on the classpath (built from the real spec), exactly as after someone drops in a
 * new spec and before the facade has caught up.
 */
class FacadeOperationCoverageFixturesTest {

    private static final ObjectMapper YAML = Yaml.mapper();
    // The copies are written as JSON (which is YAML too): the YAML writer on this classpath is built against another
    // jackson-core than the one Maven resolves, while the JSON writer is jackson-core's own.
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tempDir;

    @Test
    void anUnmodifiedCopyOfTheSpecPassesAndMapsEachOperationToTheFacadeMethodsThatCallIt() throws IOException {
        FacadeOperationCoverageCheck.Result result = FacadeOperationCoverageCheck.of(specCopy(spec -> { })).run();

        assertThat(result.passed()).as(result.failureMessage()).isTrue();
        assertThat(result.failureMessage()).isEmpty();
        // The generated binding sends GET /background_tracks/{id} through the generated interface's method.
        assertThat(result.covered())
                .filteredOn(op -> op.operation().operationId().equals("background_tracks#show"))
                .singleElement()
                .satisfies(op -> {
                    assertThat(op.operation().httpMethod()).isEqualTo("GET");
                    assertThat(op.operation().path()).isEqualTo("/background_tracks/{id}");
                    assertThat(op.generatedMethods())
                            .containsExactly("BackgroundTracksApi.retrieve(String, Map, Map)");
                    assertThat(op.facadeCallers()).containsExactly("BackgroundTracksBinding.retrieveCall");
                });
    }

    @Test
    void aNewOperationNoFacadeMethodCallsFailsTheCheckNamingItsOperationId() throws IOException {
        Path spec = specCopy(root -> {
            ObjectNode duplicate = YAML.createObjectNode();
            duplicate.put("operationId", "background_tracks#fixture_duplicate");
            duplicate.putObject("responses").putObject("201").put("description", "The copy.");
            paths(root).putObject("/background_tracks/{id}/fixture_duplicate").set("post", duplicate);
        });

        FacadeOperationCoverageCheck.Result result = FacadeOperationCoverageCheck.of(spec).run();

        assertThat(result.passed()).isFalse();
        assertThat(result.uncovered()).extracting(FacadeOperationCoverageCheck.SpecOperation::operationId)
                .containsExactly("background_tracks#fixture_duplicate");
        assertThat(result.orphans()).isEmpty();
        int realOperations = FacadeOperationCoverageCheck.readSpecOperations(ItPaths.openapi()).size();
        assertThat(result.failureMessage())
                .contains("has " + (realOperations + 1) + " operation(s); the facade calls " + realOperations
                        + " of them.")
                .contains("Operations no facade method calls")
                .contains("  - POST /background_tracks/{id}/fixture_duplicate"
                        + " (operationId background_tracks#fixture_duplicate):"
                        + " not in the generated client on this classpath (rebuild generated-client)")
                .doesNotContain("Facade mappings whose operation is gone");
        System.out.println(result.failureMessage());
    }

    @Test
    void anOperationMovedToAnotherPathFailsTheCheckOnBothSidesAlthoughTheFacadeStillCompiles() throws IOException {
        Path spec = specCopy(root -> {
            ObjectNode paths = paths(root);
            JsonNode item = paths.remove("/background_tracks/{id}");
            paths.set("/tracks/{track_id}", item);
        });

        FacadeOperationCoverageCheck.Result result = FacadeOperationCoverageCheck.of(spec).run();

        assertThat(result.passed()).isFalse();
        assertThat(result.uncovered()).extracting(FacadeOperationCoverageCheck.SpecOperation::operationId)
                .containsExactlyInAnyOrder("background_tracks#show", "background_tracks#update");
        assertThat(result.orphans()).extracting(orphan -> orphan.generatedMethod().javaSignature())
                .containsExactly("BackgroundTracksApi.retrieve(String, Map, Map)",
                        "BackgroundTracksApi.update(String, RequestBodyBackgroundTrack, Map, Map)");
        assertThat(result.failureMessage())
                .contains("  - GET /tracks/{track_id} (operationId background_tracks#show)")
                .contains("Facade mappings whose operation is gone from the spec")
                .contains("  - BackgroundTracksApi.retrieve(String, Map, Map) sends GET /background_tracks/{id},"
                        + " called from "
                        + "BackgroundTracksBinding.retrieveCall:"
                        + " the spec has no GET /background_tracks/{id}");
        System.out.println(result.failureMessage());
    }

    @Test
    void aRemovedOperationIsReportedAsAnOrphanedFacadeMapping() throws IOException {
        Path spec = specCopy(root -> ((ObjectNode) paths(root).get("/background_tracks/{id}")).remove("put"));

        FacadeOperationCoverageCheck.Result result = FacadeOperationCoverageCheck.of(spec).run();

        assertThat(result.uncovered()).isEmpty();
        assertThat(result.orphans()).singleElement().satisfies(orphan -> {
            assertThat(orphan.generatedMethod().httpMethod()).isEqualTo("PUT");
            assertThat(orphan.facadeCallers()).containsExactly("BackgroundTracksBinding.updateCall");
        });
    }

    @Test
    void renamingAPathParameterIsNotANewOperation() throws IOException {
        Path spec = specCopy(root -> {
            ObjectNode paths = paths(root);
            paths.set("/background_tracks/{track_id}", paths.remove("/background_tracks/{id}"));
        });

        FacadeOperationCoverageCheck.Result result = FacadeOperationCoverageCheck.of(spec).run();

        assertThat(result.passed()).as(result.failureMessage()).isTrue();
    }

    private static ObjectNode paths(JsonNode root) {
        return (ObjectNode) root.get("paths");
    }

    /** A copy of openapi.yaml, changed by {@code change}; path order is kept so messages stay stable. */
    private Path specCopy(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) YAML.readTree(ItPaths.openapi().toFile());
        change.accept(root);
        Path copy = tempDir.resolve("openapi.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(copy.toFile(), root);
        return copy;
    }
}
