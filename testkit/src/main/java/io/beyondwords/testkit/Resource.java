package io.beyondwords.testkit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * One resource of the stand-in and the items it holds: a generic in-memory store of JSON documents with the API's
 * list, create, retrieve, update and delete, shaped by a short definition (see {@link StandInResources}):
 *
 * <ul>
 *   <li>where it lives: a collection path, optionally under a parent resource ({@code /projects/{project_id}/content}
 *       keeps each project's content apart, and answers 404 for an unknown project);</li>
 *   <li>its ids: sequential numbers 1, 2, ... or UUID strings;</li>
 *   <li>an alternate key ({@code source_id}): unique within the parent (a second use is a 422 located there), and an
 *       item can be addressed by it wherever its id is accepted;</li>
 *   <li>what a create and an update do with the members of the body, which the API description has checked (by
 *       default: keeps them as sent);</li>
 *   <li>the list's filters and orders, and hooks for a retrieve (content advances) and for showing an item (members
 *       computed from other state).</li>
 * </ul>
 *
 * <p>Not thread-safe by itself: the {@link StandInApi} that routes to it, and the stand-in's direct accessors, hold
 * the api's monitor.
 */
final class Resource {

    enum Operation { LIST, CREATE, RETRIEVE, UPDATE, DELETE }

    /** What a create or update does with the checked members of the body. */
    interface Change extends BiConsumer<Document, JsonObject> {
    }

    private final String noun;
    private final String path;
    private final Resource parent;
    private final String parentParam;
    private final Clock clock;
    private Set<Operation> operations = EnumSet.allOf(Operation.class);
    private boolean uuidIds;
    private int createdStatus = 201;
    private String alternateKey;
    private final Map<String, BiPredicate<Document, String>> filters = new LinkedHashMap<>();
    private final Map<String, Comparator<Document>> orders = new LinkedHashMap<>();
    private Change onCreate = Resource::merge;
    private Change onUpdate = Resource::merge;
    private Consumer<Document> onRetrieve = document -> { };
    private BiConsumer<Document, JsonObject> onShow = (document, json) -> { };
    private Consumer<Document> onRemove = document -> { };

    private final Map<String, Map<String, Document>> byScope = new LinkedHashMap<>();
    private long sequence;

    private Resource(String noun, String path, Resource parent, Clock clock) {
        this.noun = noun;
        this.path = path;
        this.parent = parent;
        this.clock = clock;
        int open = path.indexOf('{');
        this.parentParam = parent == null ? null : path.substring(open + 1, path.indexOf('}', open));
    }

    /**
     * A top-level resource.
     *
     * @param noun what one item is called in a 404's message, e.g. {@code "Background track"}
     * @param path the collection's path under the prefix, e.g. {@code /background_tracks}
     */
    static Resource at(String path, String noun, Clock clock) {
        return new Resource(noun, path, null, clock);
    }

    /** A resource whose items live under an item of {@code parent}, named by the path's first variable. */
    static Resource under(Resource parent, String path, String noun, Clock clock) {
        return new Resource(noun, path, Objects.requireNonNull(parent, "parent"), clock);
    }

    // ---- the definition ----

    Resource only(Operation first, Operation... rest) {
        this.operations = EnumSet.of(first, rest);
        return this;
    }

    Resource uuidIds() {
        this.uuidIds = true;
        return this;
    }

    /** The status of a successful create (201 unless the API documents otherwise). */
    Resource createdStatus(int status) {
        this.createdStatus = status;
        return this;
    }

    Resource alternateKey(String member) {
        this.alternateKey = member;
        return this;
    }

    /** A list filter: items for which {@code keeps} is false are left out when the query has {@code parameter}. */
    Resource filter(String parameter, BiPredicate<Document, String> keeps) {
        filters.put(parameter, keeps);
        return this;
    }

    /** A value of {@code order[by]}; {@code order[dir]=desc} reverses it. Without {@code order[by]}: id order. */
    Resource order(String by, Comparator<Document> comparator) {
        orders.put(by, comparator);
        return this;
    }

    /** What a create does with the checked body (default: keeps its members); members start empty. */
    Resource onCreate(Change change) {
        this.onCreate = change;
        return this;
    }

    /** What an update does with the checked body (default: replaces the members sent). */
    Resource onUpdate(Change change) {
        this.onUpdate = change;
        return this;
    }

    /** Runs on every retrieve over HTTP, before the item is shown. */
    Resource onRetrieve(Consumer<Document> hook) {
        this.onRetrieve = hook;
        return this;
    }

    /** Runs when an item is removed (a delete over HTTP or a batch delete), after it is gone. */
    Resource onRemove(Consumer<Document> hook) {
        this.onRemove = hook;
        return this;
    }

    /** Adds members computed when an item is shown, after its own members and before created and updated. */
    Resource onShow(BiConsumer<Document, JsonObject> hook) {
        this.onShow = hook;
        return this;
    }

    /** Registers this resource's operations with {@code api}. */
    Resource serve(StandInApi api) {
        String item = path + "/{id}";
        api.lookup(item, values -> {
            if (parent == null) {
                return find("", values.get(values.size() - 1)) != null;
            }
            Document owner = parent.find("", values.get(0));
            return owner != null && find(owner.id, values.get(values.size() - 1)) != null;
        });
        if (operations.contains(Operation.LIST)) {
            api.route("GET", path, request -> list(request, api));
        }
        if (operations.contains(Operation.CREATE)) {
            api.route("POST", path, this::create);
        }
        if (operations.contains(Operation.RETRIEVE)) {
            api.route("GET", item, this::retrieve);
        }
        if (operations.contains(Operation.UPDATE)) {
            api.route("PUT", item, this::update);
        }
        if (operations.contains(Operation.DELETE)) {
            api.route("DELETE", item, this::delete);
        }
        return this;
    }

    /** Keeps every member of {@code given} on the item, replacing those it had. */
    static void merge(Document document, JsonObject given) {
        given.entrySet().forEach(member -> document.members.add(member.getKey(), member.getValue()));
    }

    // ---- HTTP ----

    private StandInApi.Reply list(StandInApi.ApiRequest request, StandInApi api) {
        List<Document> items = new ArrayList<>(documents(scopeOf(request)));
        filters.forEach((parameter, keeps) -> {
            String value = request.url().queryParameter(parameter);
            if (value != null) {
                items.removeIf(document -> !keeps.test(document, value));
            }
        });
        Comparator<Document> order = orders.get(String.valueOf(request.url().queryParameter("order[by]")));
        if (order != null) {
            boolean descending = "desc".equalsIgnoreCase(request.url().queryParameter("order[dir]"));
            items.sort(descending ? order.reversed() : order);
        }
        List<JsonObject> shown = new ArrayList<>(items.size());
        items.forEach(document -> shown.add(show(document)));
        return api.page(shown, request.url());
    }

    private StandInApi.Reply create(StandInApi.ApiRequest request) {
        String scope = scopeOf(request);
        JsonObject given = checkedBody(request.body(), scope, null);
        return StandInApi.Reply.json(createdStatus, show(add(scope, given)));
    }

    private StandInApi.Reply retrieve(StandInApi.ApiRequest request) {
        Document document = require(request);
        onRetrieve.accept(document);
        return StandInApi.Reply.json(200, show(document));
    }

    private StandInApi.Reply update(StandInApi.ApiRequest request) {
        Document document = require(request);
        JsonObject given = checkedBody(request.body(), document.scope, document);
        onUpdate.accept(document, given);
        document.updated = clock.instant();
        return StandInApi.Reply.json(200, show(document));
    }

    private StandInApi.Reply delete(StandInApi.ApiRequest request) {
        Document document = require(request);
        remove(document);
        return StandInApi.Reply.empty(204);
    }

    /**
     * The body's members (the API description's check has passed them), or a {@link StandInApi.Refusal} with a 422
     * when the alternate key is taken.
     */
    private JsonObject checkedBody(String body, String scope, Document self) {
        List<JsonObject> errors = new ArrayList<>();
        JsonObject given = StandInApi.body(body);
        if (alternateKey != null && given.has(alternateKey) && !given.get(alternateKey).isJsonNull()) {
            Document holder = findByAlternateKey(scope, given.get(alternateKey).getAsString());
            if (holder != null && holder != self) {
                errors.add(StandInApi.fieldError(alternateKey, "has already been taken"));
            }
        }
        if (!errors.isEmpty()) {
            throw new StandInApi.Refusal(StandInApi.invalid("Invalid request body", errors));
        }
        return given;
    }

    /** The parent's id named by the request's path ({@code ""} for a top-level resource); 404 for an unknown one. */
    String scopeOf(StandInApi.ApiRequest request) {
        if (parent == null) {
            return "";
        }
        Document owner = parent.find("", request.param(parentParam));
        if (owner == null) {
            throw new StandInApi.Refusal(StandInApi.notFound(parent.noun + " not found."));
        }
        return owner.id;
    }

    /** The item the request's path names (by id or alternate key), or a 404. */
    Document require(StandInApi.ApiRequest request) {
        Document document = find(scopeOf(request), request.param("id"));
        if (document == null) {
            throw new StandInApi.Refusal(StandInApi.notFound(noun + " not found."));
        }
        return document;
    }

    // ---- the store ----

    /** Adds an item with a new id whose members {@code onCreate} makes from {@code given}. */
    Document add(String scope, JsonObject given) {
        return add(scope, document -> onCreate.accept(document, given));
    }

    /** Adds an item with a new id whose members {@code fill} sets (a seed: no checks, no {@code onCreate}). */
    Document add(String scope, Consumer<Document> fill) {
        sequence++;
        String id = uuidIds ? String.format(Locale.ROOT, "00000000-0000-4000-8000-%012x", sequence)
                : Long.toString(sequence);
        Document document = new Document(id, scope, new JsonObject(), clock.instant());
        try {
            fill.accept(document);
        } catch (RuntimeException refused) {
            sequence--; // a create that is refused takes no id
            throw refused;
        }
        byScope.computeIfAbsent(scope, key -> new LinkedHashMap<>()).put(id, document);
        return document;
    }

    /** The item with this id, or else with this alternate key, in this scope; null if none. */
    Document find(String scope, String idOrKey) {
        if (idOrKey == null) {
            return null;
        }
        Map<String, Document> documents = byScope.getOrDefault(scope, Map.of());
        String id = idOrKey;
        if (!uuidIds && idOrKey.matches("[0-9]{1,18}")) {
            id = Long.toString(Long.parseLong(idOrKey));
        }
        Document document = documents.get(id);
        return document != null || alternateKey == null ? document : findByAlternateKey(scope, idOrKey);
    }

    private Document findByAlternateKey(String scope, String key) {
        for (Document document : documents(scope)) {
            if (key.equals(document.text(alternateKey))) {
                return document;
            }
        }
        return null;
    }

    /** The items of one scope in id order. */
    Collection<Document> documents(String scope) {
        return byScope.getOrDefault(scope, Map.of()).values();
    }

    /** Every item of every scope, scope by scope in the order scopes were first used. */
    List<Document> all() {
        List<Document> all = new ArrayList<>();
        byScope.values().forEach(documents -> all.addAll(documents.values()));
        return all;
    }

    void remove(Document document) {
        Map<String, Document> documents = byScope.get(document.scope);
        if (documents != null && documents.remove(document.id) != null) {
            onRemove.accept(document);
        }
    }

    /** Forgets every item; ids start again at 1. */
    void clear() {
        byScope.clear();
        sequence = 0;
    }

    /** The item as the API shows it: id, its members, computed members, created and updated. */
    JsonObject show(Document document) {
        JsonObject json = new JsonObject();
        json.add("id", uuidIds ? new JsonPrimitive(document.id) : new JsonPrimitive(Long.parseLong(document.id)));
        for (Map.Entry<String, JsonElement> member : document.members.entrySet()) {
            json.add(member.getKey(), member.getValue().deepCopy());
        }
        onShow.accept(document, json);
        json.addProperty("created", StandInApi.TIMESTAMP.format(document.created));
        json.addProperty("updated", StandInApi.TIMESTAMP.format(document.updated));
        return json;
    }
}
