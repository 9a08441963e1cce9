package io.beyondwords.examples;

import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.Media;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Plain-text rendering of tracks for the terminal. */
final class TrackTable {
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String ROW = "%6s  %-32s  %6s  %8s  %-19s%n";
    private static final int NAME_WIDTH = 32;

    private TrackTable() {
    }

    static String summary(BackgroundTrack track) {
        return "#" + track.id() + " \"" + track.name() + "\" at volume " + track.volume() + " %";
    }

    static String render(List<BackgroundTrack> tracks, ZoneId zone) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(ROW, "ID", "NAME", "VOLUME", "DURATION", "CREATED (local)"));
        for (BackgroundTrack track : tracks) {
            table.append(String.format(ROW,
                    track.id(),
                    fit(track.name()),
                    track.volume() + " %",
                    track.media().flatMap(Media::duration).map(TrackTable::minutesSeconds).orElse("-"),
                    LOCAL_TIME.format(track.created().atZone(zone))));
        }
        return table.toString();
    }

    private static String fit(String name) {
        return name.length() <= NAME_WIDTH ? name : name.substring(0, NAME_WIDTH - 1) + "~";
    }

    private static String minutesSeconds(Duration duration) {
        long seconds = duration.toSeconds();
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
