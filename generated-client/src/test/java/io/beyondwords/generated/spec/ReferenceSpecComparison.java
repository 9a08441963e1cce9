package io.beyondwords.generated.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares {@code openapi.yaml} with the reference reconstructed from BeyondWords' public docs, operation by operation,
 * and lists every difference as one line: {@code GET /projects/{} | response [].environment nullable: ours false,
 * reference true}.
 *
 * <p>Operations are matched on method and path with path parameter names dropped. For each it compares the query and
 * header parameters (presence, type, format, constraints), the members of the request body and of the success
 * response, walked through {@code $ref}, {@code allOf}/{@code oneOf}/{@code anyOf} and array items to a dotted path
 * (presence, type, format, nullability, constraints), and the status codes.
 *
 * <p>What the reference cannot say is not a difference, by these rules only:
 * <ul>
 *   <li>a member or parameter of ours where the reference shows nothing to compare with: no schema at all for that
 *       body, an object marked {@code x-truncated} or shown without members or type, or an operation whose
 *       parameters are marked cut off ({@code x-truncated}, or {@code x-completeness} {@code listed-only} or
 *       {@code example-only});</li>
 *   <li>a reference member or parameter with no type (seen only in an example), and a query parameter the reference
 *       lists only by name as sent by BeyondWords' own player ({@code x-player-client-query-params}), are compared
 *       for presence only;</li>
 *   <li>a width format on a number ({@code int64}, {@code int32}, {@code double}, {@code float}), which Java needs and
 *       the reference cannot state;</li>
 *   <li>a response member ours reads as nullable where the reference does not show null (reading is tolerant; sending
 *       is compared both ways);</li>
 *   <li>a constraint ({@code minLength}, {@code minimum}, {@code pattern}, ...) or an error status of ours marked
 *       {@code x-inferred} with the reason, on the schema, the parameter or the response;</li>
 *   <li>a success status of ours where the reference shows the success response only as {@code default}.</li>
 * </ul>
 * Everything else must be fixed in {@code openapi.yaml} or named, with its reason, in the allow-list.
 */
final class ReferenceSpecComparison {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  private static final Set<String> WIDTHS = Set.of("integer int64", "integer int32", "number double", "number float");
  private static final List<String> CONSTRAINTS = List.of("minLength", "maxLength", "minimum", "maximum", "pattern",
      "minItems", "maxItems");

  private static final String PRESENCE_ONLY = "x-presence-only";

  private final Map<String, Object> ours;
  private final Map<String, Object> reference;
  private final List<String> differences = new ArrayList<>();

  private ReferenceSpecComparison(Map<String, Object> ours, Map<String, Object> reference) {
    this.ours = ours;
    this.reference = reference;
  }

  /**
   * Lists the differences between two parsed specs.
   *
   * @param ours our spec, as parsed YAML
   * @param reference the reference, as parsed YAML
   * @return one line per difference, sorted by operation
   */
  static List<String> differences(Map<String, Object> ours, Map<String, Object> reference) {
    ReferenceSpecComparison comparison = new ReferenceSpecComparison(ours, reference);
    comparison.compare();
    return comparison.differences;
  }

  private void compare() {
    Map<String, Operation> o = operations(ours);
    Map<String, Operation> r = operations(reference);
    Set<String> keys = new TreeSet<>(o.keySet());
    keys.addAll(r.keySet());
    for (String key : keys) {
      if (!o.containsKey(key)) {
        differences.add(key + " | operation missing");
      } else if (!r.containsKey(key)) {
        differences.add(key + " | operation not in the reference");
      } else {
        compareOperation(key, o.get(key), r.get(key));
      }
    }
  }

  private record Operation(Map<String, Object> op, List<Object> common) {
  }

  private static Map<String, Operation> operations(Map<String, Object> doc) {
    Map<String, Operation> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> path : map(doc.get("paths")).entrySet()) {
      Map<String, Object> item = map(path.getValue());
      for (Map.Entry<String, Object> e : item.entrySet()) {
        if (METHODS.contains(e.getKey())) {
          String key = e.getKey().toUpperCase(Locale.ROOT) + " "
              + path.getKey().replaceAll("\\{[^}]*}", "{}");
          out.put(key, new Operation(map(e.getValue()), list(item.get("parameters"))));
        }
      }
    }
    return out;
  }

  private void compareOperation(String key, Operation o, Operation r) {
    Map<String, Map<String, Object>> op = parameters(ours, o);
    Map<String, Map<String, Object>> rp = parameters(reference, r);
    boolean parametersCut = r.op().get("x-truncated") != null
        || Set.of("listed-only", "example-only").contains(String.valueOf(r.op().get("x-completeness")));
    Set<String> names = new TreeSet<>(op.keySet());
    names.addAll(rp.keySet());
    for (String name : names) {
      if (!op.containsKey(name)) {
        differences.add(key + " | parameter " + name + " missing");
      } else if (!rp.containsKey(name)) {
        if (!parametersCut) {
          differences.add(key + " | parameter " + name + " not in the reference");
        }
      } else if (!rp.get(name).containsKey(PRESENCE_ONLY)) {
        Map<String, Object> a = resolve(ours, op.get(name).get("schema"));
        Map<String, Object> b = resolve(reference, rp.get(name).get("schema"));
        if (b.get("type") == null && b.get("format") == null) {
          continue; // no type in the reference: compared for presence only
        }
        boolean inferred = op.get(name).get("x-inferred") != null;
        compareSchemas(key + " | parameter " + name, a, b, true, inferred);
      }
    }
    compareMembers(key + " | request", requestMembers(ours, o.op()), requestMembers(reference, r.op()), false);
    compareMembers(key + " | response", responseMembers(ours, o.op()), responseMembers(reference, r.op()), true);
    compareStatuses(key, map(o.op().get("responses")), map(r.op().get("responses")));
  }

  /** Query and header parameters by name; path parameters are compared by the operation's key. */
  private static Map<String, Map<String, Object>> parameters(Map<String, Object> doc, Operation operation) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    List<Object> all = new ArrayList<>(operation.common());
    all.addAll(list(operation.op().get("parameters")));
    for (Object p : all) {
      Map<String, Object> parameter = resolve(doc, p);
      if (parameter.get("name") != null && !"path".equals(parameter.get("in"))) {
        out.put(parameter.get("in") + " " + parameter.get("name"), parameter);
      }
    }
    // The reference lists what BeyondWords' own player sends by name only; their presence is compared.
    for (Object name : list(operation.op().get("x-player-client-query-params"))) {
      out.putIfAbsent("query " + name, Map.of(PRESENCE_ONLY, true));
    }
    return out;
  }

  private static Map<String, Map<String, Object>> requestMembers(Map<String, Object> doc, Map<String, Object> op) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    Map<String, Object> body = resolve(doc, op.get("requestBody"));
    for (Object content : map(body.get("content")).values()) {
      walk(doc, map(content).get("schema"), "", out, 0);
    }
    return out;
  }

  /** The success responses' members: the 2xx ones, or where a spec shows none, its {@code default} one. */
  private static Map<String, Map<String, Object>> responseMembers(Map<String, Object> doc, Map<String, Object> op) {
    Map<String, Object> responses = map(op.get("responses"));
    List<String> success = responses.keySet().stream().filter(c -> c.startsWith("2")).toList();
    if (success.isEmpty() && responses.containsKey("default")) {
      success = List.of("default");
    }
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (String code : success) {
      for (Object content : map(resolve(doc, responses.get(code)).get("content")).values()) {
        walk(doc, map(content).get("schema"), "", out, 0);
      }
    }
    return out;
  }

  /** Records every member under {@code prefix}: {@code ""} is the body itself, {@code []} an array's items. */
  private static void walk(Map<String, Object> doc, Object schema, String prefix, Map<String, Map<String, Object>> out,
      int depth) {
    if (schema == null || depth > 8) {
      return;
    }
    Map<String, Object> s = resolve(doc, schema);
    out.putIfAbsent(prefix, s); // an empty schema too: the reference shows the member, of no stated type
    for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
      for (Object variant : list(s.get(combinator))) {
        walk(doc, variant, prefix, out, depth + 1);
      }
    }
    if (s.get("items") != null) {
      walk(doc, s.get("items"), prefix + "[]", out, depth + 1);
    }
    for (Map.Entry<String, Object> p : map(s.get("properties")).entrySet()) {
      walk(doc, p.getValue(), prefix.isEmpty() ? p.getKey() : prefix + "." + p.getKey(), out, depth + 1);
    }
  }

  private void compareMembers(String where, Map<String, Map<String, Object>> a, Map<String, Map<String, Object>> b,
      boolean response) {
    if (b.isEmpty()) {
      return; // the reference shows no schema for this body: nothing to compare with
    }
    Set<String> paths = new TreeSet<>(a.keySet());
    paths.addAll(b.keySet());
    for (String path : paths) {
      if (path.isEmpty()) {
        continue;
      }
      if (!a.containsKey(path)) {
        differences.add(where + " " + path + " missing");
      } else if (!b.containsKey(path)) {
        if (!shownWithoutMembers(b.get(parentIn(b, path)))) {
          differences.add(where + " " + path + " not in the reference");
        }
      } else {
        Map<String, Object> ra = a.get(path);
        Map<String, Object> rb = b.get(path);
        if (rb.get("type") == null && rb.get("format") == null) {
          compareNullable(where + " " + path, ra, rb);
        } else {
          compareSchemas(where + " " + path, ra, rb, !response, false);
          if (response) {
            compareNullable(where + " " + path, ra, rb);
          }
        }
      }
    }
  }

  /** Type, format, constraints; nullability both ways when {@code sent} (a request member or a parameter). */
  private void compareSchemas(String where, Map<String, Object> a, Map<String, Object> b, boolean sent,
      boolean inferred) {
    if (!same(a.get("type"), b.get("type"))) {
      differences.add(where + " type: ours " + a.get("type") + ", reference " + b.get("type"));
    }
    String fa = format(a);
    String fb = format(b);
    if (!same(fa, fb)) {
      differences.add(where + " format: ours " + fa + ", reference " + fb);
    }
    if (sent) {
      boolean na = Boolean.TRUE.equals(a.get("nullable"));
      boolean nb = Boolean.TRUE.equals(b.get("nullable"));
      if (na != nb) {
        differences.add(where + " nullable: ours " + na + ", reference " + nb);
      }
    }
    if (inferred || a.get("x-inferred") != null) {
      return;
    }
    for (String c : CONSTRAINTS) {
      if (a.containsKey(c) && !same(String.valueOf(a.get(c)), b.containsKey(c) ? String.valueOf(b.get(c)) : null)) {
        differences.add(where + " " + c + ": ours " + a.get(c) + ", reference " + b.get(c));
      }
    }
  }

  /** A member the reference shows as nullable must be nullable in ours too. */
  private void compareNullable(String where, Map<String, Object> a, Map<String, Object> b) {
    if (Boolean.TRUE.equals(b.get("nullable")) && !Boolean.TRUE.equals(a.get("nullable"))) {
      differences.add(where + " nullable: ours false, reference true");
    }
  }

  private void compareStatuses(String key, Map<String, Object> o, Map<String, Object> r) {
    boolean referenceShowsSuccessAsDefault = r.keySet().stream().noneMatch(c -> c.startsWith("2"))
        && r.containsKey("default");
    for (String code : new TreeSet<>(o.keySet())) {
      if (r.containsKey(code)) {
        continue;
      }
      if (code.startsWith("2") && referenceShowsSuccessAsDefault) {
        continue;
      }
      if (resolve(ours, o.get(code)).get("x-inferred") == null) {
        differences.add(key + " | status " + code + " not in the reference");
      }
    }
    for (String code : new TreeSet<>(r.keySet())) {
      if (!o.containsKey(code)) {
        differences.add(key + " | status " + code + " missing");
      }
    }
  }

  /** The nearest member above {@code path} that {@code members} has ({@code ""}, the body, at worst). */
  private static String parentIn(Map<String, Map<String, Object>> members, String path) {
    String p = path;
    while (!members.containsKey(p)) {
      int dot = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = p.endsWith("[]") ? p.substring(0, p.length() - 2) : dot < 0 ? "" : p.substring(0, dot);
    }
    return p;
  }

  private static boolean shownWithoutMembers(Map<String, Object> s) {
    if (s.get("x-truncated") != null) {
      return true;
    }
    if (s.get("type") == null && map(s.get("properties")).isEmpty() && s.get("items") == null) {
      return true; // a member seen only in an example, of no stated type
    }
    return "object".equals(s.get("type")) && map(s.get("properties")).isEmpty()
        && List.of("allOf", "oneOf", "anyOf", "additionalProperties").stream().noneMatch(s::containsKey);
  }

  private static String format(Map<String, Object> s) {
    Object f = s.get("format");
    return f == null || WIDTHS.contains(s.get("type") + " " + f) ? null : String.valueOf(f);
  }

  private static boolean same(Object a, Object b) {
    return a == null ? b == null : a.equals(b);
  }

  /** Follows {@code $ref}s within {@code doc}; an unresolvable one reads as an empty schema. */
  private static Map<String, Object> resolve(Map<String, Object> doc, Object node) {
    Map<String, Object> n = map(node);
    Set<String> seen = new HashSet<>();
    while (n.get("$ref") instanceof String ref && seen.add(ref) && ref.startsWith("#/")) {
      Object target = doc;
      for (String part : ref.substring(2).split("/")) {
        target = map(target).get(part);
      }
      n = map(target);
    }
    return n.containsKey("$ref") ? Map.of() : n;
  }

  private static Map<String, Object> map(Object o) {
    if (!(o instanceof Map<?, ?> m)) {
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return o instanceof List<?> l ? (List<Object>) l : List.of();
  }
}
