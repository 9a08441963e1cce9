package io.beyondwords.it.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.beyondwords.it.support.ItPaths;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented-operations check against modified copies of the list and of openapi.yaml in a temporary directory,
 * one per way the check must fail, so each is known to fail when it should (and an unmodified pair known to pass).
 */
class DocumentedOperationsFixturesTest {

    private static final ObjectMapper YAML = Yaml.mapper();
    // Written as JSON (which is YAML too), as in FacadeOperationCoverageFixturesTest: the YAML writer on this classpath
    // is built against another jackson-core than the one Maven resolves.
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tempDir;

    @Test
    void unmodifiedCopiesPass() throws IOException {
        DocumentedOperationsCheck.Result result = check(list -> list, spec -> { });

        assertThat(result.passed()).as(result.failureMessage()).isTrue();
        assertThat(result.failureMessage()).isEmpty();
        assertThat(result.summary()).isEqualTo("58 of 58 documented operations in openapi.yaml");
    }

    @Test
    void aMissingLineFailsOnTheTotal() throws IOException {
        // The spec loses the operation too, whether or not it described it, so the total is the one problem.
        DocumentedOperationsCheck.Result result = check(list -> without(list, "GET", "/roles"),
                spec -> paths(spec).remove("/roles"));

        assertThat(result.problems()).singleElement().asString()
                .startsWith("the list has 57 well-formed operation line(s); the reference documents 58");
    }

    @Test
    void aDuplicateFailsEvenWithTheTotalRightAndOtherParameterNames() throws IOException {
        // The roles line traded for a second GET /rules/{id}, written with another parameter name: still 58 lines.
        DocumentedOperationsCheck.Result result = check(list -> without(list, "GET", "/roles")
                + "GET     /rules/{rule_id}   Rules   complete\n",
                spec -> paths(spec).remove("/roles"));

        assertThat(result.operations()).hasSize(58);
        assertThat(result.problems()).singleElement().asString()
                .matches("line \\d+: GET /rules/\\{rule_id} is the same operation as line \\d+: GET /rules/\\{id}"
                        + " \\(paths compared without parameter names\\): remove one of them");
    }

    @Test
    void malformedLinesFailNamingTheLineAndTheColumn() throws IOException {
        DocumentedOperationsCheck.Result result = check(list -> list
                .replaceFirst("(?m)^GET +/roles .*$", "GET  /roles  Roles  complete  done")
                .replaceFirst("(?m)^GET +/rules .*$", "GET  /rules")
                .replaceFirst("(?m)^GET +/rules/\\{id} ", "FETCH  /rules/{id}  ")
                .replaceFirst("(?m)^PUT +/organization/voices/\\{id} ", "PUT /organization/voices/{id}  ")
                .replaceFirst("(?m)^(GET +/summarization_settings_templates +Script templates +)op-complete",
                        "$1verbatim"), spec -> {
                    // Nor does the spec describe them, whatever the list said before.
                    ObjectNode paths = paths(spec);
                    paths.remove(List.of("/roles", "/rules/{id}", "/organization/voices/{id}"));
                    if (paths.get("/rules") instanceof ObjectNode rules) {
                        rules.remove("get");
                    }
                    if (paths.get("/summarization_settings_templates") instanceof ObjectNode templates) {
                        templates.remove("get");
                    }
                });

        assertThat(result.problems()).anySatisfy(p -> assertThat(p).matches(
                "line \\d+ is malformed: has 5 column\\(s\\), expected 4 .*: \"GET  /roles  Roles  complete  done\""));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("is malformed: has 2 column(s)"));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("is malformed: method \"FETCH\""));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("is malformed: has 3 column(s)"));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("is malformed: completeness"
                + " \"verbatim\""));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).startsWith("the list has 53 well-formed"));
        assertThat(result.problems()).hasSize(6);
    }

    @Test
    void aDocumentedOperationMissingFromTheSpecFails() throws IOException {
        DocumentedOperationsCheck.Result result = check(list -> list,
                spec -> ((ObjectNode) paths(spec).get("/background_tracks/{id}")).remove("put"));

        assertThat(result.problems()).singleElement().asString().matches("line \\d+: PUT /background_tracks/\\{id}"
                + " is a documented operation, but openapi.yaml has no PUT /background_tracks/\\{id} \\(parameter"
                + " names aside\\): describe it in openapi.yaml, so that the facade reaches it");
        assertThat(result.summary()).isEqualTo("57 of 58 documented operations in openapi.yaml");
    }

    @Test
    void aCompletenessOtherThanTheReferencesFails() throws IOException {
        DocumentedOperationsCheck.Result result = check(list -> list, spec -> ((ObjectNode) paths(spec)
                .get("/roles").get("get")).put("x-beyondwords-docs", "partial"));

        assertThat(result.problems()).singleElement().asString().matches("line \\d+: GET /roles is complete in the"
                + " reference, but openapi.yaml gives GET /roles \\(operationId roles#index\\) x-beyondwords-docs:"
                + " partial: make them agree .*");
    }

    @Test
    void aSpecOperationTheReferenceNeverShowedFails() throws IOException {
        // DELETE /background_tracks/{id}: the reference says its existence is unconfirmed, so it is not in the list.
        DocumentedOperationsCheck.Result result = check(list -> list, spec -> ((ObjectNode) paths(spec)
                .get("/background_tracks/{id}")).set("delete", operation("background_tracks#destroy")));

        assertThat(result.problems()).singleElement().asString().startsWith("openapi.yaml has DELETE"
                + " /background_tracks/{id} (operationId background_tracks#destroy), which is not a documented"
                + " operation");
    }

    @Test
    void pathParameterNamesDoNotMatter() throws IOException {
        DocumentedOperationsCheck.Result result = check(list -> list, spec -> {
            ObjectNode paths = paths(spec);
            paths.set("/background_tracks/{track_id}", paths.remove("/background_tracks/{id}"));
        });

        assertThat(result.passed()).as(result.failureMessage()).isTrue();
    }

    @Test
    void aLiteralSegmentIsNotAParameter() throws IOException {
        // /projects/{project_id}/content/batch_delete must not stand in for /projects/{project_id}/content/{id}.
        DocumentedOperationsCheck.Result result = check(list -> list, spec -> {
            ObjectNode paths = paths(spec);
            paths.set("/projects/{project_id}/content/batch_delete/{x}",
                    paths.remove("/projects/{project_id}/content/batch_delete"));
        });

        assertThat(result.problems()).hasSize(2);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p)
                .contains("POST /projects/{project_id}/content/batch_delete is a documented operation"));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("openapi.yaml has POST /projects/{project_id}/content/batch_delete/{x}"));
    }

    private DocumentedOperationsCheck.Result check(UnaryOperator<String> changeList, Consumer<ObjectNode> changeSpec)
            throws IOException {
        String original = Files.readString(ItPaths.documentedOperations());
        String changed = changeList.apply(original);
        Path list = tempDir.resolve("documented-operations.txt");
        Files.writeString(list, changed);
        ObjectNode root = (ObjectNode) YAML.readTree(ItPaths.openapi().toFile());
        changeSpec.accept(root);
        Path spec = tempDir.resolve("openapi.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(spec.toFile(), root);
        return DocumentedOperationsCheck.run(list, spec);
    }

    /** The list without the line of {@code method path}; fails the test if there is not exactly one. */
    private static String without(String list, String method, String path) {
        StringBuilder out = new StringBuilder();
        int removed = 0;
        for (String line : list.split("\n", -1)) {
            String[] columns = line.split("\\s+");
            if (columns.length > 1 && columns[0].equals(method) && columns[1].equals(path)) {
                removed++;
            } else {
                out.append(line).append('\n');
            }
        }
        assertThat(removed).as("lines of " + method + " " + path).isEqualTo(1);
        return out.substring(0, out.length() - 1);
    }

    private static ObjectNode paths(ObjectNode root) {
        return (ObjectNode) root.get("paths");
    }

    private static ObjectNode operation(String operationId) {
        ObjectNode op = JSON.createObjectNode();
        op.put("operationId", operationId);
        op.putObject("responses").putObject("200").put("description", "Fixture.");
        return op;
    }
}
