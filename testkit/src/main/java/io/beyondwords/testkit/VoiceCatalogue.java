package io.beyondwords.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The stand-in's fixed voices and languages. The entries are made up (names, ids, services), only their shapes follow
 * openapi.yaml: {@code voiceModel} for the organisation's voices, {@code projectVoiceModel} for a project's, and
 * {@code languageModel}.
 */
final class VoiceCatalogue {

    private static final String ADDED = "2024-02-01 09:00:00 UTC";

    private record Voice(long id, String name, String type, String status, String gender, int speakingRate,
            String language, List<String> secondaryLanguages, String service, String speakerLastName) {
    }

    private record Language(long id, String code, String name, String accent, long defaultVoiceId) {
    }

    private static final List<Voice> VOICES = List.of(
            new Voice(1001, "Harriet", "premade", "enabled", "female", 100, "en_GB", List.of("en_US"), "azure", null),
            new Voice(1002, "Milo", "premade", "enabled", "male", 100, "en_US", List.of(), "azure", null),
            new Voice(1003, "Rosalind", "professional", "enabled", "female", 95, "en_US", List.of("en_GB"),
                    "elevenlabs", "Testwell"),
            new Voice(1004, "Élodie", "premade", "enabled", "female", 100, "fr_FR", List.of(), "google", null),
            new Voice(1005, "Konrad", "premade", "enabled", "male", 100, "de_DE", List.of(), "azure", null),
            new Voice(1006, "Inés", "premade", "enabled", "female", 105, "es_ES", List.of(), "google", null),
            new Voice(1007, "Barnaby", "premade", "deprecated", "male", 100, "en_GB", List.of(), "azure", null));

    private static final List<Language> LANGUAGES = List.of(
            new Language(1, "en_US", "English", "American", 1002),
            new Language(2, "en_GB", "English", "British", 1001),
            new Language(3, "fr_FR", "French", "Metropolitan", 1004),
            new Language(4, "de_DE", "German", "Standard", 1005),
            new Language(5, "es_ES", "Spanish", "Castilian", 1006));

    private VoiceCatalogue() {
    }

    /**
     * The organisation's voices; with {@code languageCode}, only those speaking it (main or secondary language).
     *
     * @param speakingRates the speaking rates changed since the start, by voice id
     */
    static JsonArray voices(String languageCode, Map<Long, Integer> speakingRates) {
        JsonArray all = new JsonArray();
        for (Voice voice : VOICES) {
            if (languageCode != null && !voice.language.equals(languageCode)
                    && !voice.secondaryLanguages.contains(languageCode)) {
                continue;
            }
            all.add(voice(voice, speakingRates));
        }
        return all;
    }

    /** Whether the organisation has a voice with this id. */
    static boolean has(long id) {
        return VOICES.stream().anyMatch(v -> v.id == id);
    }

    /** One voice of the organisation, as the list shows it; the id must be one {@link #has}. */
    static JsonObject voice(long id, Map<Long, Integer> speakingRates) {
        return voice(VOICES.stream().filter(v -> v.id == id).findFirst().orElseThrow(), speakingRates);
    }

    private static JsonObject voice(Voice voice, Map<Long, Integer> speakingRates) {
        JsonObject json = new JsonObject();
        json.addProperty("id", voice.id);
        json.addProperty("name", voice.name);
        json.addProperty("type", voice.type);
        json.addProperty("status", voice.status);
        json.add("speaker", speaker(voice));
        json.add("script_ids", new JsonArray());
        json.addProperty("speaking_rate", speakingRates.getOrDefault(voice.id, voice.speakingRate));
        JsonArray languages = new JsonArray();
        languages.add(voiceLanguage(voice, voice.language));
        voice.secondaryLanguages.forEach(code -> languages.add(voiceLanguage(voice, code)));
        json.add("languages", languages);
        json.add("cloning_consent", JsonNull.INSTANCE);
        json.add("clone_errors", new JsonArray());
        json.addProperty("language", voice.language);
        json.add("secondary_languages", strings(voice.secondaryLanguages));
        json.addProperty("service", voice.service);
        json.addProperty("preview_url", previewUrl(voice, voice.language));
        json.addProperty("exclusive", voice.speakerLastName != null);
        json.addProperty("custom", false);
        json.addProperty("created", ADDED);
        json.addProperty("updated", ADDED);
        return json;
    }

    /** A project's voices: every voice, in the shape of {@code GET /projects/{id}/voices}. */
    static JsonArray projectVoices() {
        JsonArray all = new JsonArray();
        for (Voice voice : VOICES) {
            JsonObject json = new JsonObject();
            json.addProperty("id", voice.id);
            json.addProperty("name", voice.name);
            json.addProperty("type", voice.type);
            json.addProperty("status", voice.status);
            json.addProperty("gender", voice.gender);
            json.addProperty("speaking_rate", voice.speakingRate);
            json.addProperty("language", voice.language);
            json.add("secondary_languages", strings(voice.secondaryLanguages));
            json.addProperty("service", voice.service);
            json.addProperty("preview_url", previewUrl(voice, voice.language));
            json.addProperty("created", ADDED);
            json.addProperty("updated", ADDED);
            all.add(json);
        }
        return all;
    }

    static JsonArray languages() {
        JsonArray all = new JsonArray();
        for (Language language : LANGUAGES) {
            JsonObject json = new JsonObject();
            json.addProperty("id", language.id);
            json.addProperty("code", language.code);
            json.addProperty("name", language.name);
            json.addProperty("accent", language.accent);
            json.addProperty("created", ADDED);
            Voice voice = VOICES.stream().filter(v -> v.id == language.defaultVoiceId).findFirst().orElseThrow();
            JsonObject defaults = new JsonObject();
            for (String section : List.of("title", "summary", "body")) {
                JsonObject chosen = new JsonObject();
                chosen.addProperty("id", voice.id);
                chosen.addProperty("name", voice.name);
                chosen.addProperty("speaking_rate", voice.speakingRate);
                defaults.add(section, chosen);
            }
            json.add("default_voices", defaults);
            all.add(json);
        }
        return all;
    }

    /** A project's {@code language_data} for this code: code, name and accent when the code is listed, else code. */
    static JsonObject languageData(String code) {
        JsonObject json = new JsonObject();
        json.addProperty("code", code);
        LANGUAGES.stream().filter(language -> language.code.equals(code)).findFirst().ifPresent(language -> {
            json.addProperty("name", language.name);
            json.addProperty("accent", language.accent);
        });
        return json;
    }

    private static JsonObject voiceLanguage(Voice voice, String code) {
        JsonObject json = languageData(code);
        json.addProperty("preview_url", previewUrl(voice, code));
        return json;
    }

    private static JsonElement speaker(Voice voice) {
        if (voice.speakerLastName == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject speaker = new JsonObject();
        speaker.addProperty("id", voice.id + 9000);
        speaker.addProperty("first_name", voice.name);
        speaker.addProperty("last_name", voice.speakerLastName);
        return speaker;
    }

    private static String previewUrl(Voice voice, String code) {
        return "https://example.com/voices/" + voice.id + "-" + code + ".mp3";
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
