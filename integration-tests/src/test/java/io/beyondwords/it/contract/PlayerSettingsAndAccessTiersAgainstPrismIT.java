package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.beyondwords.RawResponse;
import io.beyondwords.accesstiers.AccessTier;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.playersettings.PlayerSettingsUpdateParams;
import io.beyondwords.playersettings.ProjectPlayerSettings;
import org.junit.jupiter.api.Test;

/**
 * Every operation tagged Player settings or Access tiers in openapi.yaml (the project's player settings, retrieve and
 * update; its access tiers, a list not paged) through the facade, sync and async, against Prism, which answers with
 * the spec's playerSettingsExample and accessTierListExample; each value is validated and compared with them. The
 * update's flattened theme params are read back from the body as sent.
 */
class PlayerSettingsAndAccessTiersAgainstPrismIT extends ResourceAgainstPrism {

    private static final JsonObject SETTINGS = SpecExamples.object("playerSettingsExample");
    private static final JsonArray TIERS = SpecExamples.value("accessTierListExample").getAsJsonArray();

    PlayerSettingsAndAccessTiersAgainstPrismIT() {
        super("Player settings", "Access tiers");
    }

    // ---------------------------------------------------------------- player_settings#show

    @Test
    void retrieve() {
        assertSettings(sync.client.playerSettings().retrieve(12));

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("player_settings#show");
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/12/player_settings");
        assertThat(exchange.url().queryParameterNames()).isEmpty();
        assertThat(exchange.prismViolations()).isNull();
    }

    // ---------------------------------------------------------------- player_settings#update

    @Test
    void updateWithEveryField() {
        ProjectPlayerSettings updated = sync.client.playerSettings().update(12, everyField());

        assertSettings(updated);
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("player_settings#update");
        assertThat(exchange.method()).isEqualTo("PUT");
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/12/player_settings");
        assertThat(exchange.requestBodyValidated()).as("the body itself went through the validator").isTrue();
        assertThat(exchange.prismViolations()).isNull();
    }

    @Test
    void updateSendsEachThemeAsOneObjectWithOnlyWhatWasSet() {
        try (SentBodies sent = SentBodies.start(prism.baseUrl(), FAKE_KEY)) {
            assertSettings(sent.client.playerSettings().update(12, PlayerSettingsUpdateParams.builder()
                    .playerTitle("My project").darkThemeTextColor("#fff").darkThemeBackgroundColor("#333")
                    .videoThemeIconColor("#ff0").introUrl("https://example.com/intro.mp3").build()));

            assertThat(sent.onlyBody()).isEqualTo(JsonParser.parseString("{\"player_title\":\"My project\","
                    + "\"dark_theme\":{\"text_color\":\"#fff\",\"background_color\":\"#333\"},"
                    + "\"video_theme\":{\"icon_color\":\"#ff0\"},\"intro_url\":\"https://example.com/intro.mp3\"}"));
            sent.assertNoValidationErrors();
        }
    }

    // ---------------------------------------------------------------- access_tiers#index

    @Test
    void listAccessTiers() {
        assertTiers(sync.client.accessTiers().list(12));

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("access_tiers#index");
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/12/player_settings/access_tiers");
        assertThat(exchange.prismViolations()).isNull();
    }

    // ---------------------------------------------------------------- the async API, every operation

    @Test
    void asyncEveryOperation() throws Exception {
        assertSettings(await(async.client.async().playerSettings().retrieve(12)));
        assertSettings(await(async.client.async().playerSettings()
                .update(12, PlayerSettingsUpdateParams.builder().enabled(false).build())));
        assertTiers(await(async.client.async().accessTiers().list(12)));
        RawResponse<ProjectPlayerSettings> raw = await(async.client.async().playerSettings().withRawResponse()
                .update(12, everyField()));
        assertThat(raw.statusCode()).isEqualTo(200);
        assertSettings(raw.body());

        assertThat(async.exchanges()).extracting(e -> e.operationId().orElse("?")).containsExactly(
                "player_settings#show", "player_settings#update", "access_tiers#index", "player_settings#update");
    }

    private static PlayerSettingsUpdateParams everyField() {
        return PlayerSettingsUpdateParams.builder().enabled(true).playerVersion("1").playerStyle("standard")
                .playerTitle("My project").callToAction("Listen to this article")
                .imageUrl("https://example.com/image.jpeg").theme("auto")
                .darkThemeTextColor("#323232").darkThemeBackgroundColor("#FAFAFA").darkThemeIconColor("#323232")
                .darkThemeHighlightColor("#A4FF00").lightThemeTextColor("#323232")
                .lightThemeBackgroundColor("#FAFAFA").lightThemeIconColor("#323232")
                .lightThemeHighlightColor("#A4FF00").videoThemeTextColor("#323232")
                .videoThemeBackgroundColor("#FAFAFA").videoThemeIconColor("#323232")
                .videoThemeHighlightColor("#A4FF00").titleEnabled(false).imageEnabled(false)
                .persistentAdImage(false).widgetStyle("small").widgetPosition("auto").segmentPlaybackEnabled(true)
                .segmentHighlightsEnabled(true).skipButtonStyle("seconds-15-30")
                .introUrl("https://example.com/intro.mp3").outroUrl("https://example.com/outro.mp3")
                .introOutroEnabled(true).paywallType("none").paywallUrl("https://example.com/members-signup-page")
                .downloadButtonEnabled(false).shareButtonEnabled(false).voiceIconEnabled(false)
                .logoIconEnabled(true).analyticsEnabled(true).analyticsUuidEnabled(true).build();
    }

    // ---------------------------------------------------------------- against the spec's examples

    /** playerSettingsExample: the docs' update example as the answer echoes it. */
    private static void assertSettings(ProjectPlayerSettings settings) {
        settings.validate();
        assertThat(settings.enabled()).hasValue(true);
        assertThat(settings.playerVersion()).hasValue(SETTINGS.get("player_version").getAsString());
        assertThat(settings.playerTitle()).hasValue(SETTINGS.get("player_title").getAsString());
        assertThat(settings.imageUrl()).hasValue(SETTINGS.get("image_url").getAsString());
        assertThat(settings.darkTheme()).hasValueSatisfying(theme -> assertThat(theme.highlightColor())
                .hasValue(SETTINGS.getAsJsonObject("dark_theme").get("highlight_color").getAsString()));
        assertThat(settings.videoTheme()).hasValueSatisfying(theme -> {
            assertThat(theme.iconColor()).hasValue("#323232");
            assertThat(theme.highlightColor()).as("not in the example's video theme").isEmpty();
        });
        assertThat(settings.skipButtonStyle()).hasValue("seconds-15-30");
        assertThat(settings.introUrl()).hasValue(SETTINGS.get("intro_url").getAsString());
        assertThat(settings.paywallUrl()).hasValue(SETTINGS.get("paywall_url").getAsString());
        assertThat(settings.logoIconEnabled()).hasValue(true);
        assertThat(settings.updated()).as("not in the docs' example").isEmpty();
        assertThat(settings.additionalProperties()).as("every member is in the spec").isEmpty();
    }

    /** accessTierListExample: anonymous, registered and subscribed; only the last without adverts. */
    private static void assertTiers(List<AccessTier> tiers) {
        assertThat(tiers).hasSize(TIERS.size());
        tiers.forEach(AccessTier::validate);
        assertThat(tiers).extracting(AccessTier::slug).containsExactly("anonymous", "registered", "subscribed");
        assertThat(tiers).extracting(AccessTier::id).containsExactly(1L, 2L, 3L);
        AccessTier subscribed = tiers.get(2);
        assertThat(subscribed.name()).isEqualTo(TIERS.get(2).getAsJsonObject().get("name").getAsString());
        assertThat(subscribed.adsEnabled()).hasValue(false);
        assertThat(subscribed.segmentLimit()).as("null in the example: no limit").isEmpty();
        assertThat(subscribed.introUrl()).as("null in the example").isEmpty();
        assertThat(subscribed.created()).as("not in the docs' example").isEmpty();
    }
}
