package io.beyondwords.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No Java block of any Markdown file of the repository escapes the build: each one is compiled by
 * {@link MarkdownSnippetsTest} or is marked, by the line {@code <!-- snippet: fragment -->} directly above its opening
 * fence, as code that cannot compile alone.
 */
class SnippetCoverageTest {

    @Test
    void everyJavaBlockOfEveryMarkdownFileIsCompiledOrMarkedAsAFragment() {
        DocSnippets snippets = DocSnippets.repository();
        List<String> uncovered = new ArrayList<>();
        for (CodeBlock block : snippets.blocks()) {
            try {
                if (SnippetKind.of(block) != SnippetKind.FRAGMENT) {
                    snippets.source(block);
                }
            } catch (IllegalArgumentException e) {
                uncovered.add(e.getMessage());
            }
        }
        assertThat(uncovered).as("Java blocks no check covers").isEmpty();
        assertThat(snippets.blocks()).as("the README's own blocks are found")
                .anyMatch(b -> b.file().equals(Path.of("README.md")));
    }

    @Test
    void everyMarkerStandsDirectlyAboveAFence() throws Exception {
        List<String> stray = new ArrayList<>();
        for (Path file : MarkdownFiles.under(MarkdownFiles.REPO)) {
            List<String> lines = Files.readAllLines(MarkdownFiles.REPO.resolve(file), StandardCharsets.UTF_8);
            CodeBlocks.strayMarkers(lines).forEach(line -> stray.add(file + ":" + line));
        }
        assertThat(stray).as("<!-- snippet: … --> lines with no fence right below").isEmpty();
    }

    @Test
    void theDocumentsOfEveryFolderAreRead() {
        assertThat(MarkdownFiles.under(MarkdownFiles.REPO)).contains(Path.of("README.md"), Path.of("CONTRIBUTING.md"),
                Path.of("REGENERATING.md"), Path.of("BENCHMARKS.md"), Path.of("docs", "architecture.md"),
                Path.of("spec", "README.md")).noneMatch(p -> p.startsWith("target") || p.toString().contains("target/")
                        || p.toString().contains("node_modules"));
    }

    /** What counts as a Java block, and which marker belongs to it, on fixed text. */
    @Test
    void blocksAreFoundWhateverTheFenceAndTheMarkerCountsOnlyDirectlyAbove() {
        List<String> text = List.of(
                "# Title",
                "```java",
                "int a = 1;",
                "```",
                "<!-- snippet: fragment -->",
                "",
                "```java",
                "int b;",
                "```",
                "## Section",
                "<!-- snippet: fragment -->",
                "~~~~ Java title=\"x\"",
                "```",
                "not the end",
                "~~~~",
                "- item",
                "",
                "  ```java",
                "  int c = 3;",
                "  ```",
                "```bash",
                "mvn -B verify",
                "```");

        List<CodeBlock> blocks = CodeBlocks.of(Path.of("x.md"), text);

        assertThat(blocks).extracting(CodeBlock::line, CodeBlock::isJava, b -> b.marker().orElse("-"),
                CodeBlock::heading).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, true, "-", "# Title"),
                        org.assertj.core.groups.Tuple.tuple(7, true, "-", "# Title"),
                        org.assertj.core.groups.Tuple.tuple(12, true, "fragment", "## Section"),
                        org.assertj.core.groups.Tuple.tuple(18, true, "-", "## Section"),
                        org.assertj.core.groups.Tuple.tuple(21, false, "-", "## Section"));
        assertThat(blocks.get(2).lines()).containsExactly("```", "not the end");
        assertThat(blocks.get(3).lines()).containsExactly("int c = 3;");
        assertThat(CodeBlocks.strayMarkers(text)).containsExactly(5);
    }

    @Test
    void anUnknownMarkerIsRejectedNamingTheBlock() {
        CodeBlock block = CodeBlocks.of(Path.of("x.md"), List.of("<!-- snippet: skip -->", "```java", "x", "```"))
                .get(0);

        assertThatThrownBy(() -> SnippetKind.of(block)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.md:2").hasMessageContaining("snippet: skip");
    }
}
