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
import java.util.ArrayList;
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
        List<BackgroundTrack> tracks = new ArrayList<>(models.size());
        for (int i = 0; i < models.size(); i++) {
            BackgroundTrackModel m = models.get(i);
            if (m == null) {
                throw new UnreadableBodyException("the response's item [" + i + "] is null, not a background track");
            }
            tracks.add(toTrack(m, "[" + i + "]."));
        }
        return tracks;
    }

    static BackgroundTrack toTrack(BackgroundTrackModel m) {
        return toTrack(m, "");
    }

    private static BackgroundTrack toTrack(BackgroundTrackModel m, String path) {
        if (m.getId() == null) {
            throw UnreadableBodyException.badField(path + "id", null, "a number");
        }
        if (m.getName() == null) {
            throw UnreadableBodyException.badField(path + "name", null, "a string");
        }
        if (m.getVolume() == null) {
            throw UnreadableBodyException.badField(path + "volume", null, "a number");
        }
        return BackgroundTrack.builder()
                .id(m.getId())
                .name(m.getName())
                .volume(m.getVolume())
                .project(toProject(m.getProject(), path + "project."))
                .media(toMedia(m.getMedia(), path + "media."))
                .created(ApiTimestamps.parse(path + "created", m.getCreated()))
                .updated(ApiTimestamps.parse(path + "updated", m.getUpdated()))
                .additionalProperties(ApiJson.additionalProperties(m.getUnknownFields()))
                .build();
    }

    private static ProjectRef toProject(BackgroundTrackModelProject p, String path) {
        if (p == null) {
            return null;
        }
        if (p.getId() == null) {
            throw UnreadableBodyException.badField(path + "id", null, "a number");
        }
        return ProjectRef.builder()
                .id(p.getId())
                .name(p.getName())
                .additionalProperties(ApiJson.additionalProperties(p.getUnknownFields()))
                .build();
    }

    private static Media toMedia(BackgroundTrackModelMedia m, String path) {
        if (m == null) {
            return null;
        }
        if (m.getUrl() == null) {
            throw UnreadableBodyException.badField(path + "url", null, "a URL");
        }
        if (m.getDuration() != null && m.getDuration() < 0) {
            throw UnreadableBodyException.badField(path + "duration", m.getDuration().toString(),
                    "a duration in milliseconds (0 or more)");
        }
        Media.Builder media = Media.builder();
        try {
            media.url(m.getUrl());
        } catch (IllegalArgumentException e) {
            throw UnreadableBodyException.badField(path + "url", m.getUrl(), "a URL");
        }
        return media
                .duration(m.getDuration() == null ? null : Duration.ofMillis(m.getDuration()))
                .additionalProperties(ApiJson.additionalProperties(m.getUnknownFields()))
                .build();
    }
}
