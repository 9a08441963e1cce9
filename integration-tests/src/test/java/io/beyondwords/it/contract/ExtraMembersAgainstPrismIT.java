package io.beyondwords.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.beyondwords.JsonValue;
import io.beyondwords.RequestOptions;
import io.beyondwords.ads.AdUpdateParams;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.it.support.PrismMock;
import io.beyondwords.it.support.PrismMockExtension;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a call sends beyond {@code openapi.yaml}, against Prism: an undocumented body member, query parameter and
 * header reach it (and it accepts them, answering 2xx with no violation); a cleared member arrives as JSON
 * {@code null}; an article URL with a space is sent as given; the key header stays the client's. The requests are
 * recorded by the fixture's proxy, on their way to Prism.
 */
@ExtendWith(PrismMockExtension.class)
class ExtraMembersAgainstPrismIT {

    /** Never a real key: Prism only checks that X-Api-Key is present. */
    private static final String FAKE_KEY = "test-key-not-a-real-key";

    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());

    @Test
    void extraMembersAndClearedMembersReachPrism(PrismMock prism) throws Exception {
        try (ContractFixture recording = ContractFixture.start("extras", prism.baseUrl(), FAKE_KEY, chain -> {
            Buffer buffer = new Buffer();
            if (chain.request().body() != null) {
                chain.request().body().writeTo(buffer);
            }
            requests.add(chain.request());
            bodies.add(buffer.readUtf8());
            return chain.proceed(chain.request());
        })) {
            recording.client.ads().update(12, 1, AdUpdateParams.builder().title("Renamed").clearVastUrl()
                    .clearLightTheme()
                    .putAdditionalBodyProperty("undocumented_member", JsonValue.of("yes"))
                    .putAdditionalQueryParam("undocumented_param", "a b")
                    .putAdditionalHeader("X-Undocumented", "h-1")
                    .build());
            recording.client.ads().retrieve(12, 1, RequestOptions.builder()
                    .putAdditionalHeader("X-Undocumented", "h-2").putAdditionalQueryParam("include", "media").build());
            recording.client.content().create(12, ContentCreateParams.builder().title("Rain")
                    .sourceUrl("https://example.com/news/rain on tuesday").build());

            assertThat(recording.exchanges()).extracting(Exchange::status).allSatisfy(s -> assertThat(s)
                    .isBetween(200, 299));
            assertThat(recording.exchanges()).extracting(Exchange::prismViolations).containsOnlyNulls();
        }

        Request update = requests.get(0);
        assertThat(JsonParser.parseString(bodies.get(0))).isEqualTo(JsonParser.parseString(
                "{\"title\":\"Renamed\",\"vast_url\":null,\"light_theme\":null,\"undocumented_member\":\"yes\"}"));
        assertThat(update.url().queryParameter("undocumented_param")).isEqualTo("a b");
        assertThat(update.header("X-Undocumented")).isEqualTo("h-1");
        assertThat(update.headers("X-Api-Key")).containsExactly(FAKE_KEY);

        Request retrieve = requests.get(1);
        assertThat(retrieve.header("X-Undocumented")).isEqualTo("h-2");
        assertThat(retrieve.url().queryParameter("include")).isEqualTo("media");

        JsonObject article = JsonParser.parseString(bodies.get(2)).getAsJsonObject();
        assertThat(article.get("source_url").getAsString()).isEqualTo("https://example.com/news/rain on tuesday");
        assertThat(article.has("vast_url")).as("nothing cleared, no null").isFalse();
    }

    @Test
    void theKeyHeaderCannotBeReplaced() {
        assertThatIllegalArgumentException().isThrownBy(() -> AdUpdateParams.builder()
                .putAdditionalHeader("X-Api-Key", "another-key")).withMessageNotContaining("another-key");
        assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder()
                .putAdditionalHeader("x-api-key", "another-key"));
    }
}
