package io.beyondwords.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * A snapshot of one project held by a {@link BeyondWordsStandIn}. Immutable; a later change to the stand-in's state is
 * not reflected in an earlier snapshot.
 *
 * @param id       the id the stand-in assigned (1, 2, ... in creation order; 1 is the default project)
 * @param name     the project's name
 * @param language the project's default language code, e.g. {@code en_US}
 * @param json     the project as {@code GET /v1/projects/{id}} would answer it now, as JSON text
 * @param created  when the project was created, by the stand-in's clock
 * @param updated  when the project was last changed, by the stand-in's clock
 */
public record StandInProject(long id, String name, String language, String json, Instant created, Instant updated) {

    /**
     * Checks that the members that are always present are not {@code null}.
     *
     * @param id see {@link #id()}
     * @param name see {@link #name()}
     * @param language see {@link #language()}
     * @param json see {@link #json()}
     * @param created see {@link #created()}
     * @param updated see {@link #updated()}
     */
    public StandInProject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }
}
