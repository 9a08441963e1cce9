package io.beyondwords.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * A snapshot of one background track held by a {@link BeyondWordsStandIn}.
 *
 * <p>Snapshots are immutable; a later change to the stand-in's state is not reflected in an earlier snapshot.
 *
 * @param id            the id the stand-in assigned (1, 2, ... in creation order)
 * @param name          the track's name
 * @param volume        the playback volume in percent (100 when the create request did not say)
 * @param projectId     the attached project's id, or {@code null} when the track has no project
 * @param projectName   the attached project's name, or {@code null} (only seeded tracks carry one)
 * @param mediaUrl      the audio file's URL, or {@code null} when the track has no media
 * @param mediaDuration the audio's length in milliseconds, or {@code null} when unknown (always unknown for tracks
 *                      created over HTTP, because the stand-in downloads nothing)
 * @param created       when the track was created, by the stand-in's clock
 * @param updated       when the track was last changed, by the stand-in's clock
 */
public record StandInTrack(
        long id,
        String name,
        int volume,
        Long projectId,
        String projectName,
        String mediaUrl,
        Long mediaDuration,
        Instant created,
        Instant updated) {

    /**
     * Checks that the required members are there.
     *
     * @param id see {@link #id()}
     * @param name see {@link #name()}
     * @param volume see {@link #volume()}
     * @param projectId see {@link #projectId()}
     * @param projectName see {@link #projectName()}
     * @param mediaUrl see {@link #mediaUrl()}
     * @param mediaDuration see {@link #mediaDuration()}
     * @param created see {@link #created()}
     * @param updated see {@link #updated()}
     */
    public StandInTrack {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }
}
