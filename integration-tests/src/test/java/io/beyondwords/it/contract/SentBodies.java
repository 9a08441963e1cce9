package io.beyondwords.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.beyondwords.BeyondWordsClient;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okio.Buffer;

/**
 * The JSON body one facade call sends, as it arrives: the call runs on a client of its own, behind a validating proxy
 * that notes the body on its way upstream, and must follow the spec as the contract tests' other calls do. For a test
 * that checks what went on the wire, which the exchanges the fixtures record do not hold.
 */
final class SentBodies {

    private SentBodies() {
    }

    /**
     * @param upstream where the API is served
     * @param apiKey the key the client sends
     * @param call one facade call that sends a body
     * @return the body it sent
     */
    static JsonObject of(HttpUrl upstream, String apiKey, Consumer<BeyondWordsClient> call) {
        List<String> bodies = new CopyOnWriteArrayList<>();
        try (ContractFixture fixture = ContractFixture.start("body", upstream, apiKey, chain -> {
            Request request = chain.request();
            if (request.body() != null) {
                try (Buffer buffer = new Buffer()) {
                    request.body().writeTo(buffer);
                    bodies.add(buffer.readUtf8());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return chain.proceed(request);
        })) {
            call.accept(fixture.client);
            assertThat(fixture.exchanges()).singleElement()
                    .satisfies(e -> assertThat(e.prismViolations()).as("Prism found nothing wrong").isNull());
            fixture.validator().assertNoErrors();
        }
        assertThat(bodies).as("bodies sent").hasSize(1);
        return JsonParser.parseString(bodies.get(0)).getAsJsonObject();
    }
}
