package io.beyondwords.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The repository's Markdown files: every {@code *.md} outside build output, installed packages and Git's own files. */
final class MarkdownFiles {
    /** Folders that hold copies or output, never a document of the repository. */
    private static final Set<String> SKIPPED = Set.of("target", "node_modules", ".git", ".idea", ".mvn");

    /** The repository's root: surefire runs each module's tests in that module's folder. */
    static final Path REPO = Path.of("").toAbsolutePath().getParent();

    private MarkdownFiles() {
    }

    /** @return every Markdown file under {@code root}, sorted, as paths relative to it */
    static List<Path> under(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .map(root::relativize)
                    .filter(p -> {
                        for (Path part : p) {
                            if (SKIPPED.contains(part.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
