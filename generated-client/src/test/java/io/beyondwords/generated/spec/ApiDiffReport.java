package io.beyondwords.generated.spec;

import io.beyondwords.generated.spec.SpecChange.Category;
import java.util.List;

/**
 * Renders a {@link SpecCompatibilityResult} as Markdown: the verdict first, then the lines to acknowledge (ready to
 * copy), then every change by section, then openapi-diff's own report, which also shows descriptions, examples and the
 * old and new types in context.
 */
final class ApiDiffReport {
  private ApiDiffReport() {}

  static String render(SpecCompatibilityResult result) {
    StringBuilder md = new StringBuilder();
    md.append("# API diff: `").append(result.currentLabel()).append("` against `").append(result.releasedLabel())
        .append("`\n\n");
    md.append("Verdict: **").append(verdict(result)).append("**\n\n");
    md.append("openapi-diff's verdict: ").append(result.openApiDiffVerdict().name().toLowerCase().replace('_', ' '))
        .append(". Acknowledgements read from `").append(result.acknowledged().source()).append("`.\n\n");

    md.append("| changes | count |\n|---|---|\n");
    for (Category category : Category.values()) {
      md.append("| ").append(category.heading()).append(" | ").append(inCategory(result, category).size())
          .append(" |\n");
    }
    md.append("| Breaking | ").append(result.breakingChanges().size()).append(" (")
        .append(result.unacknowledgedBreakingChanges().size()).append(" not acknowledged) |\n\n");

    List<SpecChange> unacknowledged = result.unacknowledgedBreakingChanges();
    if (!unacknowledged.isEmpty()) {
      md.append("## Breaking changes not acknowledged\n\n")
          .append("Fix `").append(result.currentLabel()).append("`, or accept these by copying the lines into `")
          .append(result.acknowledged().source()).append("`:\n\n```text\n");
      unacknowledged.forEach(change -> md.append(change.name()).append('\n'));
      md.append("```\n\n");
    }
    List<String> stale = result.staleAcknowledgements();
    if (!stale.isEmpty()) {
      md.append("## Acknowledgements that match no breaking change\n\nDelete these lines from `")
          .append(result.acknowledged().source()).append("`:\n\n```text\n");
      stale.forEach(name -> md.append(name).append('\n'));
      md.append("```\n\n");
    }

    for (Category category : Category.values()) {
      md.append("## ").append(category.heading()).append("\n\n");
      List<SpecChange> changes = inCategory(result, category);
      if (changes.isEmpty()) {
        md.append("None.\n");
      }
      for (SpecChange change : changes) {
        md.append("- `").append(change.name()).append('`').append(marker(result, change)).append('\n');
      }
      md.append('\n');
    }

    md.append("## openapi-diff's report\n\n")
        .append("Everything openapi-diff found, as its MarkdownRender prints it (descriptions and examples")
        .append(" included).\n\n")
        .append(result.openApiDiffMarkdown().strip()).append('\n');
    return md.toString();
  }

  private static String verdict(SpecCompatibilityResult result) {
    int breaking = result.breakingChanges().size();
    int unacknowledged = result.unacknowledgedBreakingChanges().size();
    int stale = result.staleAcknowledgements().size();
    String verdict;
    if (result.changes().isEmpty()) {
      verdict = result.openApiDiffVerdict().isUnchanged()
          ? "no changes"
          : "no changes to operations or fields (only descriptions or examples; see openapi-diff's report)";
    } else if (breaking == 0) {
      verdict = "compatible, " + result.changes().size() + " change(s), none breaking";
    } else if (unacknowledged > 0) {
      verdict = "BREAKING, " + unacknowledged + " of " + breaking
          + " breaking change(s) not acknowledged: the build fails";
    } else {
      verdict = "breaking, all " + breaking + " breaking change(s) acknowledged";
    }
    return stale == 0 ? verdict : verdict + "; " + stale + " stale acknowledgement(s): the build fails";
  }

  private static String marker(SpecCompatibilityResult result, SpecChange change) {
    if (!change.breaking()) {
      return "";
    }
    return result.acknowledged().covers(change) ? " — breaking, acknowledged" : " — **breaking, not acknowledged**";
  }

  private static List<SpecChange> inCategory(SpecCompatibilityResult result, Category category) {
    return result.changes().stream().filter(change -> change.category() == category).toList();
  }
}
