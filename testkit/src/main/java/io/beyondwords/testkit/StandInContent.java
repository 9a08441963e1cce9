package io.beyondwords.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * A snapshot of one content item held by a {@link BeyondWordsStandIn}. Taking it is not a poll: it does not move the
 * item's status. Immutable; a later change to the stand-in's state is not reflected in an earlier snapshot.
 *
 * @param id        the UUID the stand-in assigned
 * @param projectId the project the item belongs to
 * @param status    where processing stands: {@code draft}, {@code queued}, {@code processing}, {@code processed},
 *                  {@code error} (or {@code skipped}, for a seed)
 * @param sourceId  the item's {@code source_id}, or {@code null} when it has none
 * @param title     the item's title as sent (HTML), or {@code null} when it has none
 * @param json      the item as {@code GET /v1/projects/{project_id}/content/{id}} would answer it now (without
 *                  counting as a poll), as JSON text
 * @param created   when the item was created, by the stand-in's clock
 * @param updated   when the item last changed (its status included), by the stand-in's clock
 */
public record StandInContent(String id, long projectId, String status, String sourceId, String title, String json,
        Instant created, Instant updated) {

    /**
     * Checks that the members that are always present are not {@code null}.
     *
     * @param id see {@link #id()}
     * @param projectId see {@link #projectId()}
     * @param status see {@link #status()}
     * @param sourceId see {@link #sourceId()}
     * @param title see {@link #title()}
     * @param json see {@link #json()}
     * @param created see {@link #created()}
     * @param updated see {@link #updated()}
     */
    public StandInContent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }
}
