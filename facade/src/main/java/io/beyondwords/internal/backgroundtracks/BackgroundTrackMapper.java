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
import io.beyondwords.internal.json.UnreadableBodyException;
import io.beyondwords.internal.json.ValueFailures;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Every conversion between the generated background-track models and the facade's types, in one place. */
final class BackgroundTrackMapper {
    private static final BackgroundTrackAccess VALUES = BackgroundTrackAccess.get();

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

    /**
     * @param models the response's items
     * @param late how a timestamp found bad on first access reports it
     * @return the tracks
     * @throws UnreadableBodyException naming the item and field of the first problem found while reading
     */
    static List<BackgroundTrack> toTracks(List<BackgroundTrackModel> models, ValueFailures late) {
        BackgroundTrack[] tracks = new BackgroundTrack[models.size()];
        for (int i = 0; i < tracks.length; i++) {
            BackgroundTrackModel m = models.get(i);
            if (m == null) {
                throw new UnreadableBodyException("the response's item [" + i + "] is null, not a background track");
            }
            tracks[i] = toTrack(m, i, late);
        }
        // List.of copies the array once; the page's List.copyOf then keeps this list as it is.
        return List.of(tracks);
    }

    static BackgroundTrack toTrack(BackgroundTrackModel m, ValueFailures late) {
        return toTrack(m, NO_INDEX, late);
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

    private static BackgroundTrack toTrack(BackgroundTrackModel m, int index, ValueFailures late) {
        if (m.getId() == null) {
            throw UnreadableBodyException.badField(path(index, "id"), null, "a number");
        }
        if (m.getName() == null) {
            throw UnreadableBodyException.badField(path(index, "name"), null, "a string");
        }
        if (m.getVolume() == null) {
            throw UnreadableBodyException.badField(path(index, "volume"), null, "a number");
        }
        // Present or not is checked now, like every required field; the text itself is parsed on first access.
        if (m.getCreated() == null) {
            throw UnreadableBodyException.badField(path(index, "created"), null, "a timestamp");
        }
        if (m.getUpdated() == null) {
            throw UnreadableBodyException.badField(path(index, "updated"), null, "a timestamp");
        }
        return VALUES.track(m.getId(), m.getName(), m.getVolume(), toProject(m.getProject(), index),
                toMedia(m.getMedia(), index, late), m.getCreated(), m.getUpdated(), late,
                ApiJson.additionalProperties(m.getUnknownFields()));
    }

    private static ProjectRef toProject(BackgroundTrackModelProject p, int index) {
        if (p == null) {
            return null;
        }
        if (p.getId() == null) {
            throw UnreadableBodyException.badField(path(index, "project.id"), null, "a number");
        }
        return VALUES.project(p.getId(), p.getName(), ApiJson.additionalProperties(p.getUnknownFields()));
    }

    private static Media toMedia(BackgroundTrackModelMedia m, int index, ValueFailures late) {
        if (m == null) {
            return null;
        }
        if (m.getUrl() == null) {
            throw UnreadableBodyException.badField(path(index, "media.url"), null, "a URL");
        }
        Long millis = m.getDuration();
        if (millis != null && millis < 0) {
            throw UnreadableBodyException.badField(path(index, "media.duration"), millis.toString(),
                    "a duration in milliseconds (0 or more)");
        }
        return VALUES.media(m.getUrl(), millis == null ? null : Duration.ofMillis(millis), late,
                ApiJson.additionalProperties(m.getUnknownFields()));
    }
}
