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
import java.util.regex.Pattern;
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

  /** One allow-list entry: the operation ({@code *} for any), the difference as the comparison words it, why. */
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
    List<Allowance> allowances = AllowList.read(ALLOW_LIST).entries();

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
  void theAllowListGivesEveryEntryAReasonListsItOnceAndUsesEveryReason() throws IOException {
    AllowList list = AllowList.read(ALLOW_LIST);
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Allowance a : list.entries()) {
      Integer before = seen.put(a.operation() + " | " + a.difference(), a.line());
      assertThat(before).as("line %d repeats line %s", a.line(), before).isNull();
    }
    for (Map.Entry<String, String> reason : list.reasons().entrySet()) {
      assertThat(reason.getValue()).as("reason %s", reason.getKey()).hasSizeGreaterThan(40);
      assertThat(list.entries()).as("entries giving reason %s", reason.getKey())
          .anyMatch(a -> a.reason().equals(reason.getValue()));
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
  void theComparisonFindsAFormatANullAConstraintAStatusAndAMemberOfOurOwn() throws IOException {
    Map<String, Object> reference = read(REFERENCE);
    String ours = Files.readString(OURS);
    String changed = replaceOnce(ours, "        vast_url:\n          type: string\n          nullable: true\n"
        + "          maxLength: 2048\n", "        vast_url:\n          type: string\n          format: uri\n");
    changed = replaceOnce(changed, "        x-inferred: A page of no items", "        x-unmarked: A page of no items");
    changed = replaceOnce(changed, "      x-inferred: >-\n        The docs show no error response for an unknown id",
        "      x-unmarked: >-\n        The docs show no error response for an unknown id");
    changed = replaceOnce(changed, "        gender:\n          type: string\n          description: The voice's gender, "
        + "e.g. male (only", "        sex:\n          type: string\n          description: The voice's gender, e.g. male (only");

    List<String> added = new ArrayList<>(ReferenceSpecComparison.differences(readText(changed), reference));
    added.removeAll(ReferenceSpecComparison.differences(readText(ours), reference));

    assertThat(added).contains(
        "POST /projects/{}/ads | request vast_url format: ours uri, reference null",
        "POST /projects/{}/ads | request vast_url nullable: ours false, reference true",
        "GET /background_tracks | parameter query pagination[limit] minimum: ours 1, reference null",
        "GET /background_tracks/{} | status 404 not in the reference",
        "GET /organization/voices | response [].gender missing",
        "GET /organization/voices | response [].sex not in the reference");
  }

  private static String replaceOnce(String text, String from, String to) {
    assertThat(text.split(Pattern.quote(from), -1)).as("occurrences of %s", from).hasSize(2);
    return text.replace(from, to);
  }

  /** The allow-list file: reasons by key, and entries each giving one of them. */
  private record AllowList(Map<String, String> reasons, List<Allowance> entries) {
    static AllowList read(Path file) throws IOException {
      Map<String, String> reasons = new LinkedHashMap<>();
      List<String[]> raw = new ArrayList<>();
      List<Integer> rawLines = new ArrayList<>();
      String reasonKey = null;
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          reasonKey = null;
        } else if (line.startsWith("  ") && reasonKey != null) {
          reasons.merge(reasonKey, line.strip(), (a, b) -> a + " " + b);
        } else if (line.startsWith("reason ")) {
          int colon = line.indexOf(": ");
          assertThat(colon).as("line %d of %s: reason KEY: text", i + 1, file).isPositive();
          reasonKey = line.substring("reason ".length(), colon);
          assertThat(reasons.put(reasonKey, line.substring(colon + 2))).as("reason %s twice", reasonKey).isNull();
        } else {
          reasonKey = null;
          String[] parts = line.split(" \\| ", -1);
          assertThat(parts).as("line %d of %s: OPERATION | difference | KEY", i + 1, file).hasSize(3);
          raw.add(parts);
          rawLines.add(i + 1);
        }
      }
      List<Allowance> entries = new ArrayList<>();
      for (int i = 0; i < raw.size(); i++) {
        String[] parts = raw.get(i);
        assertThat(reasons).as("line %d: the reason %s is defined", rawLines.get(i), parts[2]).containsKey(parts[2]);
        entries.add(new Allowance(rawLines.get(i), parts[0], parts[1], reasons.get(parts[2])));
      }
      return new AllowList(reasons, entries);
    }
  }

  private static Map<String, Object> read(Path yaml) throws IOException {
    return readText(Files.readString(yaml));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readText(String yaml) throws IOException {
    return new YAMLMapper().readValue(yaml, Map.class);
  }

}
