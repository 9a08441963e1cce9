package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The table of served operations in docs/testkit.md is the stand-in's own registry, one row per operation of
 * openapi.yaml. After a change to the spec or the stand-in, {@code -DupdateServedTable=true} rewrites it.
 */
class ServedOperationsTableTest {

    private static final Path DOC = SpecCheckedHttp.SPEC.resolveSibling("docs").resolve("testkit.md");
    private static final String BEGIN =
            "<!-- served:begin (generated from openapi.yaml and the stand-in; do not edit) -->";
    private static final String END = "<!-- served:end -->";

    static String table() {
        StringBuilder table = new StringBuilder("| Operation | `x-beyondwords-method` | The stand-in answers |\n")
                .append("|---|---|---|\n");
        try (BeyondWordsStandIn standIn = BeyondWordsStandIn.builder().build()) {
            for (SpecResources.Served operation : standIn.served()) {
                table.append("| `").append(operation.method()).append(' ').append(operation.path()).append("` | ")
                        .append(operation.verb()).append(" | ").append(operation.kind().description())
                        .append(" |\n");
            }
        }
        return table.toString();
    }

    @Test
    void theDocsListEveryOperationAsTheStandInServesIt() throws IOException {
        String doc = Files.readString(DOC);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("%s in %s", BEGIN, DOC).isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String expected = "\n" + table();
        String actual = doc.substring(begin + BEGIN.length(), end);
        if (Boolean.getBoolean("updateServedTable") && !actual.equals(expected)) {
            Files.writeString(DOC, doc.substring(0, begin + BEGIN.length()) + expected + doc.substring(end));
            actual = expected;
        }
        assertThat(actual).as("docs/testkit.md's table (-DupdateServedTable=true rewrites it)").isEqualTo(expected);
        assertThat(expected.lines().filter(line -> line.startsWith("| `"))).hasSize(58);
    }
}
