package io.beyondwords.examples.docs;

import java.util.Optional;

/**
 * What the build does with a Java block of the repository's Markdown, chosen by the marker comment directly above its
 * opening fence (CONTRIBUTING.md, "Code in the docs").
 */
enum SnippetKind {
    /** No marker: compiled, and run against a fresh stand-in (a JUnit class: its tests run and must pass). */
    RUN(null),
    /** {@code <!-- snippet: compile-only -->}: compiled, not run (it needs the real API or a resource the stand-in
     * does not serve). */
    COMPILE_ONLY("compile-only"),
    /** {@code <!-- snippet: fragment -->}: cannot compile alone (an excerpt, or code of this repository's internals);
     * read, never compiled. */
    FRAGMENT("fragment");

    private final String marker;

    SnippetKind(String marker) {
        this.marker = marker;
    }

    /** The word in the marker comment, or {@code null} for the unmarked default. */
    String marker() {
        return marker;
    }

    /**
     * @return the kind of {@code block}
     * @throws IllegalArgumentException naming the block if its marker is not one of the above
     */
    static SnippetKind of(CodeBlock block) {
        Optional<String> word = block.marker();
        if (word.isEmpty()) {
            return RUN;
        }
        for (SnippetKind kind : values()) {
            if (word.get().equals(kind.marker)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(block.where() + ": unknown marker <!-- snippet: " + word.get()
                + " -->; use <!-- snippet: fragment --> or <!-- snippet: compile-only -->");
    }
}
