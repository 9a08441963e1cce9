package io.beyondwords.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;

import io.beyondwords.it.support.MutableClock;
import io.beyondwords.testkit.BeyondWordsStandIn;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The frame of a contract test of one or more resources (tags of openapi.yaml) against the testkit's stateful
 * stand-in, as {@link ResourceAgainstPrism} is against Prism: a facade client for the sync API and one for the async
 * API, each behind a {@code ValidatingProxy}, so swagger-request-validator checks every request the facade sends and
 * every response the stand-in returns (base path {@code /v1}). Each test starts from a fresh stand-in (reset, clock at
 * {@link #T0}); after each test any validation error fails it; the last test fails unless every operation under the
 * tags had a 2xx exchange through both APIs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ResourceAgainstStandIn {

    static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    BeyondWordsStandIn standIn;
    ContractFixture sync;
    ContractFixture async;
    private final String[] tags;
    private ExchangeCoverage coverage;

    /** @param tags the tags of openapi.yaml whose every operation the subclass drives */
    ResourceAgainstStandIn(String... tags) {
        this.tags = tags.clone();
    }

    @BeforeAll
    void start() {
        standIn = BeyondWordsStandIn.builder().clock(clock).build().start();
        HttpUrl upstream = HttpUrl.get(standIn.baseUrl());
        assertThat(upstream.encodedPath()).isEqualTo("/v1");
        sync = ContractFixture.start("sync", upstream, standIn.apiKey());
        async = ContractFixture.start("async", upstream, standIn.apiKey());
        SpecOperations operations = SpecOperations.load(tags);
        assertThat(operations.all()).as("operations tagged %s in openapi.yaml", Arrays.toString(tags)).isNotEmpty();
        coverage = new ExchangeCoverage(operations, "/v1");
    }

    @BeforeEach
    void freshState() {
        standIn.reset();
        clock.set(T0);
    }

    @AfterEach
    void everyExchangeFollowsTheSpec() {
        try {
            sync.finishTest(coverage);
        } finally {
            async.finishTest(coverage);
        }
    }

    @AfterAll
    void stop() {
        if (sync != null) {
            sync.close();
        }
        if (async != null) {
            async.close();
        }
        if (standIn != null) {
            standIn.close();
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everyOperationOfTheTagsWentThroughTheSyncAndAsyncFacade() {
        assertThat(coverage.unmatched()).as("exchanges outside the tags' operations").isEmpty();
        coverage.assertEveryOperationExercised("sync", "async");
    }
}
