package io.beyondwords.testkit;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.HttpUrl;

/**
 * The API's behaviour, free of any server library: takes a parsed request, returns a reply. All state lives here,
 * guarded by this object's monitor.
 */
final class StandInApi {

    /** The API's own timestamp format, e.g. {@code 2023-01-01 00:00:00 UTC}. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    static final String PREFIX = "/v1";
    private static final String TRACKS = PREFIX + "/background_tracks";

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private static final TypeAdapter<JsonElement> JSON = GSON.getAdapter(JsonElement.class);

    record Reply(int status, String body, Map<String, String> headers) {
        static Reply json(int status, JsonElement body) {
            return new Reply(status, GSON.toJson(body), Map.of());
        }

        Reply withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Reply(status, body, copy);
        }
    }

    private static final class Track {
        final long id;
        String name;
        int volume;
        Long projectId;
        String projectName;
        String mediaUrl;
        Long mediaDuration;
        final Instant created;
        Instant updated;

        Track(long id, String name, Instant now) {
            this.id = id;
            this.name = name;
            this.volume = 100;
            this.created = now;
            this.updated = now;
        }

        StandInTrack snapshot() {
            return new StandInTrack(id, name, volume, projectId, projectName, mediaUrl, mediaDuration, created,
                    updated);
        }
    }

    private final String apiKey;
    private final Clock clock;
    private final int defaultPageSize;
    private final TreeMap<Long, Track> tracks = new TreeMap<>();
    private long nextId = 1;

    StandInApi(String apiKey, Clock clock, int defaultPageSize) {
        this.apiKey = apiKey;
        this.clock = clock;
        this.defaultPageSize = defaultPageSize;
    }

    // ---- direct state access (for the public convenience methods) ----

    synchronized StandInTrack add(TrackSeed seed) {
        Track track = new Track(nextId++, seed.name(), clock.instant());
        track.volume = seed.volume();
        track.projectId = seed.projectId();
        track.projectName = seed.projectName();
        track.mediaUrl = seed.mediaUrl();
        track.mediaDuration = seed.mediaDuration();
        tracks.put(track.id, track);
        return track.snapshot();
    }

    synchronized List<StandInTrack> seed(int count) {
        List<StandInTrack> added = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long id = nextId;
            added.add(add(TrackSeed.named("Track " + id).media("https://example.com/track-" + id + ".mp3", 10_000L)));
        }
        return List.copyOf(added);
    }

    synchronized List<StandInTrack> tracks() {
        List<StandInTrack> all = new ArrayList<>(tracks.size());
        for (Track track : tracks.values()) {
            all.add(track.snapshot());
        }
        return List.copyOf(all);
    }

    synchronized Optional<StandInTrack> track(long id) {
        Track track = tracks.get(id);
        return track == null ? Optional.empty() : Optional.of(track.snapshot());
    }

    synchronized void reset() {
        tracks.clear();
        nextId = 1;
    }

    // ---- HTTP behaviour ----

    /**
     * Answers one request.
     *
     * @param method the request method
     * @param url    the request URL (path and query are used)
     * @param key    the X-Api-Key header's value, or null
     * @param body   the request body as text
     */
    synchronized Reply handle(String method, HttpUrl url, String key, String body) {
        String path = url.encodedPath();
        boolean collection = path.equals(TRACKS);
        boolean member = path.startsWith(TRACKS + "/") && path.indexOf('/', TRACKS.length() + 1) < 0
                && path.length() > TRACKS.length() + 1;
        if (!collection && !member) {
            return error(404, "not_found_error", "The requested resource was not found.");
        }
        if (key == null || !key.equals(apiKey)) {
            return error(401, "permission_error", "Authentication token was not recognized.");
        }
        if (collection) {
            switch (method) {
                case "GET":
                    return list(url);
                case "POST":
                    return create(body);
                default:
                    return notAllowed("GET, POST");
            }
        }
        String idText = url.pathSegments().get(url.pathSize() - 1);
        if (!"GET".equals(method) && !"PUT".equals(method)) {
            return notAllowed("GET, PUT");
        }
        Track track = idText.matches("[0-9]{1,18}") ? tracks.get(Long.parseLong(idText)) : null;
        if (track == null) {
            return error(404, "not_found_error", "Background track not found.");
        }
        return "GET".equals(method) ? Reply.json(200, render(track)) : update(track, body);
    }

    private Reply list(HttpUrl url) {
        List<JsonObject> errors = new ArrayList<>();
        int limit = defaultPageSize;
        int offset = 0;
        String limitText = url.queryParameter("pagination[limit]");
        if (limitText != null) {
            Integer parsed = parseInt(limitText);
            if (parsed == null) {
                errors.add(fieldError("pagination[limit]", "must be an integer"));
            } else if (parsed < 1) {
                errors.add(fieldError("pagination[limit]", "must be greater than 0"));
            } else {
                limit = parsed;
            }
        }
        String offsetText = url.queryParameter("pagination[offset]");
        if (offsetText != null) {
            Integer parsed = parseInt(offsetText);
            if (parsed == null) {
                errors.add(fieldError("pagination[offset]", "must be an integer"));
            } else if (parsed < 0) {
                errors.add(fieldError("pagination[offset]", "must be greater than or equal to 0"));
            } else {
                offset = parsed;
            }
        }
        if (!errors.isEmpty()) {
            return invalid("Invalid request parameters", errors);
        }
        String name = url.queryParameter("filter[name]");
        JsonArray page = new JsonArray();
        int index = 0;
        for (Track track : tracks.values()) {
            if (name != null && !name.equals(track.name)) {
                continue;
            }
            if (index++ < offset) {
                continue;
            }
            if (page.size() == limit) {
                break;
            }
            page.add(render(track));
        }
        return Reply.json(200, page).withHeader("X-Pagination-Limit", Integer.toString(limit));
    }

    private Reply create(String body) {
        List<JsonObject> errors = new ArrayList<>();
        JsonObject object = parseObject(body, errors);
        Changes changes = object == null ? null : Changes.read(object, true, errors);
        if (!errors.isEmpty()) {
            return invalid("Invalid request body", errors);
        }
        Track track = new Track(nextId++, changes.name, clock.instant());
        changes.applyTo(track);
        tracks.put(track.id, track);
        return Reply.json(201, render(track));
    }

    private Reply update(Track track, String body) {
        List<JsonObject> errors = new ArrayList<>();
        JsonObject object = parseObject(body, errors);
        Changes changes = object == null ? null : Changes.read(object, false, errors);
        if (!errors.isEmpty()) {
            return invalid("Invalid request body", errors);
        }
        changes.applyTo(track);
        track.updated = clock.instant();
        return Reply.json(200, render(track));
    }

    /** The fields of a create or update body, validated. */
    private static final class Changes {
        String name;
        Integer volume;
        boolean projectGiven;
        Long projectId;
        String mediaUrl;

        static Changes read(JsonObject body, boolean create, List<JsonObject> errors) {
            Changes changes = new Changes();
            JsonElement name = body.get("name");
            if (name == null) {
                if (create) {
                    errors.add(fieldError("name", "can't be blank"));
                }
            } else if (!isString(name)) {
                errors.add(fieldError("name", "must be a string"));
            } else if (name.getAsString().isBlank()) {
                errors.add(fieldError("name", "can't be blank"));
            } else {
                changes.name = name.getAsString();
            }

            JsonElement volume = body.get("volume");
            if (volume != null) {
                Long value = integer(volume);
                if (value == null || value > Integer.MAX_VALUE) {
                    errors.add(fieldError("volume", "must be an integer"));
                } else if (value < 0) {
                    errors.add(fieldError("volume", "must be greater than or equal to 0"));
                } else {
                    changes.volume = value.intValue();
                }
            }

            if (body.has("project")) {
                JsonElement project = body.get("project");
                changes.projectGiven = true;
                if (project.isJsonNull()) {
                    changes.projectId = null;
                } else if (!project.isJsonObject()) {
                    errors.add(fieldError("project", "must be an object or null"));
                } else {
                    JsonElement id = project.getAsJsonObject().get("id");
                    Long value = id == null ? null : integer(id);
                    if (id == null) {
                        errors.add(fieldError("project.id", "can't be blank"));
                    } else if (value == null) {
                        errors.add(fieldError("project.id", "must be an integer"));
                    } else if (value < 1) {
                        errors.add(fieldError("project.id", "must be greater than 0"));
                    } else {
                        changes.projectId = value;
                    }
                }
            }

            if (body.has("media")) {
                JsonElement media = body.get("media");
                if (!media.isJsonObject()) {
                    errors.add(fieldError("media", "must be an object"));
                } else {
                    JsonElement url = media.getAsJsonObject().get("url");
                    if (url == null || url.isJsonNull()) {
                        errors.add(fieldError("media.url", "can't be blank"));
                    } else if (!isString(url)) {
                        errors.add(fieldError("media.url", "must be a string"));
                    } else if (!isHttpUrl(url.getAsString())) {
                        errors.add(fieldError("media.url", "must be an absolute http or https URL"));
                    } else {
                        changes.mediaUrl = url.getAsString();
                    }
                }
            }
            return changes;
        }

        void applyTo(Track track) {
            if (name != null) {
                track.name = name;
            }
            if (volume != null) {
                track.volume = volume;
            }
            if (projectGiven && !java.util.Objects.equals(projectId, track.projectId)) {
                track.projectId = projectId;
                track.projectName = null;
            }
            if (mediaUrl != null && !mediaUrl.equals(track.mediaUrl)) {
                track.mediaUrl = mediaUrl;
                track.mediaDuration = null;
            }
        }
    }

    // ---- JSON helpers ----

    static JsonObject render(Track track) {
        JsonObject json = new JsonObject();
        json.addProperty("id", track.id);
        json.addProperty("name", track.name);
        json.addProperty("volume", track.volume);
        if (track.projectId == null) {
            json.add("project", JsonNull.INSTANCE);
        } else {
            JsonObject project = new JsonObject();
            project.addProperty("id", track.projectId);
            if (track.projectName != null) {
                project.addProperty("name", track.projectName);
            }
            json.add("project", project);
        }
        if (track.mediaUrl == null) {
            json.add("media", JsonNull.INSTANCE);
        } else {
            JsonObject media = new JsonObject();
            media.addProperty("url", track.mediaUrl);
            if (track.mediaDuration != null) {
                media.addProperty("duration", track.mediaDuration);
            }
            json.add("media", media);
        }
        json.addProperty("created", TIMESTAMP.format(track.created));
        json.addProperty("updated", TIMESTAMP.format(track.updated));
        return json;
    }

    static Reply error(int status, String type, String message) {
        JsonObject body = new JsonObject();
        body.addProperty("type", type);
        body.addProperty("message", message);
        body.add("context", new JsonObject());
        return Reply.json(status, body);
    }

    private static Reply notAllowed(String allow) {
        return error(405, "method_not_allowed", "Method not allowed.").withHeader("Allow", allow);
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

    /** Parses strict JSON; adds an error and returns null unless the body is one JSON object. */
    private static JsonObject parseObject(String body, List<JsonObject> errors) {
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

    private static boolean isString(JsonElement element) {
        return element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
    }

    /** The value of an integral JSON number, or null for anything else (strings, fractions, out-of-range). */
    private static Long integer(JsonElement element) {
        if (!element.isJsonPrimitive()) {
            return null;
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (!primitive.isNumber()) {
            return null;
        }
        try {
            return new BigDecimal(primitive.getAsString()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static Integer parseInt(String text) {
        if (!text.matches("-?[0-9]{1,9}")) {
            return null;
        }
        return Integer.parseInt(text);
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
