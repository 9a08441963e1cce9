package io.beyondwords.generated.spec;

import java.util.List;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * The outcome of one {@link SpecCompatibilityCheck}: every named change, which breaking ones lack an acknowledgement,
 * and which acknowledgements name no breaking change any more.
 *
 * @param releasedLabel how to name the released spec in messages
 * @param currentLabel how to name the current spec in messages
 * @param openApiDiffVerdict openapi-diff's verdict on the whole diff
 * @param changes every change, in the order openapi-diff reports the operations
 * @param acknowledged the acknowledgements the check ran with
 * @param openApiDiffMarkdown openapi-diff's own Markdown report of the same diff
 */
record SpecCompatibilityResult(String releasedLabel, String currentLabel, DiffResult openApiDiffVerdict,
    List<SpecChange> changes, AcknowledgedBreakingChanges acknowledged, String openApiDiffMarkdown) {

  SpecCompatibilityResult {
    changes = List.copyOf(changes);
  }

  List<SpecChange> breakingChanges() {
    return changes.stream().filter(SpecChange::breaking).toList();
  }

  /** Breaking changes nobody has accepted: each fails the build. */
  List<SpecChange> unacknowledgedBreakingChanges() {
    return breakingChanges().stream().filter(change -> !acknowledged.covers(change)).toList();
  }

  /**
   * Acknowledgements that match no breaking change in this diff. They fail the build too: left in place, a stale line
   * would silently accept the same change if it came back after a release.
   */
  List<String> staleAcknowledgements() {
    List<String> breakingNames = breakingChanges().stream().map(SpecChange::name).toList();
    return acknowledged.names().stream().filter(name -> !breakingNames.contains(name)).sorted().toList();
  }

  boolean isBreaking() {
    return !breakingChanges().isEmpty();
  }

  boolean passes() {
    return unacknowledgedBreakingChanges().isEmpty() && staleAcknowledgements().isEmpty();
  }

  /** What the build prints when {@link #passes()} is false; every change name is printed on its own line, verbatim. */
  String failureMessage() {
    StringBuilder message = new StringBuilder();
    List<SpecChange> unacknowledged = unacknowledgedBreakingChanges();
    if (!unacknowledged.isEmpty()) {
      message.append(currentLabel).append(" has ").append(unacknowledged.size())
          .append(" breaking change(s) against ").append(releasedLabel).append(" that are not acknowledged.\n")
          .append("Fix the spec, or accept each change by adding its line, exactly as printed, to ")
          .append(acknowledged.source()).append(":\n\n");
      unacknowledged.forEach(change -> message.append(change.name()).append('\n'));
    }
    List<String> stale = staleAcknowledgements();
    if (!stale.isEmpty()) {
      if (message.length() > 0) {
        message.append('\n');
      }
      message.append("These lines in ").append(acknowledged.source())
          .append(" name no breaking change between ").append(releasedLabel).append(" and ").append(currentLabel)
          .append("; delete them:\n\n");
      stale.forEach(name -> message.append(name).append('\n'));
    }
    return message.toString();
  }
}
