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

    static String summary(BackgroundTrack track, Readings readings) {
        return "#" + readings.show("id", track::id) + " \"" + readings.show("name", track::name) + "\" at volume "
                + readings.show("volume", track::volume) + " %";
    }

    static String render(List<BackgroundTrack> tracks, ZoneId zone, Readings readings) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(ROW, "ID", "NAME", "VOLUME", "DURATION", "CREATED (local)"));
        for (BackgroundTrack track : tracks) {
            String volume = readings.show("volume", track::volume);
            table.append(String.format(ROW,
                    readings.show("id", track::id),
                    fit(readings.show("name", track::name)),
                    volume.equals(Readings.UNREADABLE) ? volume : volume + " %",
                    readings.show("media.duration", () -> track.media().flatMap(Media::duration)
                            .map(TrackTable::minutesSeconds).orElse("-")),
                    readings.show("created", () -> LOCAL_TIME.format(track.created().atZone(zone)))));
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
