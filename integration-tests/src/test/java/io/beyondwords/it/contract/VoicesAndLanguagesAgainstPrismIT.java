package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.beyondwords.RawResponse;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.languages.Language;
import io.beyondwords.voices.Voice;
import io.beyondwords.voices.VoiceListParams;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Every operation tagged Voices or Languages in openapi.yaml (one list each, not paged) through the facade, sync and
 * async, against Prism, which answers with the spec's voiceListExample and languageListExample; each value is
 * validated and compared with them.
 */
class VoicesAndLanguagesAgainstPrismIT extends ResourceAgainstPrism {

    private static final JsonArray VOICES = SpecExamples.value("voiceListExample").getAsJsonArray();
    private static final JsonObject LANGUAGE = SpecExamples.firstItem("languageListExample");

    VoicesAndLanguagesAgainstPrismIT() {
        super("Voices", "Languages");
    }

    // ---------------------------------------------------------------- voices#index

    @Test
    void voicesWithEveryFilterUnderItsSpecName() {
        List<Voice> voices = sync.client.voices()
                .list(VoiceListParams.builder().languageCode("en_US").addScope("primary").addScope("secondary")
                        .build());

        assertVoices(voices);
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("voices#index");
        assertThat(exchange.prismViolations()).isNull();
        HttpUrl url = exchange.url();
        assertThat(url.encodedPath()).isEqualTo("/organization/voices");
        assertThat(url.queryParameter("filter[language.code]")).isEqualTo("en_US");
        assertThat(url.queryParameterValues("filter[scopes][]")).containsExactly("primary", "secondary");
    }

    @Test
    void voicesWithoutFilters() {
        assertVoices(sync.client.voices().list());
        assertThat(sync.onlyExchange().url().queryParameterNames()).isEmpty();
    }

    // ---------------------------------------------------------------- languages#index

    @Test
    void languages() {
        List<Language> languages = sync.client.languages().list();

        assertLanguages(languages);
        assertThat(sync.onlyExchange().url().encodedPath()).isEqualTo("/organization/languages");
    }

    @Test
    void rawLanguages() {
        RawResponse<List<Language>> raw = sync.client.languages().withRawResponse().list();

        assertThat(raw.statusCode()).isEqualTo(200);
        assertLanguages(raw.body());
    }

    // ---------------------------------------------------------------- the async API

    @Test
    void asyncVoicesAndLanguages() throws Exception {
        assertVoices(await(async.client.async().voices().list(VoiceListParams.builder().addScope("primary").build())));
        assertLanguages(await(async.client.async().languages().list()));

        assertThat(async.exchanges()).extracting(e -> e.operationId().orElse("?"))
                .containsExactly("voices#index", "languages#index");
    }

    // ---------------------------------------------------------------- against the spec's examples

    /** voiceListExample: a premade voice with a language and a null speaker, and a professional one with a speaker. */
    private static void assertVoices(List<Voice> voices) {
        assertThat(voices).hasSize(VOICES.size());
        voices.forEach(Voice::validate);
        JsonObject first = VOICES.get(0).getAsJsonObject();
        JsonObject second = VOICES.get(1).getAsJsonObject();
        Voice ava = voices.get(0);
        assertThat(ava.id()).isEqualTo(first.get("id").getAsLong());
        assertThat(ava.name()).isEqualTo(first.get("name").getAsString());
        assertThat(ava.speaker()).as("null in the example").isEmpty();
        assertThat(ava.languages()).hasValueSatisfying(languages -> assertThat(languages).singleElement()
                .satisfies(l -> assertThat(l.previewUrl()).hasValue(URI.create(first.getAsJsonArray("languages")
                        .get(0).getAsJsonObject().get("preview_url").getAsString()))));
        assertThat(ava.created()).hasValue(Instant.parse("2023-03-01T08:31:11Z"));
        Voice ada = voices.get(1);
        assertThat(ada.id()).isEqualTo(second.get("id").getAsLong());
        assertThat(ada.speaker()).hasValueSatisfying(speaker -> assertThat(speaker.lastName())
                .hasValue(second.getAsJsonObject("speaker").get("last_name").getAsString()));
        assertThat(ada.exclusive()).hasValue(true);
        assertThat(ada.languages()).hasValue(List.of());
    }

    /** languageListExample: one language with its three default voices. */
    private static void assertLanguages(List<Language> languages) {
        assertThat(languages).singleElement().satisfies(language -> {
            language.validate();
            assertThat(language.code()).isEqualTo(LANGUAGE.get("code").getAsString());
            assertThat(language.id()).hasValue(LANGUAGE.get("id").getAsLong());
            assertThat(language.accent()).hasValue(LANGUAGE.get("accent").getAsString());
            assertThat(language.created()).hasValue(Instant.parse("2022-01-25T07:40:27Z"));
            assertThat(language.defaultVoices()).hasValueSatisfying(defaults -> assertThat(defaults.summary())
                    .hasValueSatisfying(voice -> assertThat(voice.name()).hasValue(LANGUAGE
                            .getAsJsonObject("default_voices").getAsJsonObject("summary").get("name").getAsString())));
        });
    }
}
