package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A static extension: one stand-in for the class (and its nested classes), reset between tests. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionPerClassTest {

    @RegisterExtension
    static final BeyondWordsStandInExtension STAND_IN =
            new BeyondWordsStandInExtension(BeyondWordsStandIn.builder().apiKey("class-key"));

    private static final Set<Integer> PORTS = new HashSet<>();
    private static BeyondWordsStandIn fromBeforeAll;

    @BeforeAll
    static void beforeAll(BeyondWordsStandIn standIn) {
        fromBeforeAll = standIn;
    }

    @AfterAll
    static void afterAll() {
        assertThat(PORTS).hasSize(1);
        assertThat(fromBeforeAll.isRunning()).as("stopped by afterAll of the extension, which runs later").isTrue();
    }

    @Test
    @Order(1)
    void injectsTheClassWideStandIn(BeyondWordsStandIn standIn) {
        assertThat(standIn).isSameAs(STAND_IN.standIn()).isSameAs(fromBeforeAll);
        assertThat(STAND_IN.apiKey()).isEqualTo("class-key");
        assertThat(STAND_IN.baseUrl()).isEqualTo(standIn.baseUrl());
        PORTS.add(standIn.port());
        standIn.seed(2);
        standIn.faults().failNext(500);
        assertThat(new SpecCheckedHttp(standIn).get("/background_tracks").status()).isEqualTo(500);
    }

    @Test
    @Order(2)
    void stateIsResetBetweenTests(BeyondWordsStandIn standIn) {
        PORTS.add(standIn.port());
        assertThat(standIn.tracks()).isEmpty();
        assertThat(standIn.requests()).isEmpty();
        assertThat(STAND_IN.faults().pending()).isZero();
    }

    @Nested
    class NestedTests {
        @Test
        void sharesTheOuterStandIn(BeyondWordsStandIn standIn) {
            PORTS.add(standIn.port());
            assertThat(standIn).isSameAs(fromBeforeAll);
        }
    }
}
