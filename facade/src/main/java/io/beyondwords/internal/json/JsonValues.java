package io.beyondwords.internal.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.beyondwords.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Gson's tree (what the wire models hold for free-form JSON, unknown and unusable members) and the
 * SDK's public {@link JsonValue}, so no Gson type reaches the public API.
 */
public final class JsonValues {
    private JsonValues() {
    }

    /**
     * Converts a Gson tree to a {@link JsonValue}.
     *
     * @param element any JSON, or {@code null}
     * @return the same JSON, or {@code null} for {@code null}
     */
    public static JsonValue of(JsonElement element) {
        if (element == null) {
            return null;
        }
        if (element.isJsonNull()) {
            return JsonValue.nullValue();
        }
        if (element.isJsonObject()) {
            return JsonValue.ofMap(members(element.getAsJsonObject()));
        }
        if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            List<JsonValue> elements = new ArrayList<>(array.size());
            for (JsonElement item : array) {
                elements.add(of(item));
            }
            return JsonValue.ofList(elements);
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return JsonValue.of(primitive.getAsBoolean());
        }
        if (primitive.isNumber()) {
            // From the number's literal text, so that nothing is rounded.
            return JsonValue.of(new BigDecimal(primitive.getAsString()));
        }
        return JsonValue.of(primitive.getAsString());
    }

    /**
     * Converts a Gson object's members.
     *
     * @param object the members, or {@code null}
     * @return an unmodifiable map in the object's order; empty for {@code null} or no members
     */
    public static Map<String, JsonValue> members(JsonObject object) {
        if (object == null || object.size() == 0) {
            return Map.of();
        }
        Map<String, JsonValue> members = new LinkedHashMap<>(object.size() * 2);
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            members.put(member.getKey(), of(member.getValue()));
        }
        return Collections.unmodifiableMap(members);
    }

    /**
     * Converts a {@link JsonValue} to a Gson tree, for a request body.
     *
     * @param value any JSON, not {@code null}
     * @return the same JSON
     */
    public static JsonElement toGson(JsonValue value) {
        switch (value.kind()) {
            case OBJECT:
                return object(value.asObject().orElseThrow());
            case ARRAY: {
                JsonArray array = new JsonArray();
                for (JsonValue element : value.asArray().orElseThrow()) {
                    array.add(toGson(element));
                }
                return array;
            }
            case STRING:
                return new JsonPrimitive(value.asString().orElseThrow());
            case NUMBER:
                return new JsonPrimitive(value.asNumber().orElseThrow());
            case BOOLEAN:
                return new JsonPrimitive(value.asBoolean().orElseThrow());
            default:
                return JsonNull.INSTANCE;
        }
    }

    /**
     * Converts members to a Gson object, for a request body.
     *
     * @param members the members by name, in order
     * @return the JSON object they make
     */
    public static JsonObject object(Map<String, JsonValue> members) {
        JsonObject object = new JsonObject();
        members.forEach((name, member) -> object.add(name, toGson(member)));
        return object;
    }
}
