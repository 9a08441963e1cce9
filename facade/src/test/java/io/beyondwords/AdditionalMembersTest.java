package io.beyondwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.gson.JsonParser;
import io.beyondwords.ads.Ad;
import io.beyondwords.ads.AdUpdateParams;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.summarizationsettings.SummarizationSettingsUpdateParams;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a call sends beyond the members the spec declares (extra body members, query parameters and headers on params
 * and on {@link RequestOptions}) and the nullable members a builder clears, as they arrive at a loopback server; and
 * the extras the builders refuse before any request.
 */
class AdditionalMembersTest {
    private static final String KEY = "bw_test_FAKE_KEY_0001";
    private static final String AD = "{\"id\":1,\"title\":\"Renamed\",\"vast_url\":null,\"light_theme\":null}";

    private final MockWebServer server = new MockWebServer();
    private BeyondWordsClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = BeyondWordsClient.builder().apiKey(KEY).baseUrl(server.url("/v1").toString()).maxRetries(0).build();
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    @Test
    void anExtraBodyMemberQueryParameterAndHeaderArrive() throws Exception {
        server.enqueue(json(AD));
        client.ads().update(12, 1, AdUpdateParams.builder().title("Renamed")
                .putAdditionalBodyProperty("undocumented", JsonValue.objectBuilder().put("a", 1).build())
                .putAdditionalQueryParam("trace id", "a b&c")
                .putAdditionalHeader("X-Trace", "t-1")
                .build());

        RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(JsonParser.parseString(sent.getBody().readUtf8()))
                .isEqualTo(JsonParser.parseString("{\"title\":\"Renamed\",\"undocumented\":{\"a\":1}}"));
        assertThat(sent.getRequestUrl().queryParameter("trace id")).isEqualTo("a b&c");
        assertThat(sent.getHeader("X-Trace")).isEqualTo("t-1");
        assertThat(sent.getHeader("X-Api-Key")).isEqualTo(KEY);
    }

    @Test
    void aClearedMemberIsSentAsNullAndNothingElseIs() throws Exception {
        server.enqueue(json(AD));
        Ad ad = client.ads().update(12, 1, AdUpdateParams.builder().title("Renamed").clearVastUrl().clearLightTheme()
                .build());

        RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(sent.getBody().readUtf8())
                .isEqualTo("{\"title\":\"Renamed\",\"vast_url\":null,\"light_theme\":null}");
        assertThat(ad.vastUrl()).as("a null read back is empty").isEmpty();
        assertThat(ad.lightTheme()).as("a null object read back is empty").isEmpty();
    }

    @Test
    void theLastOfClearAndSetWins() throws Exception {
        server.enqueue(json("{}"));
        server.enqueue(json("{}"));
        client.summarizationSettings().update(12, SummarizationSettingsUpdateParams.builder().clearPrompt()
                .prompt("Be brief").temperature(0.5).clearTemperature().build());
        client.ads().update(12, 1, AdUpdateParams.builder().clearLightTheme().lightThemeIconColor("#fff").build());

        assertThat(JsonParser.parseString(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8()))
                .isEqualTo(JsonParser.parseString("{\"prompt\":\"Be brief\",\"temperature\":null}"));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8())
                .isEqualTo("{\"light_theme\":{\"icon_color\":\"#fff\"}}");
    }

    @Test
    void anExtraBodyMemberOverridesATypedOneAndMayBeNull() throws Exception {
        server.enqueue(json(AD));
        AdUpdateParams params = AdUpdateParams.builder().title("Typed").vastUrl("https://example.com/vast.xml")
                .putAdditionalBodyProperty("title", JsonValue.of("Extra"))
                .putAdditionalBodyProperty("vast_url", JsonValue.nullValue())
                .putAdditionalBodyProperty("dark_theme", JsonValue.objectBuilder().put("text_color", "#000").build())
                .darkThemeIconColor("#fff")
                .build();
        client.ads().update(12, 1, params);

        assertThat(JsonParser.parseString(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8()))
                .as("an object merges into the typed object member by member")
                .isEqualTo(JsonParser.parseString("{\"title\":\"Extra\",\"vast_url\":null,"
                        + "\"dark_theme\":{\"icon_color\":\"#fff\",\"text_color\":\"#000\"}}"));
        assertThat(params.toBuilder().build()).isEqualTo(params).hasSameHashCodeAs(params);
        assertThat(params.toBuilder().removeAdditionalBodyProperty("title").build()).isNotEqualTo(params);
    }

    @Test
    void anOperationWithoutParamsTakesExtrasInRequestOptionsAndParamsWinOverThem() throws Exception {
        server.enqueue(json(AD));
        server.enqueue(json(AD));
        RequestOptions options = RequestOptions.builder().putAdditionalHeader("X-Trace", "options")
                .putAdditionalHeader("X-Only-Options", "o").putAdditionalQueryParam("include", "media").build();
        client.ads().retrieve(12, 1, options);
        client.ads().update(12, 1, AdUpdateParams.builder().putAdditionalHeader("x-trace", "params")
                .putAdditionalQueryParam("include", "none").build(), options);

        RecordedRequest retrieve = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(retrieve.getHeader("X-Trace")).isEqualTo("options");
        assertThat(retrieve.getRequestUrl().queryParameter("include")).isEqualTo("media");
        RecordedRequest update = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(update.getHeaders().values("X-Trace")).containsExactly("params");
        assertThat(update.getHeader("X-Only-Options")).isEqualTo("o");
        assertThat(update.getRequestUrl().queryParameterValues("include")).containsExactly("none");
        assertThat(update.getBody().readUtf8()).as("nothing set, nothing cleared").isEqualTo("{}");
    }

    @Test
    void anArticleUrlWithASpaceIsSentAsGiven() throws Exception {
        server.enqueue(json("{\"id\":\"a\"}"));
        client.content().create(12, ContentCreateParams.builder().title("Rain")
                .sourceUrl("https://example.com/news/rain on tuesday").build());

        assertThat(JsonParser.parseString(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8())
                .getAsJsonObject().get("source_url").getAsString())
                .isEqualTo("https://example.com/news/rain on tuesday");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Api-Key", "x-api-key", "Host", "Content-Length", "Transfer-Encoding", "Connection"})
    void theKeyAndFramingHeadersCannotBeSet(String name) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AdUpdateParams.builder().putAdditionalHeader(name, "other"))
                .withMessageContaining("AdUpdateParams").withMessageContaining(name)
                .withMessageContaining("set by the SDK");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RequestOptions.builder().putAdditionalHeader(name, "other"))
                .withMessageContaining("RequestOptions");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void headersHttpDoesNotAllowAndBlankNamesAreRefusedWithoutTheValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AdUpdateParams.builder().putAdditionalHeader("X-Trace", "secret\nInjected: 1"))
                .withMessageContaining("X-Trace").withMessageNotContaining("secret");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AdUpdateParams.builder().putAdditionalHeader("X Trace", "v"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AdUpdateParams.builder().putAdditionalHeader(" ", "v"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AdUpdateParams.builder().putAdditionalQueryParam("", "v"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AdUpdateParams.builder().putAdditionalBodyProperty(" ", JsonValue.of(1)));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void extrasCanBeRemovedAndHeaderValuesStayOutOfToString() {
        AdUpdateParams params = AdUpdateParams.builder()
                .putAllAdditionalHeaders(Map.of("X-Secret", "s3cr3t"))
                .putAllAdditionalQueryParams(Map.of("q", "1"))
                .putAllAdditionalBodyProperties(Map.of("b", JsonValue.of(true)))
                .build();
        assertThat(params.additionalHeaders()).containsExactly(Map.entry("X-Secret", "s3cr3t"));
        assertThat(params.additionalQueryParams()).containsExactly(Map.entry("q", "1"));
        assertThat(params.additionalBodyProperties()).containsExactly(Map.entry("b", JsonValue.of(true)));
        assertThat(params.toString()).contains("X-Secret").doesNotContain("s3cr3t");
        assertThat(RequestOptions.builder().putAdditionalHeader("X-Secret", "s3cr3t").build().toString())
                .contains("X-Secret").doesNotContain("s3cr3t");

        AdUpdateParams removed = params.toBuilder().removeAdditionalHeader("x-secret").removeAdditionalQueryParam("q")
                .removeAdditionalBodyProperty("b").build();
        assertThat(removed).isEqualTo(AdUpdateParams.builder().build());
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
}
