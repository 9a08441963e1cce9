package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code @ExtendWith} registration: one stand-in for the class, reset between tests, injected as a parameter. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(BeyondWordsStandInExtension.class)
class ExtensionDeclarativeTest {

    private static int port;

    @Test
    @Order(1)
    void injects(BeyondWordsStandIn standIn) {
        assertThat(standIn.isRunning()).isTrue();
        port = standIn.port();
        standIn.seed(1);
    }

    @Test
    @Order(2)
    void sameStandInResetBetweenTests(BeyondWordsStandIn standIn) {
        assertThat(standIn.port()).isEqualTo(port);
        assertThat(standIn.tracks()).isEmpty();
    }
}
