package io.beyondwords.architecture;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An API dump file as committed: a header of comment lines starting with {@code #} (what the file is and how to
 * update it), a blank line, then the dump that {@link PublicApiDump} builds. Only the dump is compared; the header is
 * carried over unchanged when the dump is rewritten.
 */
final class ApiDumpFile {
    private static final String COMMENT = "#";

    private final List<String> header;
    private final String dump;

    private ApiDumpFile(List<String> header, String dump) {
        this.header = List.copyOf(header);
        this.dump = dump;
    }

    /**
     * @param header the comment lines, each starting with {@code #}
     * @param dump the dump, lines ended by {@code \n}
     * @return a file with that header and dump
     */
    static ApiDumpFile of(List<String> header, String dump) {
        for (String line : header) {
            if (!line.startsWith(COMMENT)) {
                throw new IllegalArgumentException("not a comment line: " + line);
            }
        }
        return new ApiDumpFile(header, dump);
    }

    /**
     * @param text a file's content; {@code \r\n} line ends are read as {@code \n}
     * @return the file: the leading {@code #} lines are the header, the rest after any blank lines the dump
     */
    static ApiDumpFile parse(String text) {
        List<String> lines = text.lines().collect(Collectors.toList());
        int start = 0;
        while (start < lines.size() && lines.get(start).startsWith(COMMENT)) {
            start++;
        }
        List<String> header = lines.subList(0, start);
        while (start < lines.size() && lines.get(start).isBlank()) {
            start++;
        }
        String dump = lines.subList(start, lines.size()).stream()
                .map(line -> line + "\n")
                .collect(Collectors.joining());
        return new ApiDumpFile(header, dump);
    }

    static ApiDumpFile read(Path path) throws IOException {
        return parse(Files.readString(path, StandardCharsets.UTF_8));
    }

    void write(Path path) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.writeString(path, text(), StandardCharsets.UTF_8);
    }

    /** @return the header lines */
    List<String> header() {
        return header;
    }

    /** @return the dump, without the header */
    String dump() {
        return dump;
    }

    /** @return this file with another dump and the same header */
    ApiDumpFile withDump(String newDump) {
        return new ApiDumpFile(header, newDump);
    }

    /** @return the whole file: header, a blank line, the dump */
    String text() {
        if (header.isEmpty()) {
            return dump;
        }
        return String.join("\n", header) + "\n\n" + dump;
    }

    /**
     * A unified diff from this file to the same file with {@code actualDump}, i.e. exactly what rewriting the dump
     * would change; its line numbers are this file's.
     *
     * @param expectedName the name of this file, for the {@code ---} line
     * @param actualName the name of the file holding the actual dump, for the {@code +++} line
     * @param actualDump the dump to compare this file's with
     * @return the diff, lines ended by {@code \n}; empty when the dumps are equal, whatever the headers
     */
    String unifiedDiffTo(String expectedName, String actualName, String actualDump) {
        if (dump.equals(actualDump)) {
            return "";
        }
        List<String> expected = text().lines().collect(Collectors.toList());
        List<String> actual = withDump(actualDump).text().lines().collect(Collectors.toList());
        Patch<String> patch = DiffUtils.diff(expected, actual);
        return UnifiedDiffUtils.generateUnifiedDiff(expectedName, actualName, expected, patch, 3).stream()
                .map(line -> line + "\n")
                .collect(Collectors.joining());
    }
}
