package io.beyondwords.generated.spec;

import io.beyondwords.generated.spec.SpecChange.Category;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeader;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedList;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

/**
 * Flattens openapi-diff's tree of changes into named {@link SpecChange}s, each with its own breaking-or-not verdict.
 *
 * <p>openapi-diff decides compatibility, not this class: a change is breaking when the openapi-diff node that holds it
 * is incompatible. openapi-diff only gives a verdict per node, though, and one node can hold several changes (a schema
 * node lists every added and removed property). Where a node holds several, the rules below say which of them made it
 * incompatible; they follow openapi-diff 2.1.6's own rules (e.g. a removed response property breaks only if it was
 * required). Whenever openapi-diff calls something incompatible and these rules name no breaking change for it, an
 * explicit "changed incompatibly" entry is added instead, so the gate can never pass a diff openapi-diff calls
 * breaking.
 */
final class SpecChangeCollector {
  /** What a schema describes: a request or response body yields field changes; parameters and headers do not. */
  private enum SchemaOwner {
    BODY,
    PARAMETER_OR_HEADER
  }

  private static final String SEE_REPORT = "(see openapi-diff's report)";

  private final List<SpecChange> changes = new ArrayList<>();

  private SpecChangeCollector() {}

  static List<SpecChange> collect(ChangedOpenApi diff) {
    SpecChangeCollector collector = new SpecChangeCollector();
    collector.api(diff);
    return List.copyOf(collector.changes);
  }

  private void api(ChangedOpenApi diff) {
    for (Endpoint endpoint : diff.getNewEndpoints()) {
      add(operation(endpoint), Category.OPERATION_ADDED, "operation added", false);
    }
    // ChangedOpenApi's own verdict is about removed operations and nothing else.
    boolean removalsBreak = diff.isCoreChanged().isIncompatible();
    for (Endpoint endpoint : diff.getMissingEndpoints()) {
      add(operation(endpoint), Category.OPERATION_REMOVED, "operation removed", removalsBreak);
    }
    for (ChangedOperation operation : diff.getChangedOperations()) {
      operation(operation);
    }
    if (diff.isIncompatible() && changes.stream().noneMatch(SpecChange::breaking)) {
      // e.g. a component-level change openapi-diff judges on its own (extensions, security schemes).
      add("API", Category.OPERATION_CHANGED, "changed incompatibly " + SEE_REPORT, true);
    }
  }

  private void operation(ChangedOperation changed) {
    String operation = changed.getHttpMethod().name() + " " + changed.getPathUrl();
    int firstOfThisOperation = changes.size();
    if (changed.isDeprecated()) {
      add(operation, Category.OPERATION_CHANGED, "operation deprecated", false);
    }
    parameters(operation, changed.getParameters());
    requestBody(operation, changed.getRequestBody());
    responses(operation, changed.getApiResponses());
    if (isRealChange(changed.getSecurityRequirements())) {
      add(operation, Category.OPERATION_CHANGED, "security requirements changed",
          changed.getSecurityRequirements().isIncompatible());
    }
    if (changed.isIncompatible() && noneBreakingSince(firstOfThisOperation)) {
      add(operation, Category.OPERATION_CHANGED, "operation changed incompatibly " + SEE_REPORT, true);
    }
  }

  private void parameters(String operation, ChangedParameters parameters) {
    if (parameters == null) {
      return;
    }
    // The node is incompatible when a parameter is removed or a required one is added.
    boolean nodeBreaks = parameters.isCoreChanged().isIncompatible();
    for (Parameter added : parameters.getIncreased()) {
      boolean required = Boolean.TRUE.equals(added.getRequired());
      add(operation, Category.OPERATION_CHANGED,
          added.getIn() + " parameter added: " + added.getName() + (required ? " (required)" : ""),
          nodeBreaks && required);
    }
    for (Parameter removed : parameters.getMissing()) {
      add(operation, Category.OPERATION_CHANGED, removed.getIn() + " parameter removed: " + removed.getName(),
          nodeBreaks);
    }
    for (ChangedParameter changed : parameters.getChanged()) {
      parameter(operation, changed);
    }
  }

  private void parameter(String operation, ChangedParameter changed) {
    String location = changed.getIn() + " parameter " + changed.getName();
    int firstOfThisParameter = changes.size();
    boolean nodeBreaks = changed.isCoreChanged().isIncompatible();
    if (changed.isChangeRequired()) {
      boolean nowRequired = Boolean.TRUE.equals(changed.getNewParameter().getRequired());
      add(operation, Category.OPERATION_CHANGED, location + (nowRequired ? " became required" : " became optional"),
          nodeBreaks && nowRequired);
    }
    if (changed.isChangeStyle()) {
      add(operation, Category.OPERATION_CHANGED, location + " style changed ("
          + changed.getOldParameter().getStyle() + " -> " + changed.getNewParameter().getStyle() + ")", nodeBreaks);
    }
    if (changed.isChangeExplode()) {
      add(operation, Category.OPERATION_CHANGED, location + " explode changed", nodeBreaks);
    }
    if (changed.isChangeAllowEmptyValue()) {
      add(operation, Category.OPERATION_CHANGED, location + " allowEmptyValue changed", nodeBreaks);
    }
    if (changed.isDeprecated()) {
      add(operation, Category.OPERATION_CHANGED, location + " deprecated", false);
    }
    if (nodeBreaks && noneBreakingSince(firstOfThisParameter)) {
      add(operation, Category.OPERATION_CHANGED, location + " changed incompatibly " + SEE_REPORT, true);
    }
    schema(operation, location, "", changed.getSchema(), SchemaOwner.PARAMETER_OR_HEADER, identitySet());
    content(operation, location, changed.getContent(), SchemaOwner.PARAMETER_OR_HEADER);
  }

  private void requestBody(String operation, ChangedRequestBody changed) {
    if (changed == null) {
      return;
    }
    if (changed.isChangeRequired()) {
      boolean nowRequired = changed.getNewRequestBody() != null
          && Boolean.TRUE.equals(changed.getNewRequestBody().getRequired());
      // openapi-diff 2.1.6 counts any change of requestBody.required as incompatible, even required -> optional.
      add(operation, Category.OPERATION_CHANGED,
          "request body became " + (nowRequired ? "required" : "optional"), changed.isCoreChanged().isIncompatible());
    }
    content(operation, "request body", changed.getContent(), SchemaOwner.BODY);
  }

  private void responses(String operation, ChangedApiResponse changed) {
    if (changed == null) {
      return;
    }
    boolean nodeBreaks = changed.isCoreChanged().isIncompatible(); // a removed status code
    for (String status : changed.getIncreased().keySet()) {
      add(operation, Category.OPERATION_CHANGED, "response added: " + status, false);
    }
    for (String status : changed.getMissing().keySet()) {
      add(operation, Category.OPERATION_CHANGED, "response removed: " + status, nodeBreaks);
    }
    for (Map.Entry<String, ChangedResponse> response : changed.getChanged().entrySet()) {
      String location = "response " + response.getKey();
      headers(operation, location, response.getValue().getHeaders());
      content(operation, location, response.getValue().getContent(), SchemaOwner.BODY);
    }
  }

  private void headers(String operation, String responseLocation, ChangedHeaders changed) {
    if (changed == null) {
      return;
    }
    boolean nodeBreaks = changed.isCoreChanged().isIncompatible(); // a removed header
    for (String name : changed.getIncreased().keySet()) {
      add(operation, Category.OPERATION_CHANGED, responseLocation + " header added: " + name, false);
    }
    for (String name : changed.getMissing().keySet()) {
      add(operation, Category.OPERATION_CHANGED, responseLocation + " header removed: " + name, nodeBreaks);
    }
    for (Map.Entry<String, ChangedHeader> header : changed.getChanged().entrySet()) {
      String location = responseLocation + " header " + header.getKey();
      ChangedHeader changedHeader = header.getValue();
      if (changedHeader.isCoreChanged().isDifferent()) {
        Header newHeader = changedHeader.getNewHeader();
        add(operation, Category.OPERATION_CHANGED,
            location + (changedHeader.isRequired()
                ? (Boolean.TRUE.equals(newHeader.getRequired()) ? " became required" : " became optional")
                : " changed"),
            changedHeader.isCoreChanged().isIncompatible());
      }
      schema(operation, location, "", changedHeader.getSchema(), SchemaOwner.PARAMETER_OR_HEADER, identitySet());
      content(operation, location, changedHeader.getContent(), SchemaOwner.PARAMETER_OR_HEADER);
    }
  }

  private void content(String operation, String location, ChangedContent changed, SchemaOwner owner) {
    if (changed == null) {
      return;
    }
    boolean nodeBreaks = changed.isCoreChanged().isIncompatible(); // a removed media type
    for (String mediaType : changed.getIncreased().keySet()) {
      add(operation, Category.OPERATION_CHANGED, location + " media type added: " + mediaType, false);
    }
    for (String mediaType : changed.getMissing().keySet()) {
      add(operation, Category.OPERATION_CHANGED, location + " media type removed: " + mediaType, nodeBreaks);
    }
    for (Map.Entry<String, ChangedMediaType> mediaType : changed.getChanged().entrySet()) {
      // Every body in this API is JSON; only another media type is worth spelling out in the name.
      String where = "application/json".equals(mediaType.getKey())
          ? location
          : location + " (" + mediaType.getKey() + ")";
      schema(operation, where, "", mediaType.getValue().getSchema(), owner, identitySet());
    }
  }

  /**
   * One schema node and, recursively, its properties and items.
   *
   * @param path the node's field path from the body root ("" for the root itself)
   * @param visiting the nodes on the current path, so a recursive schema is not walked forever
   */
  private void schema(String operation, String location, String path, ChangedSchema changed, SchemaOwner owner,
      Set<ChangedSchema> visiting) {
    if (changed == null || !visiting.add(changed)) {
      return;
    }
    int firstOfThisNode = changes.size();
    boolean nodeBreaks = changed.isCoreChanged().isIncompatible();
    boolean inResponse = changed.getContext() != null && changed.getContext().isResponse();
    List<String> requiredBefore = requiredOf(changed.getOldSchema());
    List<String> requiredNow = requiredOf(changed.getNewSchema());
    ChangedRequired requiredList = changed.getRequired();
    // openapi-diff: new required names break a request, dropped required names break a response.
    boolean requiredListBreaks = requiredList != null && requiredList.isIncompatible();

    if (changed.isChangedType()) {
      // openapi-diff sets "changed type" for a changed format too (int64 -> int32), so both are shown.
      add(operation, fieldChanged(owner), describe(location, "type changed", path,
          "(" + typeOf(changed.getOldSchema()) + " -> " + typeOf(changed.getNewSchema()) + ")"), nodeBreaks);
    }
    for (String name : changed.getIncreasedProperties().keySet()) {
      boolean required = requiredNow.contains(name);
      add(operation, owner == SchemaOwner.BODY ? Category.FIELD_ADDED : Category.OPERATION_CHANGED,
          describe(location, "added", join(path, name), required ? "(required)" : ""),
          required && !inResponse && requiredListBreaks);
    }
    for (String name : changed.getMissingProperties().keySet()) {
      boolean wasRequired = requiredBefore.contains(name);
      // Surprise, but openapi-diff's rule: removing an optional response field is compatible.
      add(operation, owner == SchemaOwner.BODY ? Category.FIELD_REMOVED : Category.OPERATION_CHANGED,
          describe(location, "removed", join(path, name), wasRequired ? "(was required)" : ""),
          wasRequired && inResponse && (nodeBreaks || requiredListBreaks));
    }
    if (requiredList != null) {
      for (String name : requiredList.getIncreased()) {
        if (!changed.getIncreasedProperties().containsKey(name)) {
          add(operation, fieldChanged(owner), describe(location, "became required", join(path, name), ""),
              !inResponse && requiredListBreaks);
        }
      }
      for (String name : requiredList.getMissing()) {
        if (!changed.getMissingProperties().containsKey(name)) {
          add(operation, fieldChanged(owner), describe(location, "became optional", join(path, name), ""),
              inResponse && requiredListBreaks);
        }
      }
    }
    if (isRealChange(changed.getEnumeration())) {
      add(operation, fieldChanged(owner), describe(location, "enum changed", path,
          listChange(changed.getEnumeration())), changed.getEnumeration().isIncompatible());
    }
    constraint(operation, location, path, owner, "maxLength", changed.getMaxLength());
    constraint(operation, location, path, owner, "minLength", changed.getMinLength());
    constraint(operation, location, path, owner, "numeric range", changed.getNumericRange());
    constraint(operation, location, path, owner, "multipleOf", changed.getMultipleOf());
    constraint(operation, location, path, owner, "maxItems", changed.getMaxItems());
    constraint(operation, location, path, owner, "minItems", changed.getMinItems());
    constraint(operation, location, path, owner, "maxProperties", changed.getMaxProperties());
    constraint(operation, location, path, owner, "minProperties", changed.getMinProperties());
    constraint(operation, location, path, owner, "nullable", changed.getNullable());
    constraint(operation, location, path, owner, "uniqueItems", changed.getUniqueItems());
    constraint(operation, location, path, owner, "readOnly", changed.getReadOnly());
    constraint(operation, location, path, owner, "writeOnly", changed.getWriteOnly());
    constraint(operation, location, path, owner, "pattern", changed.getPattern());
    constraint(operation, location, path, owner, "oneOf", changed.getOneOfSchema());
    if (changed.isChangeFormat() && !changed.isChangedType()) {
      add(operation, fieldChanged(owner), describe(location, "format changed", path, ""), false);
    }
    if (changed.isChangeDefault()) {
      add(operation, fieldChanged(owner), describe(location, "default changed", path, ""), false);
    }
    if (changed.isChangeDeprecated()) {
      add(operation, fieldChanged(owner), describe(location, "deprecation changed", path, ""), false);
    }
    if (changed.isDiscriminatorPropertyChanged()) {
      add(operation, fieldChanged(owner), describe(location, "discriminator changed", path, ""), nodeBreaks);
    }
    if ((nodeBreaks || requiredListBreaks) && noneBreakingSince(firstOfThisNode)) {
      add(operation, fieldChanged(owner), describe(location, "changed incompatibly", path, SEE_REPORT), true);
    }

    for (Map.Entry<String, ChangedSchema> property : changed.getChangedProperties().entrySet()) {
      schema(operation, location, join(path, property.getKey()), property.getValue(), owner, visiting);
    }
    schema(operation, location, path + "[]", changed.getItems(), owner, visiting);
    schema(operation, location, join(path, "*"), changed.getAddProp(), owner, visiting);
    visiting.remove(changed);
  }

  /** A constraint openapi-diff judges on its own node (maxLength, nullable, ...): its verdict is that node's. */
  private void constraint(String operation, String location, String path, SchemaOwner owner, String constraint,
      Changed changed) {
    if (isRealChange(changed)) {
      add(operation, fieldChanged(owner), describe(location, constraint + " changed", path, ""),
          changed.isIncompatible());
    }
  }

  /**
   * {@code <location> <change>} for the body or parameter itself, {@code <location> field <change>: <path>} for a
   * field inside it; a detail, if any, goes last.
   */
  private static String describe(String location, String change, String path, String detail) {
    String suffix = detail.isEmpty() ? "" : " " + detail;
    return path.isEmpty()
        ? location + " " + change + suffix
        : location + " field " + change + ": " + path + suffix;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String typeOf(Schema<?> schema) {
    if (schema == null) {
      return "none";
    }
    String type = schema.getType() != null ? schema.getType() : "any";
    return schema.getFormat() != null ? type + "/" + schema.getFormat() : type;
  }

  private static List<String> requiredOf(Schema<?> schema) {
    return schema == null || schema.getRequired() == null ? List.of() : schema.getRequired();
  }

  private static String listChange(ChangedList<?> list) {
    List<String> parts = new ArrayList<>();
    if (!list.getIncreased().isEmpty()) {
      parts.add("added " + joinValues(list.getIncreased()));
    }
    if (!list.getMissing().isEmpty()) {
      parts.add("removed " + joinValues(list.getMissing()));
    }
    return "(" + String.join("; ", parts) + ")";
  }

  private static String joinValues(List<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static Category fieldChanged(SchemaOwner owner) {
    return owner == SchemaOwner.BODY ? Category.FIELD_CHANGED : Category.OPERATION_CHANGED;
  }

  /** Changed beyond descriptions and examples, which the summary leaves to openapi-diff's own report. */
  private static boolean isRealChange(Changed changed) {
    return changed != null && changed.isChanged().getWeight() > DiffResult.METADATA.getWeight();
  }

  private boolean noneBreakingSince(int firstIndex) {
    return changes.subList(firstIndex, changes.size()).stream().noneMatch(SpecChange::breaking);
  }

  private static String operation(Endpoint endpoint) {
    return endpoint.getMethod().name() + " " + endpoint.getPathUrl();
  }

  private static Set<ChangedSchema> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  private void add(String operation, Category category, String description, boolean breaking) {
    changes.add(new SpecChange(operation, category, description, breaking));
  }
}
