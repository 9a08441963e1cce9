package io.beyondwords.generated.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The breaking changes a person has looked at and accepted, one {@link SpecChange#name()} per line.
 *
 * <p>Lines are compared exactly (after trimming surrounding blanks), so an acknowledgement covers the one change it
 * names and nothing that merely resembles it. Blank lines and lines starting with {@code #} are ignored, so the file
 * can say why each change was accepted.
 *
 * @param source where the lines came from, as the failure message and the report should name it
 * @param names the acknowledged change names, in file order
 */
record AcknowledgedBreakingChanges(String source, Set<String> names) {

  AcknowledgedBreakingChanges {
    names = Set.copyOf(names);
  }

  static AcknowledgedBreakingChanges none() {
    return new AcknowledgedBreakingChanges("the acknowledgement file", Set.of());
  }

  /** Reads the file; a missing file acknowledges nothing, the state right after a release. */
  static AcknowledgedBreakingChanges read(Path file, String source) {
    if (!Files.exists(file)) {
      return new AcknowledgedBreakingChanges(source, Set.of());
    }
    try {
      return parse(source, Files.readAllLines(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  static AcknowledgedBreakingChanges parse(String source, List<String> lines) {
    Set<String> names = new LinkedHashSet<>();
    for (String line : lines) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        names.add(trimmed);
      }
    }
    return new AcknowledgedBreakingChanges(source, names);
  }

  boolean covers(SpecChange change) {
    return names.contains(change.name());
  }
}
