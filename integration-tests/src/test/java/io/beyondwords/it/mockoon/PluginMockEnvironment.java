package io.beyondwords.it.mockoon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The routes and responses of a Mockoon environment file, read from the file itself, so that a test can name the
 * response Mockoon served (by the uuid in its {@code x-mockoon-route-response-uuid} header) and check that every
 * response of every route was exercised or is listed as out of reach.
 */
final class PluginMockEnvironment {

    /** One response of a route, e.g. {@code PUT /projects/:projectId → 401 Invalid Authentication}. */
    record MockResponse(String method, String endpoint, int status, String label, String uuid, boolean isDefault) {

        /** {@code METHOD /endpoint}, as the route is written in the environment (without its prefix). */
        String route() {
            return method + " /" + endpoint;
        }

        @Override
        public String toString() {
            return route() + " → " + status + (label.isEmpty() ? "" : " " + label) + (isDefault ? " (default)" : "");
        }
    }

    /** One route and its responses in the environment's order (the order in which Mockoon tries their rules). */
    record MockRoute(String method, String endpoint, List<MockResponse> responses) {

        String route() {
            return method + " /" + endpoint;
        }
    }

    private final String prefix;
    private final List<MockRoute> routes;

    private PluginMockEnvironment(String prefix, List<MockRoute> routes) {
        this.prefix = prefix;
        this.routes = List.copyOf(routes);
    }

    static PluginMockEnvironment load(Path file) {
        JsonObject environment;
        try {
            environment = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<MockRoute> routes = new ArrayList<>();
        for (JsonElement element : environment.getAsJsonArray("routes")) {
            JsonObject route = element.getAsJsonObject();
            String method = route.get("method").getAsString().toUpperCase(Locale.ROOT);
            String endpoint = route.get("endpoint").getAsString();
            List<MockResponse> responses = new ArrayList<>();
            for (JsonElement r : route.getAsJsonArray("responses")) {
                JsonObject response = r.getAsJsonObject();
                responses.add(new MockResponse(method, endpoint, response.get("statusCode").getAsInt(),
                        response.get("label").getAsString(), response.get("uuid").getAsString(),
                        response.has("default") && response.get("default").getAsBoolean()));
            }
            routes.add(new MockRoute(method, endpoint, responses));
        }
        return new PluginMockEnvironment(environment.get("endpointPrefix").getAsString(), routes);
    }

    /** The environment's {@code endpointPrefix}, e.g. {@code v1}. */
    String prefix() {
        return prefix;
    }

    List<MockRoute> routes() {
        return routes;
    }

    /** The response with this uuid, if the environment has one. */
    Optional<MockResponse> response(String uuid) {
        return routes.stream().flatMap(r -> r.responses().stream()).filter(r -> r.uuid().equals(uuid)).findFirst();
    }
}
