package io.beyondwords.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.beyondwords.BeyondWordsClient;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * A facade client behind its own validating proxy that keeps the JSON body of every request it forwards, for a test
 * that checks the body as sent (the contract fixtures check it against the spec, not against what the params held).
 * Its exchanges are not the frame's: the test asserts {@link #assertNoValidationErrors()} itself, or uses
 * {@link #of}, which does.
 */
final class SentBodies implements AutoCloseable {

    private final List<JsonElement> bodies = new CopyOnWriteArrayList<>();
    private final ContractFixture fixture;
    final BeyondWordsClient client;

    private SentBodies(HttpUrl upstream, String apiKey) {
        this.fixture = ContractFixture.start("bodies", upstream, apiKey, this::record);
        this.client = fixture.client;
    }

    static SentBodies start(HttpUrl upstream, String apiKey) {
        return new SentBodies(upstream, apiKey);
    }

    /**
     * Runs one facade call that sends a body, checks that both checkers found it following the spec, and returns the
     * body.
     *
     * @param upstream where the API is served
     * @param apiKey the key the client sends
     * @param call one facade call that sends a body
     * @return the body it sent
     */
    static JsonObject of(HttpUrl upstream, String apiKey, Consumer<BeyondWordsClient> call) {
        try (SentBodies sent = start(upstream, apiKey)) {
            call.accept(sent.client);
            assertThat(sent.fixture.exchanges()).singleElement()
                    .satisfies(e -> assertThat(e.prismViolations()).as("Prism found nothing wrong").isNull());
            sent.assertNoValidationErrors();
            return sent.onlyBody().getAsJsonObject();
        }
    }

    private Response record(Interceptor.Chain chain) throws IOException {
        Request request = chain.request();
        if (request.body() != null) {
            try (Buffer buffer = new Buffer()) {
                request.body().writeTo(buffer);
                bodies.add(JsonParser.parseString(buffer.readUtf8()));
            }
        }
        return chain.proceed(request);
    }

    /** The one body sent, as JSON. */
    JsonElement onlyBody() {
        if (bodies.size() != 1) {
            throw new AssertionError("expected one request body, got " + bodies);
        }
        return bodies.get(0);
    }

    void assertNoValidationErrors() {
        fixture.validator().assertNoErrors();
    }

    @Override
    public void close() {
        fixture.close();
    }
}
