package io.beyondwords.internal.backgroundtracks;

import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackUpdateParams;
import io.beyondwords.backgroundtracks.Media;
import io.beyondwords.backgroundtracks.ProjectRef;
import io.beyondwords.generated.model.BackgroundTrackModel;
import io.beyondwords.generated.model.BackgroundTrackModelMedia;
import io.beyondwords.generated.model.BackgroundTrackModelProject;
import io.beyondwords.generated.model.RequestBodyBackgroundTrack;
import io.beyondwords.generated.model.RequestBodyBackgroundTrackMedia;
import io.beyondwords.generated.model.RequestBodyBackgroundTrackProject;
import io.beyondwords.internal.json.ApiJson;
import io.beyondwords.internal.json.ApiTimestamps;
import io.beyondwords.internal.json.UnreadableBodyException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Every conversion between the generated background-track models and the facade's types, in one place. */
final class BackgroundTrackMapper {
    private BackgroundTrackMapper() {
    }

    static RequestBodyBackgroundTrack toRequest(BackgroundTrackCreateParams params) {
        RequestBodyBackgroundTrack body = new RequestBodyBackgroundTrack().name(params.name());
        fill(body, params.volume(), params.projectId(), params.mediaUrl().map(URI::toString).orElse(null));
        return body;
    }

    static RequestBodyBackgroundTrack toRequest(BackgroundTrackUpdateParams params) {
        RequestBodyBackgroundTrack body = new RequestBodyBackgroundTrack();
        params.name().ifPresent(body::setName);
        fill(body, params.volume(), params.projectId(), params.mediaUrl().map(URI::toString).orElse(null));
        return body;
    }

    private static void fill(RequestBodyBackgroundTrack body, OptionalInt volume, OptionalLong projectId,
            String mediaUrl) {
        volume.ifPresent(body::setVolume);
        projectId.ifPresent(id -> body.setProject(new RequestBodyBackgroundTrackProject().id(id)));
        if (mediaUrl != null) {
            body.setMedia(new RequestBodyBackgroundTrackMedia().url(mediaUrl));
        }
    }

    static List<BackgroundTrack> toTracks(List<BackgroundTrackModel> models) {
        BackgroundTrack[] tracks = new BackgroundTrack[models.size()];
        for (int i = 0; i < tracks.length; i++) {
            BackgroundTrackModel m = models.get(i);
            if (m == null) {
                throw new UnreadableBodyException("the response's item [" + i + "] is null, not a background track");
            }
            tracks[i] = toTrack(m, i);
        }
        // List.of copies the array once; the page's List.copyOf then keeps this list as it is.
        return List.of(tracks);
    }

    static BackgroundTrack toTrack(BackgroundTrackModel m) {
        return toTrack(m, NO_INDEX);
    }

    /** {@code index} for a single track, whose field paths have no item prefix. */
    private static final int NO_INDEX = -1;

    /**
     * A field's path in the response ({@code name}, {@code [3].media.url}) for an error message. Built only when a
     * field fails: building it for every field of every item cost more than the checks themselves.
     */
    private static String path(int index, String field) {
        return index == NO_INDEX ? field : "[" + index + "]." + field;
    }

    private static BackgroundTrack toTrack(BackgroundTrackModel m, int index) {
        if (m.getId() == null) {
            throw UnreadableBodyException.badField(path(index, "id"), null, "a number");
        }
        if (m.getName() == null) {
            throw UnreadableBodyException.badField(path(index, "name"), null, "a string");
        }
        if (m.getVolume() == null) {
            throw UnreadableBodyException.badField(path(index, "volume"), null, "a number");
        }
        ProjectRef project = toProject(m.getProject(), index);
        Media media = toMedia(m.getMedia(), index);
        return BackgroundTrack.builder()
                .id(m.getId())
                .name(m.getName())
                .volume(m.getVolume())
                .project(project)
                .media(media)
                .created(timestamp(m.getCreated(), index, "created"))
                .updated(timestamp(m.getUpdated(), index, "updated"))
                .additionalProperties(ApiJson.additionalProperties(m.getUnknownFields()))
                .build();
    }

    private static Instant timestamp(String value, int index, String field) {
        Instant instant = ApiTimestamps.tryParse(value);
        if (instant == null) {
            throw ApiTimestamps.invalid(path(index, field), value);
        }
        return instant;
    }

    private static ProjectRef toProject(BackgroundTrackModelProject p, int index) {
        if (p == null) {
            return null;
        }
        if (p.getId() == null) {
            throw UnreadableBodyException.badField(path(index, "project.id"), null, "a number");
        }
        return ProjectRef.builder()
                .id(p.getId())
                .name(p.getName())
                .additionalProperties(ApiJson.additionalProperties(p.getUnknownFields()))
                .build();
    }

    private static Media toMedia(BackgroundTrackModelMedia m, int index) {
        if (m == null) {
            return null;
        }
        if (m.getUrl() == null) {
            throw UnreadableBodyException.badField(path(index, "media.url"), null, "a URL");
        }
        if (m.getDuration() != null && m.getDuration() < 0) {
            throw UnreadableBodyException.badField(path(index, "media.duration"), m.getDuration().toString(),
                    "a duration in milliseconds (0 or more)");
        }
        Media.Builder media = Media.builder();
        try {
            media.url(m.getUrl());
        } catch (IllegalArgumentException e) {
            throw UnreadableBodyException.badField(path(index, "media.url"), m.getUrl(), "a URL");
        }
        return media
                .duration(m.getDuration() == null ? null : Duration.ofMillis(m.getDuration()))
                .additionalProperties(ApiJson.additionalProperties(m.getUnknownFields()))
                .build();
    }
}
