package io.beyondwords.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.it.support.SpecValidatingInterceptor;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.it.support.ValidatingProxy;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;

/**
 * A facade client behind a {@link ValidatingProxy}: every request the facade sends and every response it gets back
 * passes swagger-request-validator on the way. A contract class holds one for the facade's synchronous API and one for
 * its async API, so coverage can be checked per API.
 */
public final class ContractFixture implements AutoCloseable {

    /** How long a test waits for an async call; a bound for a hang, not a timing assumption. */
    public static final long ASYNC_TIMEOUT_SECONDS = 30;

    final String label;
    public final ValidatingProxy proxy;
    public final BeyondWordsClient client;
    private final String apiKey;

    private ContractFixture(String label, ValidatingProxy proxy, String apiKey) {
        this.label = label;
        this.proxy = proxy;
        this.apiKey = apiKey;
        this.client = clientBuilder().build();
    }

    /** A proxy to {@code upstream} and a facade client with {@code apiKey} pointed at it, without retries. */
    static ContractFixture start(String label, HttpUrl upstream, String apiKey) {
        return new ContractFixture(label, ValidatingProxy.start(upstream), apiKey);
    }

    /**
     * As {@link #start(String, HttpUrl, String)}, with the proxy running {@code adapter} on each exchange (to change
     * a request on its way, or to note what answered).
     */
    public static ContractFixture start(String label, HttpUrl upstream, String apiKey, Interceptor adapter) {
        return new ContractFixture(label, ValidatingProxy.start(upstream, adapter), apiKey);
    }

    /**
     * A builder for another facade client through the same proxy (the fixture's key, no retries), for a test that
     * needs other settings (a wrong key, retries with a recording sleeper); the caller closes the client.
     */
    BeyondWordsClient.Builder clientBuilder() {
        return BeyondWordsClient.builder().apiKey(apiKey).baseUrl(proxy.baseUrlString()).maxRetries(0);
    }

    SpecValidatingInterceptor validator() {
        return proxy.validator();
    }

    /** The exchanges of the running test (the fixture is cleared after each test). */
    List<Exchange> exchanges() {
        return validator().exchanges();
    }

    /** The single exchange of the running test. */
    Exchange onlyExchange() {
        List<Exchange> all = exchanges();
        assertThat(all).as("%s exchanges", label).hasSize(1);
        return all.get(0);
    }

    /**
     * Called after each test: moves this test's exchanges into {@code coverage} and fails on any validation error
     * (the fixture then starts the next test empty, so one test's error is reported once).
     */
    void finishTest(ExchangeCoverage coverage) {
        List<Exchange> seen = exchanges();
        List<String> errors = validator().errors();
        coverage.record(label, seen);
        validator().clear();
        if (!errors.isEmpty()) {
            throw new AssertionError(errors.size() + " openapi.yaml violation(s) through the " + label
                    + " facade client:\n  " + String.join("\n  ", errors));
        }
    }

    public static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(ASYNC_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            proxy.close();
        }
    }
}
