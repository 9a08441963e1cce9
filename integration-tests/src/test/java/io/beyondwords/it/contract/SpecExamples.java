package io.beyondwords.it.contract;

import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.beyondwords.it.support.ItPaths;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.parser.OpenAPIV3Parser;

/**
 * The named examples of {@code openapi.yaml} ({@code components.examples}), read from the file itself: what Prism
 * answers with, so a contract test can compare what the facade read with what the spec shows, not with a copy kept in
 * the test.
 */
final class SpecExamples {

    private static volatile Map<String, Example> examples;

    private SpecExamples() {
    }

    /** The value of {@code components.examples.<name>}, e.g. {@code projectExample}, as JSON. */
    static JsonElement value(String name) {
        Example example = all().get(name);
        if (example == null || example.getValue() == null) {
            throw new IllegalArgumentException("openapi.yaml has no example named " + name);
        }
        try {
            return JsonParser.parseString(Json.mapper().writeValueAsString(example.getValue()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not read the example " + name, e);
        }
    }

    /** An example whose value is an object. */
    static JsonObject object(String name) {
        return value(name).getAsJsonObject();
    }

    /** The first item of an example whose value is an array. */
    static JsonObject firstItem(String name) {
        JsonArray array = value(name).getAsJsonArray();
        return array.get(0).getAsJsonObject();
    }

    private static Map<String, Example> all() {
        Map<String, Example> loaded = examples;
        if (loaded == null) {
            OpenAPI api = new OpenAPIV3Parser().read(ItPaths.openapi().toUri().toString());
            if (api == null || api.getComponents() == null || api.getComponents().getExamples() == null) {
                throw new IllegalStateException("Could not read components.examples from " + ItPaths.openapi());
            }
            loaded = Map.copyOf(api.getComponents().getExamples());
            examples = loaded;
        }
        return loaded;
    }
}
