package io.beyondwords.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import io.beyondwords.it.support.PrismMock;
import io.beyondwords.it.support.PrismMockExtension;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The frame of a contract test of one resource (one tag of openapi.yaml) against Prism, as
 * {@link FacadeAgainstPrismIT} is for Background tracks: a facade client for the sync API and one for the async API,
 * each behind a {@code ValidatingProxy}, so swagger-request-validator checks every request the facade sends and every
 * response Prism returns (Prism also rejects a request that breaks the spec). After each test any validation error
 * fails it; the last test fails unless every operation under the tag had a 2xx exchange through both APIs.
 */
@ExtendWith(PrismMockExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ResourceAgainstPrism {

    /** Never a real key: Prism only checks that X-Api-Key is present. */
    static final String FAKE_KEY = "test-key-not-a-real-key";

    private final String[] tags;
    PrismMock prism;
    ContractFixture sync;
    ContractFixture async;
    private ExchangeCoverage coverage;

    /** @param tags the tags of openapi.yaml whose every operation the subclass drives */
    ResourceAgainstPrism(String... tags) {
        this.tags = tags.clone();
    }

    @BeforeAll
    void start(PrismMock prism) {
        this.prism = prism;
        HttpUrl upstream = prism.baseUrl();
        assertThat(upstream.encodedPath()).as("Prism serves without /v1").isEqualTo("/");
        sync = ContractFixture.start("sync", upstream, FAKE_KEY);
        async = ContractFixture.start("async", upstream, FAKE_KEY);
        SpecOperations operations = SpecOperations.load(tags);
        assertThat(operations.all()).as("operations tagged %s in openapi.yaml", Arrays.toString(tags)).isNotEmpty();
        coverage = new ExchangeCoverage(operations, "/");
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
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everyOperationOfTheResourceWentThroughTheSyncAndAsyncFacade() {
        assertThat(coverage.unmatched()).as("exchanges outside the resource's operations").isEmpty();
        coverage.assertEveryOperationExercised("sync", "async");
    }
}
