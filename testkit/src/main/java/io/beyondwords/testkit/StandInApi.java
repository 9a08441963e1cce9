package io.beyondwords.testkit;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * The API's behaviour, free of any server library: routes a parsed request to the handler registered for its method
 * and path, after the checks every operation shares (a known path, the key, an allowed method), and returns a reply.
 * All state lives in the registered {@link Resource}s, guarded by this object's monitor.
 */
final class StandInApi {

    /** The API's own timestamp format, e.g. {@code 2023-01-01 00:00:00 UTC}. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    static final String PREFIX = "/v1";

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private static final TypeAdapter<JsonElement> JSON = GSON.getAdapter(JsonElement.class);

    /** An answer: status, body text ({@code ""} for none) and headers beyond Content-Type. */
    record Reply(int status, String body, Map<String, String> headers) {
        static Reply json(int status, JsonElement body) {
            return new Reply(status, GSON.toJson(body), Map.of());
        }

        /** A reply without a body, e.g. 204. */
        static Reply empty(int status) {
            return new Reply(status, "", Map.of());
        }

        Reply withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Reply(status, body, copy);
        }
    }

    /** Thrown by a handler to answer with {@code reply} at once (an unknown parent, say). */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Reply reply;

        Refusal(Reply reply) {
            super(null, null, false, false);
            this.reply = reply;
        }
    }

    /** A request as a handler sees it: the path's variables decoded, e.g. {@code project_id -> "1"}. */
    record ApiRequest(String method, HttpUrl url, Map<String, String> params, String body) {
        String param(String name) {
            return params.get(name);
        }
    }

    interface Handler {
        Reply handle(ApiRequest request);
    }

    /** Checks a request against the API description: the 422 it gets, or null when it passes. */
    interface RequestCheck {
        Reply refusal(String method, HttpUrl url, String contentType, String body);
    }

    /** Whether the item a path names exists, given the values of the path's variables in order. */
    interface Lookup {
        boolean exists(List<String> values);
    }

    /** One operation: a method and a path template under the prefix, e.g. {@code /projects/{id}/voices}. */
    private record Route(String method, List<String> template, boolean keyRequired, Handler handler) {

        /** The path's variables when {@code segments} fit the template, else null. */
        Map<String, String> match(List<String> segments) {
            if (segments.size() != template.size()) {
                return null;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < segments.size(); i++) {
                String part = template.get(i);
                String segment = segments.get(i);
                if (part.startsWith("{")) {
                    if (segment.isEmpty()) {
                        return null;
                    }
                    params.put(part.substring(1, part.length() - 1), segment);
                } else if (!part.equals(segment)) {
                    return null;
                }
            }
            return params;
        }

        long literals() {
            return template.stream().filter(part -> !part.startsWith("{")).count();
        }
    }

    private final String apiKey;
    private final int defaultPageSize;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Lookup> lookups = new LinkedHashMap<>();
    private RequestCheck requestCheck = (method, url, contentType, body) -> null;

    StandInApi(String apiKey, int defaultPageSize) {
        this.apiKey = apiKey;
        this.defaultPageSize = defaultPageSize;
    }

    /** Registers an operation that needs the API key. */
    synchronized void route(String method, String template, Handler handler) {
        routes.add(new Route(method, segments(template), true, handler));
    }

    /** Registers an operation anyone may call (the player's). */
    synchronized void publicRoute(String method, String template, Handler handler) {
        routes.add(new Route(method, segments(template), false, handler));
    }

    private static List<String> segments(String template) {
        return List.of(template.substring(1).split("/", -1));
    }

    /** Checks every request that reaches an operation with the key it needs, before the operation's handler. */
    synchronized void requestCheck(RequestCheck check) {
        this.requestCheck = check;
    }

    /** Whether an operation with this method is registered for this template, whatever its variables are named. */
    synchronized boolean serves(String method, String template) {
        String shape = shape(template);
        return routes.stream().anyMatch(route -> route.method.equals(method)
                && shape.equals(shape("/" + String.join("/", route.template))));
    }

    /** Registers how to tell whether the item at {@code itemTemplate} (e.g. {@code /projects/{id}}) exists. */
    synchronized void lookup(String itemTemplate, Lookup lookup) {
        lookups.put(shape(itemTemplate), lookup);
    }

    /**
     * Whether the item at {@code template} with these variable values exists; true when no lookup is registered for
     * it (a parent the stand-in does not hold, such as a member, is taken as given).
     */
    synchronized boolean exists(String template, List<String> values) {
        Lookup lookup = lookups.get(shape(template));
        return lookup == null || lookup.exists(values);
    }

    /** A template with its variables unnamed: {@code /projects/{id}} and {@code /projects/{project_id}} are one. */
    static String shape(String template) {
        return template.replaceAll("\\{[^/}]*}", "{}");
    }

    /**
     * Answers one request: 404 for a path no operation has, then 401 without the key (unless every operation on the
     * path is public), then 405 for another method, then the operation's own answer.
     *
     * @param method the request method
     * @param url    the request URL (path and query are used)
     * @param key    the X-Api-Key header's value, or null
     * @param contentType the Content-Type header's value, or null
     * @param body   the request body as text
     */
    synchronized Reply handle(String method, HttpUrl url, String key, String contentType, String body) {
        List<String> segments = url.pathSegments();
        if (segments.size() < 2 || !segments.get(0).equals(PREFIX.substring(1))) {
            return notFound("The requested resource was not found.");
        }
        segments = segments.subList(1, segments.size());
        Route chosen = null;
        Map<String, String> params = null;
        boolean keyRequired = false;
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Map<String, String> matched = route.match(segments);
            if (matched == null) {
                continue;
            }
            keyRequired |= route.keyRequired;
            allowed.add(route.method);
            if (route.method.equals(method) && (chosen == null || route.literals() > chosen.literals())) {
                chosen = route;
                params = matched;
            }
        }
        if (allowed.isEmpty()) {
            return notFound("The requested resource was not found.");
        }
        if (keyRequired && (chosen == null || chosen.keyRequired) && (key == null || !key.equals(apiKey))) {
            return error(401, "permission_error", "Authentication token was not recognized.");
        }
        if (chosen == null) {
            return error(405, "method_not_allowed", "Method not allowed.")
                    .withHeader("Allow", String.join(", ", allowed));
        }
        Reply rejected = requestCheck.refusal(method, url, contentType, body);
        if (rejected != null) {
            return rejected;
        }
        try {
            return chosen.handler.handle(new ApiRequest(method, url, Map.copyOf(params), body));
        } catch (Refusal refusal) {
            return refusal.reply;
        }
    }

    // ---- what several operations share ----

    /**
     * One page of {@code items} as a bare array with {@code X-Pagination-Limit}, by {@code pagination[limit]} (default
     * the configured page size) and {@code pagination[offset]}; 422 for a limit below 1 or a negative offset.
     */
    Reply page(List<JsonObject> items, HttpUrl url) {
        List<JsonObject> errors = new ArrayList<>();
        int limit = paging(url, "pagination[limit]", 1, defaultPageSize, errors);
        int offset = paging(url, "pagination[offset]", 0, 0, errors);
        if (!errors.isEmpty()) {
            throw new Refusal(invalid("Invalid request parameters", errors));
        }
        JsonArray page = new JsonArray();
        items.stream().skip(offset).limit(limit).forEach(page::add);
        return Reply.json(200, page).withHeader("X-Pagination-Limit", Integer.toString(limit));
    }

    private static int paging(HttpUrl url, String name, int minimum, int absent, List<JsonObject> errors) {
        String text = url.queryParameter(name);
        if (text == null) {
            return absent;
        }
        if (!text.matches("-?[0-9]{1,9}")) {
            errors.add(fieldError(name, "must be an integer"));
            return absent;
        }
        int value = Integer.parseInt(text);
        if (value < minimum) {
            errors.add(fieldError(name,
                    minimum == 0 ? "must be greater than or equal to 0" : "must be greater than 0"));
        }
        return value;
    }

    static Reply error(int status, String type, String message) {
        JsonObject body = new JsonObject();
        body.addProperty("type", type);
        body.addProperty("message", message);
        body.add("context", new JsonObject());
        return Reply.json(status, body);
    }

    static Reply notFound(String message) {
        return error(404, "not_found_error", message);
    }

    static Reply invalid(String message, List<JsonObject> errors) {
        JsonObject body = new JsonObject();
        body.addProperty("code", 422);
        body.addProperty("message", message);
        JsonArray list = new JsonArray();
        errors.forEach(list::add);
        body.add("errors", list);
        return Reply.json(422, body);
    }

    static JsonObject fieldError(String location, String message) {
        JsonObject error = new JsonObject();
        error.addProperty("location", location);
        error.addProperty("message", message);
        return error;
    }

    /**
     * The body as a JSON object (the API description's check has passed it already), or a {@link Refusal} with a 422
     * when it is not one.
     */
    static JsonObject body(String body) {
        List<JsonObject> errors = new ArrayList<>();
        JsonObject object = parseObject(body, errors);
        if (object == null) {
            throw new Refusal(invalid("Invalid request body", errors));
        }
        return object;
    }

    /** Parses strict JSON; adds an error and returns null unless the body is one JSON object. */
    static JsonObject parseObject(String body, List<JsonObject> errors) {
        JsonElement element;
        try {
            JsonReader reader = new JsonReader(new StringReader(body));
            reader.setStrictness(Strictness.STRICT);
            element = JSON.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                element = null;
            }
        } catch (IOException | RuntimeException e) {
            element = null;
        }
        if (element == null) {
            errors.add(fieldError("body", "must be valid JSON"));
            return null;
        }
        if (!element.isJsonObject()) {
            errors.add(fieldError("body", "must be a JSON object"));
            return null;
        }
        return element.getAsJsonObject();
    }

    /** The items of a JSON array that are strings, as text (others are skipped). */
    static List<String> strings(JsonArray array) {
        List<String> out = new ArrayList<>(array.size());
        array.forEach(item -> {
            if (item.isJsonPrimitive() && item.getAsJsonPrimitive().isString()) {
                out.add(item.getAsString());
            }
        });
        return out;
    }

    static String toJson(JsonElement element) {
        return GSON.toJson(element);
    }
}
