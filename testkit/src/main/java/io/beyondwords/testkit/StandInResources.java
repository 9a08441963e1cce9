package io.beyondwords.testkit;

import static io.beyondwords.testkit.Resource.Operation.CREATE;
import static io.beyondwords.testkit.Resource.Operation.LIST;
import static io.beyondwords.testkit.Resource.Operation.RETRIEVE;
import static io.beyondwords.testkit.Resource.Operation.UPDATE;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The resources the stand-in serves, each defined in a few lines on top of {@link Resource}, plus the operations that
 * are not plain list/create/retrieve/update/delete (a project's voices, the fixed voices and languages, content's batch
 * delete, the player). Also the direct access behind {@link BeyondWordsStandIn}'s seeding and reading methods. Every
 * method holds the {@link StandInApi}'s monitor, as the HTTP side does.
 */
final class StandInResources {

    /** Settings of a stand-in that its {@code reset()} restores. */
    record Settings(boolean defaultProject, int pollsUntilProcessed, boolean processingEndsInError) {
    }

    private static final Comparator<Document> BY_ID = Comparator.comparing(document -> Long.parseLong(document.id));

    private final Object lock;
    /** The speaking rates of the fixed voices changed since the last reset, by voice id. */
    private final Map<Long, Integer> speakingRates = new HashMap<>();
    private final Clock clock;
    private final Settings settings;
    private final Resource tracks;
    private final Resource projects;
    private final Resource content;
    private int pollsUntilProcessed;
    private boolean processingEndsInError;
    private long mediaIds;
    /** Told of each event a webhook reports: its action type, the content item's id and the payload. */
    private ContentEvents contentEvents = (actionType, contentId, payload) -> { };

    StandInResources(StandInApi api, Clock clock, Settings settings) {
        this.lock = api;
        this.clock = clock;
        this.settings = settings;

        tracks = Resource.at("/background_tracks", "Background track", clock)
                .only(LIST, CREATE, RETRIEVE, UPDATE)
                .filter("filter[name]", (track, name) -> name.equals(track.text("name")))
                .onCreate((track, given) -> {
                    track.members.addProperty("name", ""); // openapi.yaml requires no name
                    track.members.addProperty("volume", 100);
                    track.members.add("project", JsonNull.INSTANCE);
                    track.members.add("media", JsonNull.INSTANCE);
                    changeTrack(track, given);
                })
                .onUpdate(StandInResources::changeTrack)
                .serve(api);

        projects = Resource.at("/projects", "Project", clock)
                .only(LIST, CREATE, RETRIEVE, UPDATE)
                .createdStatus(200) // the docs document 200 for this create, not 201
                .filter("filter[name]", (project, name) -> name.equals(project.text("name")))
                .filter("filter[environment]", (project, value) -> value.equals(project.text("environment")))
                .filter("filter[language.code]", (project, code) -> code.equals(project.text("language")))
                .order("name", Comparator.comparing((Document project) -> project.text("name")).thenComparing(BY_ID))
                .order("created", Comparator.comparing((Document project) -> project.created).thenComparing(BY_ID))
                .onCreate((project, given) -> {
                    project.members.addProperty("auto_publish_enabled", true); // the docs' default
                    Resource.merge(project, given);
                    project.members.add("language_data", VoiceCatalogue.languageData(project.text("language")));
                })
                .onUpdate((project, given) -> {
                    if (given.has("name")) {
                        project.members.add("name", given.get("name"));
                    }
                    JsonElement language = given.get("language");
                    if (language != null && language.isJsonObject() && language.getAsJsonObject().has("code")) {
                        String code = language.getAsJsonObject().get("code").getAsString();
                        project.members.addProperty("language", code);
                        project.members.add("language_data", VoiceCatalogue.languageData(code));
                    }
                })
                .onShow(this::showContentTotals)
                .serve(api);

        content = Resource.under(projects, "/projects/{project_id}/content", "Content", clock)
                .uuidIds()
                .createdStatus(200) // as BeyondWords' own mock answers; the docs' page hid the status
                .alternateKey("source_id")
                .onCreate(this::createContent)
                .onRetrieve(this::pollContent)
                .onRemove(item -> report("audio.deleted", item))
                .serve(api);

        api.route("POST", "/projects/{project_id}/content/batch_delete", request -> {
            String project = content.scopeOf(request);
            JsonObject given = StandInApi.body(request.body());
            // The API's answer for ids it does not hold is not documented; a batch delete here forgets what it finds.
            JsonArray ids = given.has("ids") ? given.getAsJsonArray("ids") : new JsonArray();
            for (String id : StandInApi.strings(ids)) {
                content.documents(project).stream().filter(item -> item.id.equals(id)).findFirst()
                        .ifPresent(content::remove);
            }
            return StandInApi.Reply.empty(204);
        });
        api.route("GET", "/projects/{id}/voices", request -> {
            projects.require(request);
            return StandInApi.Reply.json(200, VoiceCatalogue.projectVoices());
        });
        api.route("GET", "/organization/voices", request -> StandInApi.Reply.json(200,
                VoiceCatalogue.voices(request.url().queryParameter("filter[language.code]"), speakingRates)));
        api.route("PUT", "/organization/voices/{id}", request -> {
            String id = request.param("id");
            if (!id.matches("[0-9]{1,18}") || !VoiceCatalogue.has(Long.parseLong(id))) {
                return StandInApi.notFound("The requested voice was not found.");
            }
            JsonObject given = StandInApi.body(request.body());
            if (given.has("speaking_rate")) {
                speakingRates.put(Long.parseLong(id), given.get("speaking_rate").getAsInt());
            }
            return StandInApi.Reply.json(200, VoiceCatalogue.voice(Long.parseLong(id), speakingRates));
        });
        api.route("GET", "/organization/languages", request -> StandInApi.Reply.json(200,
                VoiceCatalogue.languages()));
        api.publicRoute("GET", "/projects/{project_id}/player/by_content_id/{id}", request -> player(request, "id"));
        api.publicRoute("GET", "/projects/{project_id}/player/by_source_id/{id}",
                request -> player(request, "source_id"));
        api.publicRoute("GET", "/projects/{project_id}/player/by_source_url/{id}",
                request -> player(request, "source_url"));
        api.publicRoute("GET", "/projects/{project_id}/player/by_playlist_id/{id}", this::playerByPlaylist);
        api.publicRoute("GET", "/projects/{project_id}/player/by_identifiers/{id}", this::playerByIdentifiers);
        reset();
    }

    // ---- background tracks ----

    /** The members a track keeps; others are accepted and ignored (a track shows no more). */
    private static final List<String> TRACK_MEMBERS = List.of("name", "volume", "project", "media");

    /**
     * A new project id drops the project's name, a new media URL its duration: the stand-in knows neither. A media
     * object without a URL, and a null name or volume, change nothing.
     */
    private static void changeTrack(Document track, JsonObject given) {
        requireProjectIdThatCanExist(given);
        for (Map.Entry<String, JsonElement> member : given.entrySet()) {
            JsonElement value = member.getValue();
            if (!TRACK_MEMBERS.contains(member.getKey())
                    || value.isJsonNull() && !"project".equals(member.getKey())
                    || "media".equals(member.getKey()) && !(value.isJsonObject()
                            && value.getAsJsonObject().has("url"))) {
                continue;
            }
            JsonElement current = track.members.get(member.getKey());
            boolean same = "project".equals(member.getKey()) && sameMember(current, member.getValue(), "id")
                    || "media".equals(member.getKey()) && sameMember(current, member.getValue(), "url");
            if (!same) {
                track.members.add(member.getKey(), member.getValue());
            }
        }
    }

    /**
     * Ids start at 1, so a track cannot be attached to project 0 or below: a 422 at {@code project.id}, as the API
     * answers a reference to nothing (the spec states no minimum; which projects exist is the stand-in's knowledge).
     */
    private static void requireProjectIdThatCanExist(JsonObject given) {
        JsonElement project = given.get("project");
        JsonElement id = project != null && project.isJsonObject() ? project.getAsJsonObject().get("id") : null;
        if (id != null && id.isJsonPrimitive() && id.getAsJsonPrimitive().isNumber() && id.getAsDouble() < 1) {
            throw new StandInApi.Refusal(StandInApi.invalid("Invalid request body",
                    List.of(StandInApi.fieldError("project.id", "must be greater than 0"))));
        }
    }

    private static boolean sameMember(JsonElement current, JsonElement given, String name) {
        return current != null && current.isJsonObject() && given.isJsonObject()
                && current.getAsJsonObject().get(name).equals(given.getAsJsonObject().get(name));
    }

    List<StandInTrack> seedTracks(int count) {
        synchronized (lock) {
            List<StandInTrack> added = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                added.add(trackOf(tracks.add("", track -> fillTrack(track, TrackSeed.named("Track " + track.id)
                        .media("https://example.com/track-" + track.id + ".mp3", 10_000L)))));
            }
            return List.copyOf(added);
        }
    }

    StandInTrack addTrack(TrackSeed seed) {
        synchronized (lock) {
            return trackOf(tracks.add("", track -> fillTrack(track, seed)));
        }
    }

    private static void fillTrack(Document track, TrackSeed seed) {
        track.members.addProperty("name", seed.name());
        track.members.addProperty("volume", seed.volume());
        JsonObject project = new JsonObject();
        if (seed.projectId() != null) {
            project.addProperty("id", seed.projectId());
            if (seed.projectName() != null) {
                project.addProperty("name", seed.projectName());
            }
        }
        track.members.add("project", seed.projectId() == null ? JsonNull.INSTANCE : project);
        JsonObject media = new JsonObject();
        if (seed.mediaUrl() != null) {
            media.addProperty("url", seed.mediaUrl());
            if (seed.mediaDuration() != null) {
                media.addProperty("duration", seed.mediaDuration());
            }
        }
        track.members.add("media", seed.mediaUrl() == null ? JsonNull.INSTANCE : media);
    }

    List<StandInTrack> tracks() {
        return snapshots(tracks::all, StandInResources::trackOf);
    }

    Optional<StandInTrack> track(long id) {
        synchronized (lock) {
            return Optional.ofNullable(tracks.find("", Long.toString(id))).map(StandInResources::trackOf);
        }
    }

    private static StandInTrack trackOf(Document track) {
        JsonObject members = track.members;
        JsonObject project = members.get("project").isJsonNull() ? null : members.getAsJsonObject("project");
        JsonObject media = members.get("media").isJsonNull() ? null : members.getAsJsonObject("media");
        return new StandInTrack(Long.parseLong(track.id), track.text("name"), members.get("volume").getAsInt(),
                project == null ? null : project.get("id").getAsLong(),
                project == null || !project.has("name") ? null : project.get("name").getAsString(),
                media == null ? null : media.get("url").getAsString(),
                media == null || !media.has("duration") ? null : media.get("duration").getAsLong(),
                track.created, track.updated);
    }

    // ---- projects ----

    private void showContentTotals(Document project, JsonObject json) {
        Instant latest = null;
        for (Document item : content.documents(project.id)) {
            latest = latest == null || item.updated.isAfter(latest) ? item.updated : latest;
        }
        json.addProperty("content_total_count", content.documents(project.id).size());
        json.add("content_updated", latest == null ? JsonNull.INSTANCE
                : new JsonPrimitive(StandInApi.TIMESTAMP.format(latest)));
    }

    StandInProject addProject(String name, String language) {
        JsonObject given = new JsonObject();
        given.addProperty("name", name);
        given.addProperty("language", language);
        synchronized (lock) {
            return projectOf(projects.add("", given));
        }
    }

    List<StandInProject> projects() {
        return snapshots(projects::all, this::projectOf);
    }

    Optional<StandInProject> project(long id) {
        synchronized (lock) {
            return Optional.ofNullable(projects.find("", Long.toString(id))).map(this::projectOf);
        }
    }

    private StandInProject projectOf(Document project) {
        return new StandInProject(Long.parseLong(project.id), project.text("name"), project.text("language"),
                StandInApi.toJson(projects.show(project)), project.created, project.updated);
    }

    // ---- content ----

    private void createContent(Document item, JsonObject given) {
        ContentProcessing processing = new ContentProcessing(pollsUntilProcessed, processingEndsInError);
        item.hidden = processing;
        item.members.addProperty("status", processing.status());
        item.members.addProperty("type", "auto_segment");
        Resource.merge(item, given);
        fillContent(item);
        if (processing.done()) {
            finishProcessing(item, processing.status());
            report(item);
        }
    }

    /** The members every content item has that a body does not give. */
    private void fillContent(Document item) {
        if (!item.members.has("language")) {
            item.members.addProperty("language", projects.find("", item.scope).text("language"));
        }
        item.members.add("audio", new JsonArray());
        item.members.add("video", new JsonArray());
        item.members.add("segments", new JsonArray());
        item.members.addProperty("preview_token",
                UUID.nameUUIDFromBytes(("preview " + item.id).getBytes(StandardCharsets.UTF_8)).toString());
    }

    private void pollContent(Document item) {
        if (item.hidden instanceof ContentProcessing processing && processing.poll()) {
            item.members.addProperty("status", processing.status());
            item.updated = clock.instant();
            if (processing.done()) {
                finishProcessing(item, processing.status());
                report(item);
            }
        }
    }

    /** What webhooks report: a content item's processing finished or failed, or the item was deleted. */
    interface ContentEvents {
        void event(String actionType, String contentId, String payload);
    }

    void onContentEvent(ContentEvents listener) {
        this.contentEvents = listener;
    }

    /** Reports a content item whose processing has just ended. */
    private void report(Document item) {
        report(ContentProcessing.PROCESSED.equals(item.text("status")) ? "audio.updated" : "audio.error", item);
    }

    private void report(String actionType, Document item) {
        contentEvents.event(actionType, item.id, WebhookPayloads.of(actionType, content.show(item), item.scope));
    }

    /** Processed content gets its audio: an MP3 and an HLS playlist, 400 ms per word of its text, at least 1 s. */
    private void finishProcessing(Document item, String status) {
        if (!ContentProcessing.PROCESSED.equals(status)) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (String section : List.of("title", "summary", "body")) {
            String value = item.text(section);
            text.append(' ').append(value == null ? "" : value.replaceAll("<[^>]*>", " "));
        }
        String words = text.toString().trim();
        long duration = Math.max(1000L, words.isEmpty() ? 0 : words.split("\\s+").length * 400L);
        JsonArray audio = new JsonArray();
        audio.add(media("audio/mpeg", "https://example.com/audio/" + item.id + ".mp3", duration));
        audio.add(media("application/vnd.apple.mpegurl", "https://example.com/audio/" + item.id + ".m3u8", duration));
        item.members.add("audio", audio);
    }

    private JsonObject media(String type, String url, long duration) {
        JsonObject media = new JsonObject();
        media.addProperty("id", ++mediaIds);
        media.addProperty("content_type", type);
        media.addProperty("url", url);
        media.addProperty("duration", duration);
        return media;
    }

    StandInContent addContent(long projectId, ContentSeed seed) {
        synchronized (lock) {
            Document project = projects.find("", Long.toString(projectId));
            if (project == null) {
                throw new IllegalArgumentException("the stand-in holds no project " + projectId);
            }
            String sourceId = seed.members().has("source_id") ? seed.members().get("source_id").getAsString() : null;
            if (sourceId != null && content.find(project.id, sourceId) != null) {
                throw new IllegalArgumentException("project " + projectId + " already has source_id " + sourceId);
            }
            Document item = content.add(project.id, document -> {
                document.members.addProperty("status", seed.status());
                document.members.addProperty("type", "auto_segment");
                Resource.merge(document, seed.members());
                fillContent(document);
                finishProcessing(document, seed.status());
            });
            return contentOf(item);
        }
    }

    List<StandInContent> content(long projectId) {
        return snapshots(() -> List.copyOf(content.documents(Long.toString(projectId))), this::contentOf);
    }

    Optional<StandInContent> content(long projectId, String idOrSourceId) {
        synchronized (lock) {
            return Optional.ofNullable(content.find(Long.toString(projectId), idOrSourceId)).map(this::contentOf);
        }
    }

    private StandInContent contentOf(Document item) {
        return new StandInContent(item.id, Long.parseLong(item.scope), item.text("status"), item.text("source_id"),
                item.text("title"), StandInApi.toJson(content.show(item)), item.created, item.updated);
    }

    void contentProcessing(int polls, boolean endsInError) {
        new ContentProcessing(polls, endsInError); // checks the values
        synchronized (lock) {
            this.pollsUntilProcessed = polls;
            this.processingEndsInError = endsInError;
        }
    }

    // ---- the player ----

    /** What the player gets for the content item whose {@code member} is the path's last segment. */
    private StandInApi.Reply player(StandInApi.ApiRequest request, String member) {
        String scope = content.scopeOf(request);
        String wanted = request.param("id");
        Document item = content.documents(scope).stream()
                .filter(candidate -> wanted.equals("id".equals(member) ? candidate.id : candidate.text(member)))
                .findFirst()
                .orElseThrow(() -> new StandInApi.Refusal(StandInApi.notFound("Content not found.")));
        return StandInApi.Reply.json(200, playerJson(List.of(item)));
    }

    /**
     * The player for a playlist. The stand-in holds no playlists of its own but the one BeyondWords makes for every
     * project (type project), which here has the project's id and holds the project's content in order.
     */
    private StandInApi.Reply playerByPlaylist(StandInApi.ApiRequest request) {
        String scope = content.scopeOf(request);
        if (!scope.equals(request.param("id"))) {
            throw new StandInApi.Refusal(StandInApi.notFound("Playlist not found."));
        }
        return StandInApi.Reply.json(200, playerJson(content.documents(scope)));
    }

    /** The player for the content items a JSON array of ids or source_ids names, in the array's order. */
    private StandInApi.Reply playerByIdentifiers(StandInApi.ApiRequest request) {
        String scope = content.scopeOf(request);
        JsonArray wanted;
        try {
            wanted = JsonParser.parseString(request.param("id")).getAsJsonArray();
        } catch (RuntimeException e) {
            throw new StandInApi.Refusal(StandInApi.notFound("Content not found."));
        }
        List<Document> items = new ArrayList<>();
        for (String identifier : StandInApi.strings(wanted)) {
            content.documents(scope).stream()
                    .filter(candidate -> identifier.equals(candidate.id)
                            || identifier.equals(candidate.text("source_id")))
                    .findFirst().ifPresent(items::add);
        }
        if (items.isEmpty()) {
            throw new StandInApi.Refusal(StandInApi.notFound("Content not found."));
        }
        return StandInApi.Reply.json(200, playerJson(items));
    }

    private JsonObject playerJson(java.util.Collection<Document> items) {
        JsonArray entries = new JsonArray();
        JsonElement language = JsonNull.INSTANCE;
        for (Document item : items) {
            JsonObject shown = content.show(item);
            if (language.isJsonNull() && shown.has("language")) {
                language = shown.get("language");
            }
            entries.add(playerEntry(item, shown));
        }
        JsonObject json = new JsonObject();
        json.add("language", language);
        json.add("content", entries);
        JsonObject playerSettings = new JsonObject();
        playerSettings.addProperty("enabled", true);
        playerSettings.addProperty("player_style", "standard");
        playerSettings.addProperty("theme", "auto");
        playerSettings.addProperty("title_enabled", true);
        json.add("settings", playerSettings);
        JsonObject video = new JsonObject();
        video.addProperty("enabled", false);
        json.add("video_settings", video);
        return json;
    }

    private static JsonObject playerEntry(Document item, JsonObject shown) {
        JsonObject entry = new JsonObject();
        entry.addProperty("id", item.id);
        String title = item.text("title");
        if (title != null) {
            entry.addProperty("title", title.replaceAll("<[^>]*>", "").trim());
        }
        for (String copied : List.of("source_id", "source_url", "author")) {
            if (shown.has(copied)) {
                entry.add(copied, shown.get(copied));
            }
        }
        entry.add("image_url", shown.has("image_url") ? shown.get("image_url") : JsonNull.INSTANCE);
        entry.add("audio", shown.get("audio"));
        entry.add("video", new JsonArray());
        entry.add("segments", new JsonArray());
        if (shown.has("ads_enabled")) {
            entry.add("ads_enabled", shown.get("ads_enabled"));
        }
        return entry;
    }

    // ---- all of it ----

    /** Forgets every item (ids start again at 1), adds the default project again and restores the settings. */
    void reset() {
        synchronized (lock) {
            tracks.clear();
            projects.clear();
            content.clear();
            speakingRates.clear();
            mediaIds = 0;
            pollsUntilProcessed = settings.pollsUntilProcessed();
            processingEndsInError = settings.processingEndsInError();
            if (settings.defaultProject()) {
                JsonObject given = new JsonObject();
                given.addProperty("name", BeyondWordsStandIn.DEFAULT_PROJECT_NAME);
                given.addProperty("language", "en_US");
                given.addProperty("environment", "production");
                projects.add("", given);
            }
        }
    }

    private <T> List<T> snapshots(Supplier<List<Document>> documentsNow, Function<Document, T> snapshot) {
        synchronized (lock) {
            List<Document> documents = documentsNow.get();
            List<T> all = new ArrayList<>(documents.size());
            documents.forEach(document -> all.add(snapshot.apply(document)));
            return List.copyOf(all);
        }
    }
}
