package io.beyondwords.internal.backgroundtracks;

import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.Media;
import io.beyondwords.backgroundtracks.ProjectRef;
import io.beyondwords.internal.json.ValueFailures;
import java.time.Duration;
import java.util.Map;

/**
 * Lets the response mapper build values in ways their public builders do not offer: with timestamps parsed on first
 * access, and without a builder per value (three per track, on every item of every page). The value classes register
 * the one implementation from their static initializer, the pattern of OkHttp 3's {@code okhttp3.internal.Internal}:
 * Java has no "friend" access across packages, and nothing here belongs in the public API.
 */
public abstract class BackgroundTrackAccess {
    private static volatile BackgroundTrackAccess instance;

    /** For the value package's implementation only. */
    protected BackgroundTrackAccess() {
    }

    /**
     * Called once, by {@link BackgroundTrack}'s static initializer.
     *
     * @param access the implementation
     * @throws IllegalStateException if one is registered already
     */
    public static synchronized void register(BackgroundTrackAccess access) {
        if (instance != null) {
            throw new IllegalStateException("BackgroundTrackAccess is registered already");
        }
        instance = access;
    }

    static BackgroundTrackAccess get() {
        BackgroundTrackAccess access = instance;
        if (access == null) {
            try {
                // Initializing the class runs its registration.
                Class.forName(BackgroundTrack.class.getName(), true, BackgroundTrack.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            access = instance;
            if (access == null) {
                throw new IllegalStateException("BackgroundTrack did not register its BackgroundTrackAccess");
            }
        }
        return access;
    }

    /**
     * A track with every field already checked by the caller: nothing is checked or copied again.
     *
     * @param createdText the server's text, read on first access
     * @param updatedText the server's text, read on first access
     * @param failures how the response reports a timestamp found unreadable then
     * @param additionalProperties an unmodifiable map, kept as it is
     * @return the track
     */
    public abstract BackgroundTrack track(long id, String name, int volume, ProjectRef project, Media media,
            String createdText, String updatedText, ValueFailures failures, Map<String, String> additionalProperties);

    /**
     * @param additionalProperties an unmodifiable map, kept as it is
     * @return the project reference
     */
    public abstract ProjectRef project(long id, String name, Map<String, String> additionalProperties);

    /**
     * @param urlText the server's text, read on first access
     * @param duration the audio's length, or {@code null}
     * @param failures how the response reports a URL found unreadable then
     * @param additionalProperties an unmodifiable map, kept as it is
     * @return the media
     */
    public abstract Media media(String urlText, Duration duration, ValueFailures failures,
            Map<String, String> additionalProperties);
}
