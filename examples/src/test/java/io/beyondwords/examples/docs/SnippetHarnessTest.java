package io.beyondwords.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The snippet harness on fixed blocks, so it is known to fail a broken snippet and to leave a sound one alone. */
class SnippetHarnessTest {
    private static final List<String> IMPORTS = List.of("io.beyondwords", "io.beyondwords.testkit", "java.util");

    @Test
    void statementsGetTheContextTheyDoNotDeclareAndKeepTheirImportsOnTop() {
        CodeBlock block = block("import java.time.Duration;", "long project = 7;",
                "System.out.println(client.options() + \" \" + project + Duration.ZERO);");

        SnippetSource source = SnippetSource.of(block, "Fixture", IMPORTS);

        assertThat(source.unit()).isFalse();
        assertThat(source.parameters()).containsExactly("BeyondWordsClient client", "BeyondWordsStandIn standIn");
        assertThat(source.source()).startsWith("import java.time.Duration;\nimport io.beyondwords.*;\n"
                + "import io.beyondwords.testkit.*;\n")
                .contains("public class Fixture {", "        long project = 7;");
    }

    @Test
    void aBlockDeclaringATypeIsCompiledAsItsOwnFile() {
        SnippetSource source = SnippetSource.of(block("import java.util.List;", "", "final class Mine {", "}"),
                "Fixture", IMPORTS);

        assertThat(source.unit()).isTrue();
        assertThat(source.className()).isEqualTo("Mine");
        assertThat(source.source()).isEqualTo("import java.util.List;\n\nfinal class Mine {\n}\n");
    }

    @Test
    void aBrokenSnippetFailsAloneNamingItsLineAndTheOthersStillCompile() throws Exception {
        SnippetSource broken = SnippetSource.of(block("int x = \"text\";"), "Broken", IMPORTS);
        SnippetSource sound = SnippetSource.of(block("System.out.println(List.of(1).size());"), "Sound", IMPORTS);
        SnippetSource unit = new SnippetSource("Unit", "public class Unit {\n}\n", true, List.of());

        SnippetCompiler compiled = SnippetCompiler.compile(Path.of("target", "snippet-harness-test").toAbsolutePath(),
                List.of(broken, sound, unit));

        assertThat(compiled.errors("Broken")).singleElement().asString().startsWith("line ")
                .contains("incompatible types");
        assertThat(compiled.errors("Sound")).isEmpty();
        assertThat(compiled.errors("Unit")).isEmpty();
        try (var loader = compiled.loader()) {
            assertThat(loader.loadClass("Sound").getMethods()).anyMatch(m -> m.getName().equals("run"));
        }
    }

    private static CodeBlock block(String... lines) {
        return new CodeBlock(Path.of("x.md"), 1, "java", List.of(lines), Optional.empty(), "# X");
    }
}
