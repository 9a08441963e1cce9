package io.beyondwords.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.beyondwords.BeyondWordsClient;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The table of operations in {@value #DOC} (between {@value #BEGIN} and {@value #END}) must be the one the facade
 * generator wrote from {@code openapi.yaml} in this build ({@value #GENERATED}), so it is never edited by hand and
 * never stale. After a change to the spec, {@value #UPDATE_COMMAND} rewrites the block.
 */
class OperationTableTest {
    static final String BEGIN = "<!-- operations:begin (generated from openapi.yaml by the build; do not edit) -->";
    static final String END = "<!-- operations:end -->";
    static final String GENERATED = "facade/target/generated-sources/facade/operations.md";
    static final String DOC = "docs/operations.md";
    static final String UPDATE_COMMAND = "mvn -B -pl facade -am test -Dtest=OperationTableTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -DupdateOperationsTable=true";

    /** Set by surefire from -DupdateOperationsTable (facade/pom.xml): false unless asked for, so the doc stays. */
    private static final String UPDATE_PROPERTY = "updateOperationsTable";
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final List<String> COMPLETENESS = List.of("complete", "op-complete", "partial", "example-only",
            "listed-only");

    /** {@code `client.accessor().method(required[, optional])`}; the parameters are {@code Type name} pairs. */
    private static final Pattern METHOD_CELL = Pattern.compile(
            "`client\\.(\\w+)\\(\\)\\.(\\w+)\\(([^\\[\\]]*?)(?:\\[,? ?([^\\]]*)\\])?\\)`");

    @Test
    void theDocumentedTableIsTheOneTheBuildGeneratedFromTheSpec() throws IOException {
        String table = Files.readString(REPO.resolve(GENERATED), StandardCharsets.UTF_8);
        Path docPath = REPO.resolve(DOC);
        String doc = Files.readString(docPath, StandardCharsets.UTF_8);

        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.writeString(docPath, withBlock(doc, table), StandardCharsets.UTF_8);
            return;
        }
        String diff = diff(block(doc), table);
        if (!diff.isEmpty()) {
            fail(mismatchMessage(diff));
        }
    }

    /** Every operation of the spec has one row, with its method and path and the completeness the spec gives it. */
    @Test
    void theGeneratedTableHasARowPerOperationWithItsDocsCompleteness() throws IOException {
        List<String> rows = Files.readString(REPO.resolve(GENERATED), StandardCharsets.UTF_8).lines().skip(2)
                .collect(Collectors.toList());
        OpenAPI api = new OpenAPIV3Parser().read(REPO.resolve("openapi.yaml").toString());

        List<String> expected = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                Object docs = op.getValue().getExtensions().get("x-beyondwords-docs");
                assertThat(COMPLETENESS).as("x-beyondwords-docs of %s %s", op.getKey(), path.getKey()).contains(
                        (String) docs);
                expected.add("`" + op.getKey() + " " + path.getKey() + "` | " + docs);
            }
        }
        assertThat(rows).hasSize(expected.size());
        for (String operation : expected) {
            String start = operation.substring(0, operation.indexOf(" | "));
            String docs = operation.substring(operation.indexOf(" | ") + 3);
            assertThat(rows).as(operation).filteredOn(row -> row.contains(" | " + start + " | ")).singleElement()
                    .satisfies(row -> assertThat(row).startsWith("| ").contains("`client.")
                            .endsWith(" | " + docs + " |"));
        }
    }

    /**
     * The method column names methods that exist: the client's accessor, then a method of what it returns taking
     * the listed parameter types (with and without the optional one in brackets) and returning the listed type.
     */
    @Test
    void theMethodColumnNamesTheFacadesOwnMethods() throws IOException {
        List<String> rows = Files.readString(REPO.resolve(GENERATED), StandardCharsets.UTF_8).lines().skip(2)
                .collect(Collectors.toList());
        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            String[] cells = row.split(" \\| ");
            Matcher call = METHOD_CELL.matcher(cells[2]);
            assertThat(call.matches()).as("method cell of %s", row).isTrue();
            String returns = cells[3].replace("`", "");
            Method accessor = method(BeyondWordsClient.class, call.group(1), List.of());
            assertThat(accessor).as("client.%s()", call.group(1)).isNotNull();
            List<String> required = parameterTypes(call.group(3));
            List<String> optional = parameterTypes(call.group(4));
            List<List<String>> signatures = optional.isEmpty() ? List.of(required)
                    : List.of(required, concat(required, optional));
            for (List<String> types : signatures) {
                Method method = method(accessor.getReturnType(), call.group(2), types);
                assertThat(method).as("%s%s on %s", call.group(2), types, accessor.getReturnType().getSimpleName())
                        .isNotNull();
                assertThat(simpleNames(method.getGenericReturnType().getTypeName())).as("return type of %s", row)
                        .isEqualTo(returns);
            }
        }
    }

    private static List<String> parameterTypes(String parameters) {
        if (parameters == null || parameters.isBlank()) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        for (String parameter : parameters.split(",")) {
            types.add(parameter.trim().split(" ")[0]);
        }
        return types;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** @return the public method of {@code type} with this name and these parameter types' simple names, or null */
    private static Method method(Class<?> type, String name, List<String> parameterTypes) {
        for (Method m : type.getMethods()) {
            List<String> types = Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toList();
            if (m.getName().equals(name) && types.equals(parameterTypes)) {
                return m;
            }
        }
        return null;
    }

    /** {@code io.beyondwords.paging.Page<io.beyondwords.content.Content>} → {@code Page<Content>} */
    private static String simpleNames(String typeName) {
        return typeName.replaceAll("[\\w$]+\\.", "").replace('$', '.');
    }

    @Test
    void aStaleBlockFailsWithADiffOfTheChangedRowAndTheUpdateCommand() {
        String table = "| Resource | Operation |\n|---|---|\n| Widgets | `GET /widgets` |\n";
        String stale = "| Resource | Operation |\n|---|---|\n| Widgets | `GET /gadgets` |\n";
        String readme = "# Title\n\nText.\n\n" + BEGIN + "\n" + stale + END + "\n\n## Next\n";

        String diff = diff(block(readme), table);

        assertThat(diff).startsWith("--- " + DOC + "\n+++ " + GENERATED + "\n@@ ")
                .contains("\n-| Widgets | `GET /gadgets` |\n", "\n+| Widgets | `GET /widgets` |\n");
        assertThat(mismatchMessage(diff)).contains(diff, UPDATE_COMMAND);
        assertThat(diff(block(withBlock(readme, table)), table)).isEmpty();
        assertThat(withBlock(readme, table)).isEqualTo("# Title\n\nText.\n\n" + BEGIN + "\n" + table + END
                + "\n\n## Next\n");
    }

    @Test
    void aReadmeWithoutBothMarkersIsRejectedNamingThem() {
        assertThatThrownBy(() -> block("# Title\n" + END + "\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(BEGIN).hasMessageContaining(END);
        assertThatThrownBy(() -> block("# Title\n" + END + "\n" + BEGIN + "\n"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> withBlock("# Title\n" + BEGIN + "\n", "| a |\n"))
                .isInstanceOf(IllegalStateException.class);
    }

    /** @return what lies between the markers, each on a line of its own; lines ended by {@code \n} */
    static String block(String readme) {
        String text = readme.replace("\r\n", "\n");
        int begin = text.indexOf("\n" + BEGIN + "\n");
        int end = text.indexOf("\n" + END + "\n");
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(DOC + " must hold the table of operations between a line " + BEGIN
                    + " and a later line " + END);
        }
        return text.substring(begin + BEGIN.length() + 2, end + 1);
    }

    /** @return the document with the block between the markers replaced by the table */
    static String withBlock(String readme, String table) {
        String text = readme.replace("\r\n", "\n");
        String old = block(text);
        int at = text.indexOf("\n" + BEGIN + "\n") + BEGIN.length() + 2;
        return text.substring(0, at) + table + text.substring(at + old.length());
    }

    /** @return a unified diff from the document's block to the generated table; empty when they are equal */
    static String diff(String readmeBlock, String table) {
        if (readmeBlock.equals(table)) {
            return "";
        }
        List<String> expected = readmeBlock.lines().collect(Collectors.toList());
        List<String> actual = table.lines().collect(Collectors.toList());
        return UnifiedDiffUtils.generateUnifiedDiff(DOC, GENERATED, expected,
                DiffUtils.diff(expected, actual), 1).stream().map(line -> line + "\n").collect(Collectors.joining());
    }

    private static String mismatchMessage(String diff) {
        return DOC + "'s table of operations (between " + BEGIN + " and " + END + ") is not the one generated"
                + " from openapi.yaml (-: " + DOC + ", +: " + GENERATED + ").\nUpdate it and commit it with the spec"
                + " change:\n  " + UPDATE_COMMAND + "\n\n" + diff;
    }
}
