package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An instance extension: a fresh stand-in for every test, stopped after it. */
class ExtensionPerTestTest {

    private static final List<BeyondWordsStandIn> SEEN = new ArrayList<>();

    @RegisterExtension
    final BeyondWordsStandInExtension standInExtension = new BeyondWordsStandInExtension();

    @AfterAll
    static void everyStandInWasStopped() {
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0)).isNotSameAs(SEEN.get(1));
        assertThat(SEEN).noneMatch(BeyondWordsStandIn::isRunning);
    }

    @Test
    void first(BeyondWordsStandIn standIn) {
        SEEN.add(standIn);
        assertThat(standInExtension.standIn()).isSameAs(standIn);
        standIn.seed(1);
        assertThat(new SpecCheckedHttp(standIn).get("/background_tracks").json().getAsJsonArray()).hasSize(1);
    }

    @Test
    void second(BeyondWordsStandIn standIn) {
        SEEN.add(standIn);
        assertThat(standIn.tracks()).isEmpty();
        assertThat(standIn.apiKey()).isEqualTo("test-key");
    }
}
