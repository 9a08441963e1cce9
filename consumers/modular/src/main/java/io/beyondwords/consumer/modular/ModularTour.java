package io.beyondwords.consumer.modular;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackUpdateParams;
import io.beyondwords.errors.NotFoundException;
import io.beyondwords.testkit.BeyondWordsStandIn;
import java.util.ArrayList;
import java.util.List;

/**
 * Every operation, sync and async, and an error, through the SDK on the module path. Exits non-zero (failing the
 * build) if anything is not as expected.
 */
public final class ModularTour {
    private ModularTour() {
    }

    public static void main(String[] args) throws Exception {
        Module sdk = BeyondWordsClient.class.getModule();
        check(sdk.isNamed() && sdk.getName().equals("io.beyondwords"), "the SDK is the named module io.beyondwords");
        check(sdk.isExported("io.beyondwords.backgroundtracks"), "the resource package is exported");
        check(!sdk.isExported("io.beyondwords.internal"), "io.beyondwords.internal is not exported");

        try (BeyondWordsStandIn standIn = BeyondWordsStandIn.startDefault();
                BeyondWordsClient client = BeyondWordsClient.builder().apiKey(standIn.apiKey())
                        .baseUrl(standIn.baseUrl()).maxRetries(0).build()) {
            standIn.seed(12);
            BackgroundTrack created = client.backgroundTracks().create(BackgroundTrackCreateParams.builder()
                    .name("Modular").mediaUrl("https://example.com/modular.mp3").volume(70).build());
            check(created.id() == 13 && created.volume() == 70, "create: " + created);

            BackgroundTrack updated = client.backgroundTracks().update(created.id(),
                    BackgroundTrackUpdateParams.builder().volume(40).build());
            check(updated.volume() == 40, "update: " + updated);

            BackgroundTrack retrieved = client.async().backgroundTracks().retrieve(created.id()).get().validate();
            check(retrieved.name().equals("Modular") && retrieved.media().isPresent(), "async retrieve: " + retrieved);

            List<String> names = new ArrayList<>();
            for (BackgroundTrack t : client.backgroundTracks().list().autoPager()) {
                names.add(t.name());
            }
            check(names.size() == 13 && names.get(12).equals("Modular"), "auto-pager: " + names);

            try {
                client.backgroundTracks().retrieve(99);
                check(false, "retrieve(99) should fail");
            } catch (NotFoundException expected) {
                check(expected.statusCode() == 404, "404: " + expected);
            }
            System.out.println("ModularTour: " + names.size() + " tracks through module " + sdk.getName() + " on "
                    + "the module path; every check passed");
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            System.err.println("ModularTour FAILED: " + what);
            System.exit(1);
        }
    }
}
