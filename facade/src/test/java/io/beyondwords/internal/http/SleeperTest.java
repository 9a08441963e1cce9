package io.beyondwords.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.beyondwords.Sleeper;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SleeperTest {

    @Test
    void systemSleeperIsShared() {
        assertThat(Sleeper.system()).isSameAs(Sleeper.system());
    }

    @Test
    void zeroAndNegativeWaitsReturnAtOnce() {
        assertThatCode(() -> Sleeper.system().sleep(Duration.ZERO)).doesNotThrowAnyException();
        assertThatCode(() -> Sleeper.system().sleep(Duration.ofSeconds(-5))).doesNotThrowAnyException();
    }

    @Test
    void anInterruptedThreadDoesNotWait() {
        Thread.currentThread().interrupt();
        try {
            // An hour: if the interrupt were ignored, the test would hang, not pass.
            assertThatThrownBy(() -> Sleeper.system().sleep(Duration.ofHours(1)))
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
