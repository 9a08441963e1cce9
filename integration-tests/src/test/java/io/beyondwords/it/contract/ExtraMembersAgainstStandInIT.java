package io.beyondwords.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.beyondwords.BeyondWordsClient;
import io.beyondwords.JsonValue;
import io.beyondwords.RequestOptions;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.summarizationsettings.SummarizationSettingsUpdateParams;
import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.RecordedCall;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a call sends beyond {@code openapi.yaml}, against the testkit's stand-in: an undocumented body member, query
 * parameter and header arrive as sent, a cleared member arrives as JSON {@code null} (and only it), an article URL
 * with a space is sent as given, and the key header is the client's whatever the extras.
 */
class ExtraMembersAgainstStandInIT {

    private BeyondWordsStandIn standIn;
    private BeyondWordsClient client;

    @BeforeEach
    void start() {
        standIn = BeyondWordsStandIn.builder().build().start();
        client = BeyondWordsClient.builder().apiKey(standIn.apiKey()).baseUrl(standIn.baseUrl()).maxRetries(0)
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        standIn.close();
    }

    @Test
    void anUndocumentedBodyMemberQueryParameterAndHeaderArrive() {
        long project = standIn.addProject("News").id();
        client.content().create(project, ContentCreateParams.builder().title("Rain")
                .sourceUrl("https://example.com/news/rain on tuesday")
                .putAdditionalBodyProperty("undocumented_member", JsonValue.ofList(List.of(JsonValue.of(1))))
                .putAdditionalQueryParam("undocumented_param", "a b")
                .putAdditionalHeader("X-Undocumented", "h-1")
                .build(), RequestOptions.builder().putAdditionalHeader("X-From-Options", "o").build());

        RecordedCall create = only("POST");
        assertThat(create.status()).isEqualTo(200);
        JsonObject body = JsonParser.parseString(create.body()).getAsJsonObject();
        assertThat(body.get("undocumented_member")).isEqualTo(JsonParser.parseString("[1]"));
        assertThat(body.get("source_url").getAsString()).isEqualTo("https://example.com/news/rain on tuesday");
        assertThat(HttpUrl.get("http://x/?" + create.query()).queryParameter("undocumented_param")).isEqualTo("a b");
        assertThat(create.header("X-Undocumented")).isEqualTo("h-1");
        assertThat(create.header("X-From-Options")).isEqualTo("o");
        assertThat(create.headers().get("x-api-key")).containsExactly(standIn.apiKey());
    }

    @Test
    void aClearedMemberArrivesAsNullAndNothingElseDoes() {
        long project = standIn.addProject("News").id();
        client.summarizationSettings().update(project, SummarizationSettingsUpdateParams.builder().clearPrompt()
                .temperature(0.2).build());

        RecordedCall update = only("PUT");
        assertThat(update.status()).isBetween(200, 299);
        assertThat(JsonParser.parseString(update.body()))
                .isEqualTo(JsonParser.parseString("{\"prompt\":null,\"temperature\":0.2}"));
    }

    private RecordedCall only(String method) {
        List<RecordedCall> calls = standIn.requests().stream().filter(c -> c.method().equals(method)).toList();
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }
}
