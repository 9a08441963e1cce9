package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A class-wide stand-in that keeps its state from one test to the next when asked to. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionKeepStateTest {

    @RegisterExtension
    static final BeyondWordsStandInExtension STAND_IN = new BeyondWordsStandInExtension().keepStateBetweenTests();

    @Test
    @Order(1)
    void createsATrack(BeyondWordsStandIn standIn) {
        assertThat(new SpecCheckedHttp(standIn).post("/background_tracks", "{\"name\":\"Kept\"}").status())
                .isEqualTo(201);
    }

    @Test
    @Order(2)
    void seesItInTheNextTest(BeyondWordsStandIn standIn) {
        assertThat(standIn.tracks()).extracting(StandInTrack::name).containsExactly("Kept");
        assertThat(standIn.requestCount("POST", "/v1/background_tracks")).isEqualTo(1);
    }
}
