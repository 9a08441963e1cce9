package io.beyondwords.testkit;

import java.util.Objects;

/**
 * Describes a background track to put into a {@link BeyondWordsStandIn} directly, without an HTTP request, via
 * {@link BeyondWordsStandIn#addTrack(TrackSeed)}.
 *
 * <pre>{@code
 * standIn.addTrack(TrackSeed.named("Jingle").volume(80).project(7, "News").media("https://example.com/a.mp3", 10_000L));
 * }</pre>
 *
 * <p>Seeds bypass request validation: they can hold values (a project name, a media duration) that no create request
 * can send but that the real API returns.
 */
public final class TrackSeed {

    private final String name;
    private int volume = 100;
    private Long projectId;
    private String projectName;
    private String mediaUrl;
    private Long mediaDuration;

    private TrackSeed(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Starts a seed for a track with this name, volume 100, no project and no media.
     *
     * @param name the track's name
     * @return a new seed
     */
    public static TrackSeed named(String name) {
        return new TrackSeed(name);
    }

    /**
     * Sets the volume in percent (default 100).
     *
     * @param volume the volume, 0 or more
     * @return this seed
     */
    public TrackSeed volume(int volume) {
        this.volume = volume;
        return this;
    }

    /**
     * Attaches the track to a project with this id and no name.
     *
     * @param id the project's id
     * @return this seed
     */
    public TrackSeed project(long id) {
        return project(id, null);
    }

    /**
     * Attaches the track to a project with this id and name ({@code name} may be {@code null}).
     *
     * @param id the project's id
     * @param name the project's name, or {@code null}
     * @return this seed
     */
    public TrackSeed project(long id, String name) {
        this.projectId = id;
        this.projectName = name;
        return this;
    }

    /**
     * Sets the media URL, with no known duration.
     *
     * @param url the media URL
     * @return this seed
     */
    public TrackSeed media(String url) {
        return media(url, null);
    }

    /**
     * Sets the media URL and its duration in milliseconds ({@code durationMillis} may be {@code null}).
     *
     * @param url the media URL
     * @param durationMillis the duration in milliseconds, or {@code null}
     * @return this seed
     */
    public TrackSeed media(String url, Long durationMillis) {
        this.mediaUrl = Objects.requireNonNull(url, "url");
        this.mediaDuration = durationMillis;
        return this;
    }

    String name() {
        return name;
    }

    int volume() {
        return volume;
    }

    Long projectId() {
        return projectId;
    }

    String projectName() {
        return projectName;
    }

    String mediaUrl() {
        return mediaUrl;
    }

    Long mediaDuration() {
        return mediaDuration;
    }
}
