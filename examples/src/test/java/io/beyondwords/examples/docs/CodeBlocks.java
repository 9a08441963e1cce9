package io.beyondwords.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fenced code blocks of Markdown text as CommonMark does: a fence is three or more backticks or tildes,
 * indented by at most three spaces (more inside list items, whose indentation is taken off the content), and the
 * block ends at a fence of the same character at least as long, with nothing after it.
 */
final class CodeBlocks {
    /** The marker comment that may stand directly above a fence: {@code <!-- snippet: fragment -->}. */
    static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*snippet:\\s*([a-z-]+)\\s*-->\\s*$");

    private static final Pattern OPENING = Pattern.compile("^( *)(`{3,}|~{3,})(.*)$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    private CodeBlocks() {
    }

    /** @return the code blocks of the file {@code file} under {@code root}, in order */
    static List<CodeBlock> of(Path root, Path file) {
        try {
            return of(file, Files.readAllLines(root.resolve(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the code blocks of {@code lines}, read as the file {@code file} */
    static List<CodeBlock> of(Path file, List<String> lines) {
        List<CodeBlock> blocks = new ArrayList<>();
        String heading = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher opening = OPENING.matcher(line);
            if (opening.matches() && !(opening.group(2).charAt(0) == '`' && opening.group(3).contains("`"))) {
                int indent = opening.group(1).length();
                String fence = opening.group(2);
                List<String> content = new ArrayList<>();
                int j = i + 1;
                while (j < lines.size() && !closes(lines.get(j), fence)) {
                    content.add(unindent(lines.get(j), indent));
                    j++;
                }
                Optional<String> marker = Optional.empty();
                if (i > 0) {
                    Matcher above = MARKER.matcher(lines.get(i - 1));
                    if (above.matches()) {
                        marker = Optional.of(above.group(1));
                    }
                }
                blocks.add(new CodeBlock(file, i + 1, opening.group(3).strip(), List.copyOf(content), marker,
                        heading));
                i = j;
                continue;
            }
            Matcher title = HEADING.matcher(line);
            if (title.matches()) {
                heading = title.group(1) + " " + title.group(2);
            }
        }
        return blocks;
    }

    /** @return the line numbers (1-based) of marker comments in {@code lines} that stand above no fence */
    static List<Integer> strayMarkers(List<String> lines) {
        List<Integer> stray = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (MARKER.matcher(lines.get(i)).matches()
                    && (i + 1 >= lines.size() || !OPENING.matcher(lines.get(i + 1)).matches())) {
                stray.add(i + 1);
            }
        }
        return stray;
    }

    private static boolean closes(String line, String fence) {
        String text = line.strip();
        return text.length() >= fence.length() && text.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static String unindent(String line, int indent) {
        int n = 0;
        while (n < indent && n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return line.substring(n);
    }
}
