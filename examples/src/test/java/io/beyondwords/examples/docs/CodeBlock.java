package io.beyondwords.examples.docs;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One fenced code block of a Markdown file.
 *
 * @param file the file, relative to the repository's root
 * @param line the line of the opening fence, 1-based
 * @param info the fence's info string (its language, possibly followed by more words), as written
 * @param lines the block's content, with the fence's indentation removed
 * @param marker the {@code <!-- snippet: … -->} comment on the line directly above the opening fence, if any
 * @param heading the nearest heading above the block, as written ({@code ## Errors}), or empty before the first
 */
record CodeBlock(Path file, int line, String info, List<String> lines, Optional<String> marker, String heading) {
    /** Whether GitHub highlights the block as Java: the info string's first word is {@code java}, in any case. */
    boolean isJava() {
        String language = info.strip().split("[\\s{,]", 2)[0];
        return language.toLowerCase(Locale.ROOT).equals("java");
    }

    /** The block's content as one text, lines ended by {@code \n}. */
    String code() {
        return String.join("\n", lines) + "\n";
    }

    /** Where the block is, for messages: {@code README.md:123 (## Errors)}. */
    String where() {
        return file.toString().replace('\\', '/') + ":" + line + (heading.isEmpty() ? "" : " (" + heading + ")");
    }
}
