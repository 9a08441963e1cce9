package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.beyondwords.testkit.SpecCheckedHttp.Check;
import io.beyondwords.testkit.SpecCheckedHttp.Result;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fixed voices and languages, and the player built from stored content; validated against openapi.yaml. */
class VoicesLanguagesAndPlayerTest {

    private BeyondWordsStandIn standIn;
    private SpecCheckedHttp http;

    @BeforeEach
    void start() {
        standIn = BeyondWordsStandIn.startDefault();
        http = new SpecCheckedHttp(standIn);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void theOrganisationsVoicesFilteredByLanguage() {
        JsonArray all = http.get("/organization/voices").json().getAsJsonArray();
        assertThat(all).hasSize(7);
        assertThat(all.get(2).getAsJsonObject().getAsJsonObject("speaker").get("last_name").getAsString())
                .isEqualTo("Testwell");

        Result british = http.get("/organization/voices?filter[language.code]=en_GB"
                + "&filter[scopes][]=primary&filter[scopes][]=secondary");

        assertThat(british.header("X-Pagination-Limit")).as("not paged").isNull();
        assertThat(member(british.json().getAsJsonArray(), "name"))
                .as("main or secondary language").containsExactly("Harriet", "Rosalind", "Barnaby");
        assertThat(http.get("/organization/voices?filter[language.code]=ja_JP").json().getAsJsonArray()).isEmpty();
    }

    @Test
    void aVoiceKeepsTheSpeakingRateItIsGivenUntilReset() {
        JsonObject changed = http.put("/organization/voices/1002", "{\"speaking_rate\":120}").json()
                .getAsJsonObject();

        assertThat(changed.get("id").getAsLong()).isEqualTo(1002);
        assertThat(changed.get("speaking_rate").getAsInt()).isEqualTo(120);
        JsonObject listed = http.get("/organization/voices").json().getAsJsonArray().get(1).getAsJsonObject();
        assertThat(listed.get("speaking_rate").getAsInt()).isEqualTo(120);
        standIn.reset();
        assertThat(http.get("/organization/voices").json().getAsJsonArray().get(1).getAsJsonObject()
                .get("speaking_rate").getAsInt()).isEqualTo(100);
    }

    @Test
    void updatingAnUnknownVoiceOrWithAnInvalidRateIsRefused() {
        assertThat(http.sendRaw("PUT", "/organization/voices/999", "{\"speaking_rate\":120}").status())
                .isEqualTo(404);
        Result invalid = http.sendRaw("PUT", "/organization/voices/1002", "{\"speaking_rate\":0}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject()
                .get("location").getAsString()).isEqualTo("speaking_rate");
    }

    @Test
    void theLanguagesWithTheirDefaultVoices() {
        JsonArray languages = http.get("/organization/languages").json().getAsJsonArray();

        assertThat(member(languages, "code")).containsExactly("en_US", "en_GB", "fr_FR", "de_DE", "es_ES");
        JsonObject defaults = languages.get(2).getAsJsonObject().getAsJsonObject("default_voices");
        assertThat(defaults.getAsJsonObject("body").get("name").getAsString()).isEqualTo("Élodie");
        assertThat(defaults.keySet()).containsExactly("title", "summary", "body");
    }

    @Test
    void voicesAndLanguagesNeedTheKey() {
        for (String path : List.of("/organization/voices", "/organization/languages", "/projects/1/voices")) {
            Result result = http.send(new okhttp3.Request.Builder().url(http.url(path)).build(), Check.RESPONSE);
            assertThat(result.status()).as(path).isEqualTo(401);
        }
    }

    @Test
    void thePlayerFindsContentByIdSourceIdAndSourceUrlWithoutAKey() {
        StandInContent item = standIn.addContent(1, ContentSeed.titled("<h1>Rain on Tuesday</h1>")
                .sourceId("weather-1").sourceUrl("https://example.com/weather/1?day=tue").author("Sam"));
        String encodedUrl = URLEncoder.encode("https://example.com/weather/1?day=tue", StandardCharsets.UTF_8);

        List<Result> answers = List.of(
                publicGet("/projects/1/player/by_content_id/" + item.id()),
                publicGet("/projects/1/player/by_source_id/weather-1"),
                publicGet("/projects/1/player/by_source_url/" + encodedUrl));

        for (Result answer : answers) {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json()).isEqualTo(answers.get(0).json());
        }
        JsonObject player = answers.get(0).json().getAsJsonObject();
        assertThat(player.get("language").getAsString()).isEqualTo("en_US");
        JsonObject entry = player.getAsJsonArray("content").get(0).getAsJsonObject();
        assertThat(entry.get("id").getAsString()).isEqualTo(item.id());
        assertThat(entry.get("title").getAsString()).as("as text").isEqualTo("Rain on Tuesday");
        assertThat(entry.getAsJsonArray("audio").get(0).getAsJsonObject().get("url").getAsString())
                .isEqualTo("https://example.com/audio/" + item.id() + ".mp3");
        assertThat(entry.get("image_url").isJsonNull()).isTrue();
    }

    @Test
    void thePlayerAnswers404ForUnknownContentOrProject() {
        standIn.addContent(1, ContentSeed.titled("A").sourceId("a"));
        assertThat(publicGet("/projects/1/player/by_content_id/a").status()).as("an id, not a source_id")
                .isEqualTo(404);
        assertThat(publicGet("/projects/1/player/by_source_id/b").status()).isEqualTo(404);
        assertThat(publicGet("/projects/7/player/by_source_id/a").status()).isEqualTo(404);
    }

    private Result publicGet(String path) {
        return http.send(new okhttp3.Request.Builder().url(http.url(path)).get().build(), Check.BOTH);
    }

    private static List<String> member(JsonArray items, String name) {
        List<String> values = new ArrayList<>();
        for (JsonElement item : items) {
            values.add(item.getAsJsonObject().get(name).getAsString());
        }
        return values;
    }
}
