package io.beyondwords.examples;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import io.beyondwords.backgroundtracks.BackgroundTrackUpdateParams;
import io.beyondwords.errors.NotFoundException;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** The steps of the quickstart, each printing what it did. Everything goes through the public facade. */
final class Tour {
    static final String SAMPLE_MEDIA_URL = "https://example.com/audio/morning-bed.mp3";
    static final int PAGE_SIZE = 10;

    private final BeyondWordsClient client;
    private final PrintStream out;
    private final ZoneId zone;
    private final Readings readings = new Readings();

    Tour(BeyondWordsClient client, PrintStream out, ZoneId zone) {
        this.client = client;
        this.out = out;
        this.zone = zone;
    }

    /**
     * Creates a track, reads it back and turns its volume down.
     *
     * @return its id, or empty if the server's answer had none the SDK could read
     */
    OptionalLong createRetrieveUpdate(String mediaUrl) {
        BackgroundTrack created = client.backgroundTracks().create(BackgroundTrackCreateParams.builder()
                .name("Morning news bed")
                .mediaUrl(mediaUrl)
                .volume(80)
                .build());
        out.println("Created   " + TrackTable.summary(created, readings));
        OptionalLong id = idOf(created);
        if (id.isPresent()) {
            retrieve(created);
            BackgroundTrack updated = client.backgroundTracks().update(id.getAsLong(),
                    BackgroundTrackUpdateParams.builder().volume(60).build());
            out.println("Updated   " + TrackTable.summary(updated, readings));
        }
        readings.printWarnings(out);
        return id;
    }

    /** Reads the track back by its id, if it has one the SDK can read. */
    void retrieve(BackgroundTrack track) {
        OptionalLong id = idOf(track);
        if (id.isPresent()) {
            out.println("Retrieved " + TrackTable.summary(client.backgroundTracks().retrieve(id.getAsLong()),
                    readings));
        }
        readings.printWarnings(out);
    }

    private OptionalLong idOf(BackgroundTrack track) {
        String id = readings.show("id", track::id);
        return id.equals(Readings.UNREADABLE) ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(id));
    }

    /** Lists every track with the auto-pager, reporting each page as it arrives, and prints them as a table. */
    List<BackgroundTrack> listEverything() {
        out.println();
        out.println("Listing every background track, " + PAGE_SIZE + " per page:");
        List<BackgroundTrack> tracks = new ArrayList<>();
        BackgroundTrackListParams params = BackgroundTrackListParams.builder().limit(PAGE_SIZE).build();
        for (BackgroundTrack track : client.backgroundTracks().list(params).autoPager()) {
            tracks.add(track);
            if (tracks.size() % PAGE_SIZE == 1) {
                out.println("  fetched page " + (tracks.size() / PAGE_SIZE + 1));
            }
        }
        out.println();
        out.print(TrackTable.render(tracks, zone, readings));
        out.println(tracks.size() + " tracks.");
        readings.printWarnings(out);
        return tracks;
    }

    /** Asks for a track that does not exist, to show what a typed error looks like. */
    void showTypedError(long missingId) {
        out.println();
        try {
            client.backgroundTracks().retrieve(missingId);
            out.println("Retrieving track " + missingId + " unexpectedly succeeded.");
        } catch (NotFoundException e) {
            out.println("Retrieving track " + missingId + " fails with a typed error, as expected:");
            out.println("  " + ErrorLine.describe(e));
        }
    }
}
