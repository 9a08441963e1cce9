package io.beyondwords.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The AIMD rules of {@link AdaptiveLimit}, one request at a time (acquire, signal, release). */
class AdaptiveLimitTest {

    @Test
    void halvesOnCongestionOncePerWindowAndNeverBelowOne() throws Exception {
        AdaptiveLimit limit = new AdaptiveLimit(16);
        for (int i = 0; i < 16; i++) {
            limit.acquire();
        }
        limit.onCongestion();
        limit.onCongestion(); // the same window: 16 were in flight at the decrease and none has finished
        assertThat(limit.limit()).isEqualTo(8);

        for (int i = 0; i < 16; i++) {
            limit.release();
        }
        limit.acquire();
        limit.onCongestion(); // a new window
        limit.release();
        assertThat(limit.limit()).isEqualTo(4);
        for (int i = 0; i < 5; i++) {
            limit.acquire();
            limit.onCongestion();
            limit.release();
        }
        assertThat(limit.limit()).isEqualTo(1);
        assertThat(limit.lowest()).isEqualTo(1);
        assertThat(limit.decreases()).isEqualTo(4);
    }

    @Test
    void growsByOneAfterEachWindowOfSuccessesUpToTheMost() throws Exception {
        AdaptiveLimit limit = new AdaptiveLimit(4);
        limit.acquire();
        limit.onCongestion();
        limit.release();
        assertThat(limit.limit()).isEqualTo(2);

        succeed(limit, 1);
        assertThat(limit.limit()).as("a window is as many successes as the limit").isEqualTo(2);
        succeed(limit, 1);
        assertThat(limit.limit()).isEqualTo(3);
        succeed(limit, 3);
        assertThat(limit.limit()).isEqualTo(4);
        succeed(limit, 40);
        assertThat(limit.limit()).isEqualTo(4);
    }

    @Test
    void acquireWaitsWhileTheLimitIsReached() throws Exception {
        AdaptiveLimit limit = new AdaptiveLimit(1);
        limit.acquire();
        Thread second = new Thread(() -> {
            try {
                limit.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        second.start();
        while (second.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        limit.release();
        second.join();
        assertThat(second.isAlive()).isFalse();
    }

    private static void succeed(AdaptiveLimit limit, int times) throws InterruptedException {
        for (int i = 0; i < times; i++) {
            limit.acquire();
            limit.onSuccess();
            limit.release();
        }
    }
}
