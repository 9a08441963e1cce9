package io.beyondwords.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.beyondwords.it.support.MutableClock;
import io.beyondwords.testkit.BeyondWordsStandIn;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The frame of a contract test of one or more resources (tags of openapi.yaml) against the testkit's stateful
 * stand-in ({@link ContractFrame} says what it checks), base path {@code /v1}. Each test starts from a fresh stand-in
 * (reset, clock at {@link #T0}).
 */
abstract class ResourceAgainstStandIn extends ContractFrame {

    static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    BeyondWordsStandIn standIn;

    /** @param tags the tags of openapi.yaml whose every operation the subclass drives */
    ResourceAgainstStandIn(String... tags) {
        super(tags);
    }

    @BeforeAll
    void start() {
        standIn = BeyondWordsStandIn.builder().clock(clock).build().start();
        HttpUrl upstream = HttpUrl.get(standIn.baseUrl());
        assertThat(upstream.encodedPath()).isEqualTo("/v1");
        connect(upstream, standIn.apiKey(), "/v1");
    }

    @BeforeEach
    void freshState() {
        standIn.reset();
        clock.set(T0);
    }

    @AfterAll
    void stopStandIn() {
        if (standIn != null) {
            standIn.close();
        }
    }
}
