package io.beyondwords.testkit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;

/**
 * One item a {@link Resource} holds: its id, the parent it lives under, its members as the API shows them (without
 * {@code id}, {@code created} and {@code updated}, which are kept as values and added when it is shown), and any
 * state of the resource's own that the API does not show. Guarded by the {@link StandInApi}'s monitor.
 */
final class Document {

    final String id;
    /** The parent's id (a project's, for content), or {@code ""} for a top-level resource. */
    final String scope;
    final JsonObject members;
    final Instant created;
    Instant updated;
    /** What a resource keeps about an item beyond its members (content: its processing progress), or null. */
    Object hidden;

    Document(String id, String scope, JsonObject members, Instant now) {
        this.id = id;
        this.scope = scope;
        this.members = members;
        this.created = now;
        this.updated = now;
    }

    /** A top-level member as text, or null when absent, null or not a JSON primitive. */
    String text(String member) {
        JsonElement value = members.get(member);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }
}
