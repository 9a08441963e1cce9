package io.beyondwords.internal.json;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.beyondwords.InvalidJsonException;
import io.beyondwords.JsonValue;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into a {@link JsonValue} with Gson's streaming reader in strict mode. Numbers are taken from their
 * literal text, so none is rounded; Gson's own messages (which point at its troubleshooting guide) never reach the
 * caller: a failure is an {@link InvalidJsonException} in the SDK's words.
 */
public final class JsonValueReader {
    /** Deeper nesting than this is refused, so hostile input cannot exhaust the stack. */
    static final int NESTING_LIMIT = 200;

    private JsonValueReader() {
    }

    /**
     * @param json the text
     * @return the one JSON value it holds
     * @throws InvalidJsonException if it holds none, more than one, or broken JSON
     */
    public static JsonValue read(String json) {
        if (json.isBlank()) {
            throw new InvalidJsonException("no JSON value: the text is empty", "$");
        }
        JsonReader reader = new JsonReader(new StringReader(json));
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(NESTING_LIMIT);
        try {
            JsonValue value = readValue(reader);
            if (!atEnd(reader)) {
                throw new InvalidJsonException("not one JSON value: more data follows the value", "$");
            }
            return value;
        } catch (EOFException e) {
            throw new InvalidJsonException("JSON cut short at " + reader.getPath(), reader.getPath());
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            // MalformedJsonException (an IOException), a nesting deeper than the limit, or a number BigDecimal
            // cannot hold: described by place, not in Gson's words.
            String path = reader.getPath();
            throw new InvalidJsonException("not valid JSON at " + path + " (" + where(reader) + ")", path);
        }
    }

    /** A strict reader reports a second value as malformed; here it is data after the value. */
    private static boolean atEnd(JsonReader reader) {
        try {
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException e) {
            return false;
        }
    }

    private static JsonValue readValue(JsonReader reader) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                reader.beginObject();
                Map<String, JsonValue> members = new LinkedHashMap<>();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    members.put(name, readValue(reader));
                }
                reader.endObject();
                return JsonValue.ofMap(members);
            }
            case BEGIN_ARRAY -> {
                reader.beginArray();
                List<JsonValue> elements = new ArrayList<>();
                while (reader.hasNext()) {
                    elements.add(readValue(reader));
                }
                reader.endArray();
                return JsonValue.ofList(elements);
            }
            case STRING -> {
                return JsonValue.of(reader.nextString());
            }
            case NUMBER -> {
                return JsonValue.of(new BigDecimal(reader.nextString()));
            }
            case BOOLEAN -> {
                return JsonValue.of(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonValue.nullValue();
            }
            default -> throw new IllegalStateException("unexpected " + reader.peek());
        }
    }

    /** Gson's location text ("line 1 column 7 path $.a") without its advice; falls back to the path alone. */
    private static String where(JsonReader reader) {
        String text = reader.toString();
        int at = text.indexOf(" at ");
        return at < 0 ? "path " + reader.getPath() : text.substring(at + 4);
    }
}
