package io.beyondwords.internal.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The copy rule every value shares for members kept as JSON text by name: keep the order, forbid nulls, freeze. */
public final class JsonTextMaps {
    private JsonTextMaps() {
    }

    /**
     * @param members JSON text by member name
     * @param what the setting's name, for the message
     * @return an unmodifiable copy in the same order
     * @throws NullPointerException naming {@code what} if the map, a name or a value is null
     */
    public static Map<String, String> copyOf(Map<String, String> members, String what) {
        Objects.requireNonNull(members, what);
        if (members.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>(members.size() * 2);
        members.forEach((name, json) -> copy.put(Objects.requireNonNull(name, what + ": a name"),
                Objects.requireNonNull(json, what + ": the JSON value of " + name)));
        return Collections.unmodifiableMap(copy);
    }
}
