package io.beyondwords.backgroundtracks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The copy rule every value type shares for fields the SDK does not know: keep order, forbid nulls, freeze. */
final class AdditionalProperties {
    private AdditionalProperties() {
    }

    static Map<String, String> copyOf(Map<String, String> properties) {
        Objects.requireNonNull(properties, "additionalProperties");
        if (properties.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>(properties.size() * 2);
        properties.forEach((name, json) -> copy.put(Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(json, "json value of " + name)));
        return Collections.unmodifiableMap(copy);
    }
}
