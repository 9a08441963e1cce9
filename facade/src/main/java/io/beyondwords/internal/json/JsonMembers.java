package io.beyondwords.internal.json;

import io.beyondwords.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The copy rule every value and params type shares for JSON members by name: keep the order, forbid nulls, freeze. */
public final class JsonMembers {
    private JsonMembers() {
    }

    /**
     * Copies members given in code.
     *
     * @param members JSON values by member name
     * @param what the setting's name, for the message
     * @return an unmodifiable copy in the same order
     * @throws NullPointerException naming {@code what} if the map, a name or a value is null
     */
    public static Map<String, JsonValue> copyOf(Map<String, JsonValue> members, String what) {
        Objects.requireNonNull(members, what);
        if (members.isEmpty()) {
            return Map.of();
        }
        Map<String, JsonValue> copy = new LinkedHashMap<>(members.size() * 2);
        members.forEach((name, json) -> copy.put(Objects.requireNonNull(name, what + ": a name"),
                Objects.requireNonNull(json, what + ": the JSON value of " + name
                        + " (JsonValue.nullValue() for JSON null)")));
        return Collections.unmodifiableMap(copy);
    }
}
