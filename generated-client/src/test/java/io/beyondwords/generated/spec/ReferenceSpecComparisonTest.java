package io.beyondwords.generated.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi.yaml} differs from the API reference only where {@code spec/reference-allow-list.txt} says why (see
 * {@link ReferenceSpecComparison} for what is compared). It reads the reference from the copy committed in
 * {@code spec/reference/}, so the build never depends on a file outside the repository; when the shared original is
 * beside the repository, the copy must still equal it.
 */
class ReferenceSpecComparisonTest {
  // Surefire runs in the module directory; the specs live at the repository root.
  private static final Path REPOSITORY = Path.of("..");
  private static final Path OURS = REPOSITORY.resolve("openapi.yaml");
  private static final Path REFERENCE = REPOSITORY.resolve("spec/reference/beyondwords-api-reference.yaml");
  private static final Path ALLOW_LIST = REPOSITORY.resolve("spec/reference-allow-list.txt");
  /** Where the original lives in a checkout next to the shared folder, and in a worktree one level further down. */
  private static final List<Path> ORIGINALS = List.of(
      REPOSITORY.resolve("../shared/reference/beyondwords-api-reference.yaml"),
      REPOSITORY.resolve("../../shared/reference/beyondwords-api-reference.yaml"));
  private static final Path CURRENT = Path.of("target", "reference-differences.txt");

  /** One allow-list line: the operation ({@code *} for any), the difference as the comparison words it, the reason. */
  private record Allowance(int line, String operation, String difference, String reason) {
    boolean allows(String found) {
      int bar = found.indexOf(" | ");
      return found.substring(bar + 3).equals(difference)
          && (operation.equals("*") || found.substring(0, bar).equals(operation));
    }
  }

  @Test
  void openapiYamlDiffersFromTheReferenceOnlyWhereTheAllowListSaysWhy() throws IOException {
    List<String> found = ReferenceSpecComparison.differences(read(OURS), read(REFERENCE));
    Files.createDirectories(CURRENT.getParent());
    Files.write(CURRENT, found);
    List<Allowance> allowances = allowances();

    List<String> problems = new ArrayList<>();
    for (String difference : found) {
      if (allowances.stream().noneMatch(a -> a.allows(difference))) {
        problems.add("not in the allow-list: " + difference);
      }
    }
    for (Allowance a : allowances) {
      if (found.stream().noneMatch(a::allows)) {
        problems.add("line " + a.line() + " allows a difference there no longer is (remove it): " + a.operation()
            + " | " + a.difference());
      }
    }
    assertThat(problems)
        .withFailMessage(() -> "openapi.yaml and " + REFERENCE + " differ (" + found.size() + " differences, all in "
            + "generated-client/" + CURRENT + "):\n  - " + String.join("\n  - ", problems)
            + "\nFix openapi.yaml, or add the line to " + ALLOW_LIST + " with the reason.")
        .isEmpty();
  }

  @Test
  void theAllowListGivesEveryEntryAReasonAndListsItOnce() throws IOException {
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Allowance a : allowances()) {
      assertThat(a.reason()).as("the reason on line %d", a.line()).hasSizeGreaterThan(20);
      Integer before = seen.put(a.operation() + " | " + a.difference(), a.line());
      assertThat(before).as("line %d repeats line %s", a.line(), before).isNull();
    }
  }

  @Test
  void theCommittedReferenceIsTheSharedOneWhereThatIsAtHand() throws IOException {
    for (Path original : ORIGINALS) {
      if (Files.isRegularFile(original)) {
        assertThat(Files.readString(REFERENCE))
            .as("spec/reference/ must be a verbatim copy of " + original.normalize())
            .isEqualTo(Files.readString(original));
      }
    }
  }

  @Test
  void theComparisonFindsADifferenceOfEachKind() throws IOException {
    Map<String, Object> reference = read(REFERENCE);
    String ours = Files.readString(OURS)
        .replace("    paginationLimit:\n", "    paginationLimit:\n      x-probe: true\n")
        .replaceFirst("(\n  /projects/\\{project_id}/content:\n)", "$1");
    // A member the reference shows as nullable, sent as not nullable; a format of our own; a status of our own.
    String changed = ours
        .replace("        vast_url:\n          type: string\n          nullable: true\n",
            "        vast_url:\n          type: string\n          format: uri\n");
    List<String> before = ReferenceSpecComparison.differences(read(OURS), reference);
    List<String> after = ReferenceSpecComparison.differences(readText(changed), reference);
    assertThat(changed).isNotEqualTo(ours);
    List<String> added = new ArrayList<>(after);
    added.removeAll(before);
    assertThat(added).contains("POST /projects/{}/ads | request vast_url format: ours uri, reference null",
        "POST /projects/{}/ads | request vast_url nullable: ours false, reference true");
  }

  private static List<Allowance> allowances() throws IOException {
    List<Allowance> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(ALLOW_LIST);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(" \\| ", 3);
      assertThat(parts).as("line %d of %s: OPERATION | difference | reason", i + 1, ALLOW_LIST).hasSize(3);
      out.add(new Allowance(i + 1, parts[0], parts[1], parts[2]));
    }
    return out;
  }

  private static Map<String, Object> read(Path yaml) throws IOException {
    return readText(Files.readString(yaml));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readText(String yaml) throws IOException {
    return new YAMLMapper().readValue(yaml, Map.class);
  }

  static Stream<String> unused() {
    return Stream.empty();
  }
}
