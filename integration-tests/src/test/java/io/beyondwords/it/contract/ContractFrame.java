package io.beyondwords.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What every contract test class shares, whatever serves the API ({@link ResourceAgainstPrism},
 * {@link ResourceAgainstStandIn}): a facade client for the sync API and one for the async API, each behind a
 * {@code ValidatingProxy}, so swagger-request-validator checks every request the facade sends and every response it
 * gets. After each test any validation error fails it; the last test fails unless every operation under the class's
 * tags had a 2xx exchange through both APIs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ContractFrame {

    ContractFixture sync;
    ContractFixture async;
    private final String[] tags;
    private ExchangeCoverage coverage;

    /** @param tags the tags of openapi.yaml whose every operation the subclass drives */
    ContractFrame(String... tags) {
        this.tags = tags.clone();
    }

    /** @return the tags of openapi.yaml this class drives */
    final List<String> tags() {
        return List.of(tags);
    }

    /**
     * Starts both fixtures; called by the subclass's {@code @BeforeAll} once its server runs.
     *
     * @param upstream where the API is served
     * @param apiKey the key the clients send
     * @param basePath the spec's paths' prefix on that server ({@code /} for Prism, {@code /v1} for the stand-in)
     */
    void connect(HttpUrl upstream, String apiKey, String basePath) {
        sync = ContractFixture.start("sync", upstream, apiKey);
        async = ContractFixture.start("async", upstream, apiKey);
        SpecOperations operations = SpecOperations.load(tags);
        assertThat(operations.all()).as("operations tagged %s in openapi.yaml", Arrays.toString(tags)).isNotEmpty();
        coverage = new ExchangeCoverage(operations, basePath);
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
    void closeFixtures() {
        if (sync != null) {
            sync.close();
        }
        if (async != null) {
            async.close();
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everyOperationOfTheTagsWentThroughTheSyncAndAsyncFacade() {
        assertThat(coverage.unmatched()).as("exchanges outside the tags' operations").isEmpty();
        coverage.assertEveryOperationExercised("sync", "async");
    }
}
