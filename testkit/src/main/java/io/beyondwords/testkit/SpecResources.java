package io.beyondwords.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every operation of the API description that no hand-written resource serves, served from the description alone: its
 * {@code x-beyondwords-method} says what it does, its path where the items live, its examples what they look like.
 *
 * <ul>
 *   <li>{@code list}, {@code create}, {@code retrieve}, {@code update}, {@code delete} of a collection the description
 *       can create in: an in-memory store per path (a project's playlists are that project's), items shaped from the
 *       create's example with the members sent echoed, ids assigned in order (numbers, or UUIDs where the example's
 *       id is one), 404 for an unknown id or parent;</li>
 *   <li>{@code retrieve} and {@code update} of anything else (a project's settings, a member's project): one item per
 *       concrete path, starting as the example, changed in place;</li>
 *   <li>every other operation (analytics, read-only lists): the example of its success response.</li>
 * </ul>
 *
 * <p>A list is paged like the hand-written ones when the operation declares {@code pagination[limit]}. Guarded by the
 * {@link StandInApi}'s monitor.
 */
final class SpecResources {

    /** How the stand-in serves one operation of the description. */
    enum Kind {
        /** By a hand-written resource, which has behaviour the description cannot state. */
        HAND_WRITTEN("hand-written (below)"),
        LIST("the items created under this path, in id order"),
        CREATE("a new item: the example with the members sent, the next id"),
        RETRIEVE("the item; 404 for an unknown id"),
        UPDATE("the item with the members sent"),
        DELETE("204; the item is gone (404 after)"),
        /** A settings-like item, one per path, retrieved and updated in place. */
        SINGLETON_RETRIEVE("one per path: the example, as last updated"),
        SINGLETON_UPDATE("one per path: changed in place"),
        /** The example of the success response. */
        EXAMPLE("the example");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** What the stand-in answers, in a few words (the docs' table of served operations shows it). */
        String description() {
            return description;
        }
    }

    /** One operation of the description and how it is served. */
    record Served(String method, String path, String verb, Kind kind) {
    }

    /** The items of one collection template, by scope (the parent path's values) and then by id. */
    private static final class Store {
        final ApiSpec.Operation create;
        final Map<String, Map<String, JsonObject>> byScope = new LinkedHashMap<>();
        long sequence;

        Store(ApiSpec.Operation create) {
            this.create = create;
        }
    }

    private final StandInApi api;
    private final ApiSpec spec;
    private final Clock clock;
    private final Map<String, Store> stores = new LinkedHashMap<>();
    private final Map<String, JsonObject> singletons = new LinkedHashMap<>();
    private final List<Served> served = new ArrayList<>();

    SpecResources(StandInApi api, ApiSpec spec, Clock clock) {
        this.api = api;
        this.spec = spec;
        this.clock = clock;
        List<ApiSpec.Operation> operations = spec.operations();
        Set<String> handWritten = new HashSet<>();
        for (ApiSpec.Operation operation : operations) {
            if (api.serves(operation.method(), operation.path())) {
                handWritten.add(operation.method() + " " + operation.path());
            } else if ("create".equals(operation.verb()) && "POST".equals(operation.method())) {
                stores.put(StandInApi.shape(operation.path()), new Store(operation));
            }
        }
        for (ApiSpec.Operation operation : operations) {
            if (handWritten.contains(operation.method() + " " + operation.path())) {
                served.add(new Served(operation.method(), operation.path(), operation.verb(), Kind.HAND_WRITTEN));
            } else {
                serve(operation);
            }
        }
        stores.forEach((shape, store) -> api.lookup(shape + "/{}", values -> {
            Map<String, JsonObject> items = store.byScope.get(String.join("/", values.subList(0, values.size() - 1)));
            return items != null && find(items, values.get(values.size() - 1), "id") != null;
        }));
    }

    /** How each operation of the description is served, in the description's order. */
    List<Served> served() {
        return List.copyOf(served);
    }

    /** Forgets every item and every change to a singleton. */
    void reset() {
        stores.values().forEach(store -> {
            store.byScope.clear();
            store.sequence = 0;
        });
        singletons.clear();
    }

    private void serve(ApiSpec.Operation operation) {
        String path = operation.path();
        List<String> segments = List.of(path.substring(1).split("/", -1));
        boolean endsInVariable = segments.get(segments.size() - 1).startsWith("{");
        String collection = endsInVariable ? path.substring(0, path.lastIndexOf('/')) : path;
        Store store = stores.get(StandInApi.shape(collection));
        boolean item = endsInVariable && store != null;
        String verb = operation.verb();
        String method = operation.method();
        Kind kind;
        StandInApi.Handler handler;
        if ("list".equals(verb) && "GET".equals(method) && store != null && !endsInVariable) {
            kind = Kind.LIST;
            handler = request -> list(operation, store, request);
        } else if ("create".equals(verb) && "POST".equals(method)) {
            kind = Kind.CREATE;
            handler = request -> create(operation, store, request);
        } else if ("retrieve".equals(verb) && "GET".equals(method)) {
            kind = item ? Kind.RETRIEVE : Kind.SINGLETON_RETRIEVE;
            handler = item ? request -> StandInApi.Reply.json(operation.successStatus(),
                    require(store, request, segments).deepCopy())
                    : request -> StandInApi.Reply.json(operation.successStatus(),
                            singleton(request, path).deepCopy());
        } else if ("update".equals(verb) && ("PUT".equals(method) || "PATCH".equals(method))) {
            kind = item ? Kind.UPDATE : Kind.SINGLETON_UPDATE;
            handler = request -> update(operation,
                    item ? require(store, request, segments) : singleton(request, path), request);
        } else if ("delete".equals(verb) && "DELETE".equals(method) && item) {
            kind = Kind.DELETE;
            handler = request -> delete(operation, store, request, segments);
        } else {
            kind = Kind.EXAMPLE;
            handler = request -> example(operation, request);
        }
        served.add(new Served(method, path, verb, kind));
        StandInApi.Handler checked = request -> {
            requireParents(path, request, item);
            return handler.handle(request);
        };
        if (isPublic(operation)) {
            api.publicRoute(method, path, checked);
        } else {
            api.route(method, path, checked);
        }
    }

    /** An operation whose {@code security} is an empty list, or lists an empty requirement, needs no key. */
    private static boolean isPublic(ApiSpec.Operation operation) {
        JsonElement security = operation.definition().get("security");
        if (security == null || !security.isJsonArray()) {
            return false;
        }
        JsonArray requirements = security.getAsJsonArray();
        for (JsonElement requirement : requirements) {
            if (requirement.isJsonObject() && requirement.getAsJsonObject().size() == 0) {
                return true;
            }
        }
        return requirements.size() == 0;
    }

    /** A 404 unless every item the path passes through (its project, say) exists, where the stand-in holds it. */
    private void requireParents(String path, StandInApi.ApiRequest request, boolean item) {
        List<String> segments = List.of(path.substring(1).split("/", -1));
        List<String> values = new ArrayList<>();
        int last = item ? segments.size() - 1 : segments.size();
        for (int i = 0; i < last; i++) {
            String segment = segments.get(i);
            if (segment.startsWith("{")) {
                values.add(request.param(segment.substring(1, segment.length() - 1)));
                String prefix = "/" + String.join("/", segments.subList(0, i + 1));
                if (!api.exists(prefix, List.copyOf(values))) {
                    throw new StandInApi.Refusal(StandInApi.notFound("The requested resource was not found."));
                }
            }
        }
    }

    // ---- collections ----

    private StandInApi.Reply list(ApiSpec.Operation operation, Store store, StandInApi.ApiRequest request) {
        List<JsonObject> items = new ArrayList<>();
        store.byScope.getOrDefault(scope(request, operation.path()), Map.of()).values()
                .forEach(item -> items.add(item.deepCopy()));
        return page(operation, items, request);
    }

    private StandInApi.Reply create(ApiSpec.Operation operation, Store store, StandInApi.ApiRequest request) {
        JsonObject given = body(request);
        JsonObject item = operation.example().filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject)
                .orElseGet(JsonObject::new);
        echo(item, given, spec.properties(operation.responseSchema().orElse(null)));
        store.sequence++;
        String id = Long.toString(store.sequence);
        JsonElement exampleId = item.get("id");
        if (exampleId != null && exampleId.isJsonPrimitive() && exampleId.getAsJsonPrimitive().isString()) {
            id = exampleId.getAsString().matches("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
                    ? String.format(Locale.ROOT, "00000000-0000-4000-8000-%012x", store.sequence) : id;
            item.addProperty("id", id);
        } else {
            item.add("id", new JsonPrimitive(store.sequence));
        }
        stamp(item, "created");
        stamp(item, "updated");
        store.byScope.computeIfAbsent(scope(request, operation.path()), key -> new LinkedHashMap<>())
                .put(id, item);
        return StandInApi.Reply.json(operation.successStatus(), item.deepCopy());
    }

    private StandInApi.Reply update(ApiSpec.Operation operation, JsonObject item, StandInApi.ApiRequest request) {
        echo(item, body(request), spec.properties(operation.responseSchema().orElse(null)));
        stamp(item, "updated");
        return StandInApi.Reply.json(operation.successStatus(), item.deepCopy());
    }

    private StandInApi.Reply delete(ApiSpec.Operation operation, Store store, StandInApi.ApiRequest request,
            List<String> segments) {
        JsonObject item = require(store, request, segments);
        store.byScope.get(scope(request, store.create.path())).values().remove(item);
        return operation.successStatus() == 204 ? StandInApi.Reply.empty(204)
                : StandInApi.Reply.json(operation.successStatus(), item);
    }

    private JsonObject require(Store store, StandInApi.ApiRequest request, List<String> segments) {
        String last = segments.get(segments.size() - 1);
        String variable = last.substring(1, last.length() - 1);
        Map<String, JsonObject> items = store.byScope.get(scope(request, store.create.path()));
        JsonObject item = items == null ? null : find(items, request.param(variable), variable);
        if (item == null) {
            throw new StandInApi.Refusal(StandInApi.notFound("The requested resource was not found."));
        }
        return item;
    }

    /** The item with this id or, when the path names it otherwise ({@code {slug}}), with that member. */
    private static JsonObject find(Map<String, JsonObject> items, String key, String variable) {
        if (key == null) {
            return null;
        }
        JsonObject byId = items.get(key.matches("0*[0-9]{1,18}") ? Long.toString(Long.parseLong(key)) : key);
        if (byId != null) {
            return byId;
        }
        for (JsonObject item : items.values()) {
            JsonElement member = item.get(variable);
            if (member != null && member.isJsonPrimitive() && key.equals(member.getAsString())) {
                return item;
            }
        }
        return null;
    }

    /** The values of the collection path's variables, e.g. {@code "1"} for {@code /projects/1/playlists}. */
    private static String scope(StandInApi.ApiRequest request, String collectionPath) {
        List<String> values = new ArrayList<>();
        for (String segment : collectionPath.substring(1).split("/")) {
            if (segment.startsWith("{")) {
                values.add(request.param(segment.substring(1, segment.length() - 1)));
            }
        }
        return String.join("/", values);
    }

    // ---- singletons and examples ----

    /** The item at the request's path, starting as the example of the description's GET there (or this one's). */
    private JsonObject singleton(StandInApi.ApiRequest request, String template) {
        return singletons.computeIfAbsent(request.url().encodedPath(), key -> {
            JsonObject start = null;
            for (ApiSpec.Operation operation : spec.operations()) {
                if (operation.path().equals(template) && (start == null || "GET".equals(operation.method()))) {
                    start = operation.example().filter(JsonElement::isJsonObject)
                            .map(JsonElement::getAsJsonObject).orElse(start);
                }
            }
            return start == null ? new JsonObject() : start;
        });
    }

    private StandInApi.Reply example(ApiSpec.Operation operation, StandInApi.ApiRequest request) {
        JsonElement example = operation.example().orElse(null);
        if (example == null) {
            return operation.successStatus() == 204 ? StandInApi.Reply.empty(204)
                    : StandInApi.Reply.json(operation.successStatus(), new JsonObject());
        }
        if (example.isJsonArray()) {
            List<JsonObject> items = new ArrayList<>();
            boolean objects = true;
            for (JsonElement element : example.getAsJsonArray()) {
                objects &= element.isJsonObject();
                if (element.isJsonObject()) {
                    items.add(element.getAsJsonObject());
                }
            }
            if (objects) {
                return page(operation, items, request);
            }
        }
        return StandInApi.Reply.json(operation.successStatus(), example);
    }

    private StandInApi.Reply page(ApiSpec.Operation operation, List<JsonObject> items, StandInApi.ApiRequest request) {
        if (operation.hasQueryParameter("pagination[limit]")) {
            return api.page(items, request.url());
        }
        JsonArray all = new JsonArray();
        items.forEach(all::add);
        return StandInApi.Reply.json(operation.successStatus(), all);
    }

    // ---- shaping ----

    private static JsonObject body(StandInApi.ApiRequest request) {
        return request.body() == null || request.body().isBlank() ? new JsonObject()
                : StandInApi.body(request.body());
    }

    private void stamp(JsonObject item, String member) {
        JsonElement value = item.get(member);
        if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            item.addProperty(member, StandInApi.TIMESTAMP.format(clock.instant()));
        }
    }

    /**
     * Puts the members of {@code given} on {@code target} where they fit its shape: a member the target has takes a
     * value of the same JSON kind (objects merged member by member, arrays element by element against the first
     * element); a member it lacks is kept if the response schema declares it with a fitting type, or does not
     * declare it at all (the API keeps members it does not know).
     */
    private void echo(JsonObject target, JsonObject given, JsonObject declared) {
        for (Map.Entry<String, JsonElement> member : given.entrySet()) {
            JsonElement current = target.get(member.getKey());
            JsonElement value = member.getValue();
            if (current == null) {
                JsonObject schema = declared.has(member.getKey()) ? spec.object(declared.get(member.getKey())) : null;
                if (schema == null || fits(value, schema)) {
                    target.add(member.getKey(), value.deepCopy());
                }
            } else {
                JsonElement merged = merged(current, value);
                if (merged != null) {
                    target.add(member.getKey(), merged);
                }
            }
        }
    }

    /** {@code given} shaped like {@code current}, or null to keep {@code current}. */
    private JsonElement merged(JsonElement current, JsonElement given) {
        if (given.isJsonNull()) {
            return current.isJsonNull() ? given : null;
        }
        if (current.isJsonNull()) {
            return given.deepCopy();
        }
        if (current.isJsonObject() && given.isJsonObject()) {
            JsonObject copy = current.getAsJsonObject().deepCopy();
            echo(copy, given.getAsJsonObject(), new JsonObject());
            return copy;
        }
        if (current.isJsonArray() && given.isJsonArray()) {
            JsonArray was = current.getAsJsonArray();
            if (was.isEmpty()) {
                return given.deepCopy();
            }
            JsonArray shaped = new JsonArray();
            for (JsonElement element : given.getAsJsonArray()) {
                JsonElement fitted = merged(was.get(0), element);
                if (fitted == null) {
                    return null;
                }
                shaped.add(fitted);
            }
            return shaped;
        }
        if (current.isJsonPrimitive() && given.isJsonPrimitive()) {
            JsonPrimitive was = current.getAsJsonPrimitive();
            JsonPrimitive now = given.getAsJsonPrimitive();
            boolean same = was.isString() && now.isString() || was.isBoolean() && now.isBoolean()
                    || was.isNumber() && now.isNumber();
            return same ? given.deepCopy() : null;
        }
        return null;
    }

    private static boolean fits(JsonElement value, JsonObject schema) {
        String type = ApiSpec.text(schema, "type");
        if (value.isJsonNull()) {
            return "true".equals(ApiSpec.text(schema, "nullable"));
        }
        if (type == null) {
            return true;
        }
        switch (type) {
            case "string":
                return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
            case "integer":
            case "number":
                return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
            case "boolean":
                return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
            case "object":
                return value.isJsonObject();
            case "array":
                return value.isJsonArray();
            default:
                return true;
        }
    }
}
