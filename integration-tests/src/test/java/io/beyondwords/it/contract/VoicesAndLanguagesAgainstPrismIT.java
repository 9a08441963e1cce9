package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.beyondwords.RawResponse;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.languages.Language;
import io.beyondwords.voices.Voice;
import io.beyondwords.voices.VoiceListParams;
import io.beyondwords.voices.VoiceUpdateParams;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Every operation tagged Voices or Languages in openapi.yaml (one list each, not paged, and the update of a voice)
 * through the facade, sync and async, against Prism, which answers with the spec's voiceListExample,
 * languageListExample and voiceExample; each value is validated and compared with them.
 */
class VoicesAndLanguagesAgainstPrismIT extends ResourceAgainstPrism {

    private static final JsonArray VOICES = SpecExamples.value("voiceListExample").getAsJsonArray();
    private static final JsonObject LANGUAGE = SpecExamples.firstItem("languageListExample");
    private static final JsonObject VOICE = SpecExamples.object("voiceExample");

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

    // ---------------------------------------------------------------- voices#update

    @Test
    void updateVoiceSendsTheSpeakingRate() {
        VoiceUpdateParams params = VoiceUpdateParams.builder().speakingRate(110).build();

        assertUpdatedVoice(sync.client.voices().update(2517, params));

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("voices#update");
        assertThat(exchange.method()).isEqualTo("PUT");
        assertThat(exchange.url().encodedPath()).isEqualTo("/organization/voices/2517");
        assertThat(exchange.requestBodyValidated()).isTrue();
        assertThat(exchange.prismViolations()).isNull();

        JsonObject sent = SentBodies.of(prism.baseUrl(), FAKE_KEY, client -> client.voices().update(2517, params));
        assertThat(sent).hasToString("{\"speaking_rate\":110}");
    }

    @Test
    void rawUpdateVoice() {
        RawResponse<Voice> raw = sync.client.voices().withRawResponse()
                .update(2517, VoiceUpdateParams.builder().speakingRate(90).build());

        assertThat(raw.statusCode()).isEqualTo(200);
        assertUpdatedVoice(raw.body());
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
        assertUpdatedVoice(await(async.client.async().voices()
                .update(2517, VoiceUpdateParams.builder().speakingRate(110).build())));

        assertThat(async.exchanges()).extracting(e -> e.operationId().orElse("?"))
                .containsExactly("voices#index", "languages#index", "voices#update");
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
                .satisfies(l -> assertThat(l.previewUrl()).hasValue(first.getAsJsonArray("languages")
                        .get(0).getAsJsonObject().get("preview_url").getAsString())));
        assertThat(ava.created()).hasValue(Instant.parse("2023-03-01T08:31:11Z"));
        Voice ada = voices.get(1);
        assertThat(ada.id()).isEqualTo(second.get("id").getAsLong());
        assertThat(ada.speaker()).hasValueSatisfying(speaker -> assertThat(speaker.lastName())
                .hasValue(second.getAsJsonObject("speaker").get("last_name").getAsString()));
        assertThat(ada.exclusive()).hasValue(true);
        assertThat(ada.languages()).hasValue(List.of());
    }

    /** voiceExample: the voice with its new speaking rate. */
    private static void assertUpdatedVoice(Voice voice) {
        voice.validate();
        assertThat(voice.id()).isEqualTo(VOICE.get("id").getAsLong());
        assertThat(voice.name()).isEqualTo(VOICE.get("name").getAsString());
        assertThat(voice.speakingRate()).hasValue(VOICE.get("speaking_rate").getAsInt());
        assertThat(voice.speaker()).as("null in the example").isEmpty();
        assertThat(voice.updated()).hasValue(Instant.parse("2023-03-02T10:00:00Z"));
        assertThat(voice.additionalProperties()).isEmpty();
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
