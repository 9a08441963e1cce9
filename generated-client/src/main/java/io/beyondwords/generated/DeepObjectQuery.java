package io.beyondwords.generated;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The query pairs of one {@code style: deepObject} parameter, in the form Retrofit's {@code @QueryMap} sends.
 *
 * <p>Hand-written (not generated): the generator's own Retrofit template sends a deepObject parameter as its
 * {@code toString()}. {@code DeepObjectQuery.named("filter[scopes]").with("type", "music").withItem("primary")} sends
 * {@code filter[scopes][type]=music&filter[scopes][]=primary}.
 *
 * <p>Unlike an ordinary map, a name may appear more than once ({@code filter[scopes][]=a&filter[scopes][]=b}), which is
 * why this map's {@link #entrySet()} is a list of pairs in insertion order. Use it only as a {@code @QueryMap}
 * argument. Instances are immutable; pass {@link #none(String)} when there is no filter, never {@code null}
 * (Retrofit rejects a null {@code @QueryMap}).
 */
public final class DeepObjectQuery extends AbstractMap<String, String> {
  private final String name;
  private final List<Map.Entry<String, String>> pairs;

  private DeepObjectQuery(String name, List<Map.Entry<String, String>> pairs) {
    this.name = name;
    this.pairs = pairs;
  }

  /** An empty query for the parameter {@code name}: sends nothing. */
  public static DeepObjectQuery none(String name) {
    return new DeepObjectQuery(Objects.requireNonNull(name, "name"), List.of());
  }

  /** An empty query for the parameter {@code name}, to add pairs to. */
  public static DeepObjectQuery named(String name) {
    return none(name);
  }

  /** A query sending {@code name[]=item} for each item, in order; nothing for none. */
  public static DeepObjectQuery ofItems(String name, List<?> items) {
    DeepObjectQuery query = none(name);
    for (Object item : items) {
      query = query.withItem(String.valueOf(Objects.requireNonNull(item, "item")));
    }
    return query;
  }

  /** A query sending {@code name[key]=value} for each entry, in the map's order; nothing for none. */
  public static DeepObjectQuery ofEntries(String name, Map<String, String> entries) {
    DeepObjectQuery query = none(name);
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      query = query.with(entry.getKey(), entry.getValue());
    }
    return query;
  }

  /** The parameter's name, e.g. {@code filter[scopes]}. */
  public String parameterName() {
    return name;
  }

  /** A copy with {@code name[key]=value} added. */
  public DeepObjectQuery with(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return plus(name + "[" + key + "]", value);
  }

  /** A copy with {@code name[]=value} added (a list item). */
  public DeepObjectQuery withItem(String value) {
    Objects.requireNonNull(value, "value");
    return plus(name + "[]", value);
  }

  private DeepObjectQuery plus(String fullName, String value) {
    List<Map.Entry<String, String>> copy = new ArrayList<>(pairs.size() + 1);
    copy.addAll(pairs);
    copy.add(new AbstractMap.SimpleImmutableEntry<>(fullName, value));
    return new DeepObjectQuery(name, Collections.unmodifiableList(copy));
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return pairs.iterator();
      }

      @Override
      public int size() {
        return pairs.size();
      }
    };
  }
}
