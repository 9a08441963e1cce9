package io.beyondwords.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java code of the repository's Markdown, taken from the files as they are written (so the docs cannot drift
 * from the SDK): every block not marked as a fragment compiles against the SDK and the testkit this build made, and
 * every unmarked one runs against the testkit's stand-in (CONTRIBUTING.md, "Code in the docs").
 */
class MarkdownSnippetsTest {
    private static final DocSnippets SNIPPETS = DocSnippets.repository();

    @TestFactory
    Stream<DynamicTest> everyJavaBlockCompilesAndEveryUnmarkedOneRuns() {
        return SNIPPETS.blocks().stream().filter(b -> SnippetKind.of(b) != SnippetKind.FRAGMENT)
                .map(block -> DynamicTest.dynamicTest(block.where(), () -> {
                    assertThat(SNIPPETS.errors(block)).as(block.where() + " compiles:\n"
                            + SNIPPETS.source(block).source()).isEmpty();
                    if (SnippetKind.of(block) == SnippetKind.RUN && SNIPPETS.source(block).unit()) {
                        assertThat(SNIPPETS.run(block)).as(block.where() + "'s tests pass").isEmpty();
                    } else if (SnippetKind.of(block) == SnippetKind.RUN) {
                        SNIPPETS.run(block);
                    }
                }));
    }

    /** The README's first screen: from an article to audio URLs, then every item of the project. */
    @Test
    void theFirstScreenPrintsTheAudioUrlsAndListsTheProject() throws Exception {
        String printed = SNIPPETS.run(SNIPPETS.under("README.md", "# beyondwords-java"));

        assertThat(printed).containsPattern("https://example\\.com/audio/[0-9a-f-]{36}\\.mp3")
                .containsPattern("[0-9a-f-]{36}  processed");
    }

    /** The README's usage: the whole article-to-audio flow prints the voices, the audio and the player's view. */
    @Test
    void theUsageSnippetTakesAnArticleToAudio() throws Exception {
        String printed = SNIPPETS.run(SNIPPETS.under("README.md", "## Usage: from an article to audio"));

        assertThat(printed).containsPattern("voice \\d+ ").contains("audio/mpeg  https://example.com/audio/")
                .contains("player: 1 item(s)");
    }

    /** The README's errors: what each catch prints, the builder's message as the comment quotes it. */
    @Test
    void theErrorsSnippetPrintsTheMessagesItQuotes() throws Exception {
        String printed = SNIPPETS.run(SNIPPETS.under("README.md", "## Errors"));

        assertThat(printed).startsWith("not there: ")
                .contains("BackgroundTrackCreateParams: volume must be at least 0, was -1")
                .contains("ProjectCreateParams: name is required");
    }

    /** The README's test class and the testkit's polling test pass as written. */
    @Test
    void theTestkitExamplesPass() throws Exception {
        assertThat(SNIPPETS.run(SNIPPETS.under("README.md", "## Testing your code"))).isEmpty();
        assertThat(SNIPPETS.run(SNIPPETS.under("docs/testkit.md", "## Testing your polling code"))).isEmpty();
        assertThat(SNIPPETS.source(SNIPPETS.under("README.md", "## Testing your code")).source())
                .contains("class ArticlePublisherTest");
    }
}
