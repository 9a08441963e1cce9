package io.beyondwords.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every relative link and {@code #anchor} in the repository's Markdown resolves: the file or folder exists, and the
 * anchor is one GitHub gives a heading (or an HTML id) of the target file. Links with a scheme ({@code https:},
 * {@code mailto:}) are not followed.
 */
class MarkdownLinksTest {
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    @Test
    void everyRelativeLinkAndAnchorResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        Path root = MarkdownFiles.REPO;
        for (Path file : MarkdownFiles.under(root)) {
            List<String> lines = Files.readAllLines(root.resolve(file), StandardCharsets.UTF_8);
            for (MarkdownLinks.Link link : MarkdownLinks.links(lines)) {
                String problem = problem(root, file, link.target());
                if (problem != null) {
                    broken.add(file + ":" + link.line() + ": " + link.target() + " (" + problem + ")");
                }
            }
        }
        assertThat(broken).as("links that do not resolve").isEmpty();
    }

    @Test
    void anchorsFollowGitHubsRules() {
        assertThat(MarkdownLinks.slug("When the API changes")).isEqualTo("when-the-api-changes");
        assertThat(MarkdownLinks.slug("Errors: what `build()` throws")).isEqualTo("errors-what-build-throws");
        assertThat(MarkdownLinks.slug("Retries, timeouts & deadlines")).isEqualTo("retries-timeouts--deadlines");
        assertThat(MarkdownLinks.slug("1. Edit the spec")).isEqualTo("1-edit-the-spec");
        assertThat(MarkdownLinks.slug("The [testkit](docs/testkit.md) — a stand-in"))
                .isEqualTo("the-testkit--a-stand-in");
        assertThat(MarkdownLinks.anchors(List.of("# A", "## A", "```", "# B", "```", "<a id=\"x\"></a>", "### A")))
                .containsExactly("a", "a-1", "x", "a-2");
    }

    @Test
    void linksAreFoundOutsideCodeOnly() {
        List<String> lines = List.of("See [one](a.md#x) and ![img](b.png \"t\"), `[not](c.md)`.", "```",
                "[not](d.md)", "```", "[ref]: e.md", "[with [nested] label](f.md)");

        assertThat(MarkdownLinks.links(lines)).extracting(MarkdownLinks.Link::target, MarkdownLinks.Link::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.md#x", 1),
                        org.assertj.core.groups.Tuple.tuple("b.png", 1), org.assertj.core.groups.Tuple.tuple("e.md", 5),
                        org.assertj.core.groups.Tuple.tuple("f.md", 6));
    }

    /** @return what is wrong with {@code target} linked from {@code file}, or {@code null} if it resolves */
    private String problem(Path root, Path file, String target) throws IOException {
        if (target.isEmpty() || target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path resolved = (path.isEmpty() ? root.resolve(file)
                : decoded.startsWith("/") ? root.resolve(decoded.substring(1))
                : root.resolve(file).getParent().resolve(decoded)).normalize();
        if (!resolved.startsWith(root)) {
            return "outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (anchor == null || anchor.isEmpty() || !resolved.toString().endsWith(".md")) {
            return null;
        }
        Set<String> known = anchors.computeIfAbsent(resolved, p -> {
            try {
                return MarkdownLinks.anchors(Files.readAllLines(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return known.contains(anchor) ? null : "no heading with anchor #" + anchor + " in " + root.relativize(resolved);
    }
}
