package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.beyondwords.RawResponse;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.videosettings.LogoPosition;
import io.beyondwords.videosettings.VideoSettings;
import io.beyondwords.videosettings.VideoSettingsUpdateParams;
import io.beyondwords.videosettingstemplates.VideoSettingsTemplate;
import org.junit.jupiter.api.Test;

/**
 * Every operation tagged Video Settings or Video settings templates in openapi.yaml (the project's video settings,
 * retrieve and update; the organisation's templates, a list not paged) through the facade, sync and async, against
 * Prism, which answers with the spec's videoSettingsExample and videoSettingsTemplateListExample; each value is
 * validated and compared with them.
 */
class VideoSettingsAgainstPrismIT extends ResourceAgainstPrism {

    private static final JsonObject SETTINGS = SpecExamples.object("videoSettingsExample");
    private static final JsonObject TEMPLATE = SpecExamples.firstItem("videoSettingsTemplateListExample");

    VideoSettingsAgainstPrismIT() {
        super("Video Settings", "Video settings templates");
    }

    // ---------------------------------------------------------------- video_settings#show

    @Test
    void retrieve() {
        assertSettings(sync.client.videoSettings().retrieve(12));

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("video_settings#show");
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/12/video_settings");
        assertThat(exchange.prismViolations()).isNull();
    }

    // ---------------------------------------------------------------- video_settings#update

    @Test
    void updateWithEveryField() {
        VideoSettings updated = sync.client.videoSettings().update(12, everyField());

        assertSettings(updated);
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("video_settings#update");
        assertThat(exchange.method()).isEqualTo("PUT");
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/12/video_settings");
        assertThat(exchange.requestBodyValidated()).as("the body itself went through the validator").isTrue();
        assertThat(exchange.prismViolations()).isNull();
    }

    @Test
    void updateSendsOnlyWhatWasSet() {
        try (SentBodies sent = SentBodies.start(prism.baseUrl(), FAKE_KEY)) {
            assertSettings(sent.client.videoSettings().update(12, VideoSettingsUpdateParams.builder()
                    .logoImagePosition(LogoPosition.TOP_LEFT).addTextFont("Inter-Medium.ttf").textLines(2)
                    .build()));

            assertThat(sent.onlyBody()).isEqualTo(JsonParser.parseString(
                    "{\"logo_image_position\":\"top-left\",\"text_fonts\":[\"Inter-Medium.ttf\"],\"text_lines\":2}"));
            sent.assertNoValidationErrors();
        }
        try (SentBodies sent = SentBodies.start(prism.baseUrl(), FAKE_KEY)) {
            assertSettings(sent.client.videoSettings().update(12, VideoSettingsUpdateParams.builder().enabled(false)
                    .build()));

            assertThat(sent.onlyBody()).as("no text_fonts: an empty list would clear the project's fonts")
                    .isEqualTo(JsonParser.parseString("{\"enabled\":false}"));
            sent.assertNoValidationErrors();
        }
    }

    // ---------------------------------------------------------------- video_settings_templates#index

    @Test
    void listTemplates() {
        assertTemplates(sync.client.videoSettingsTemplates().list());

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("video_settings_templates#index");
        assertThat(exchange.url().encodedPath()).isEqualTo("/video_settings_templates");
        assertThat(exchange.url().queryParameterNames()).isEmpty();
        assertThat(exchange.prismViolations()).isNull();
    }

    // ---------------------------------------------------------------- the async API, every operation

    @Test
    void asyncEveryOperation() throws Exception {
        assertSettings(await(async.client.async().videoSettings().retrieve(12)));
        assertSettings(await(async.client.async().videoSettings()
                .update(12, VideoSettingsUpdateParams.builder().enabled(false).build())));
        assertTemplates(await(async.client.async().videoSettingsTemplates().list()));
        RawResponse<VideoSettings> raw = await(async.client.async().videoSettings().withRawResponse().retrieve(12));
        assertThat(raw.statusCode()).isEqualTo(200);
        assertSettings(raw.body());

        assertThat(async.exchanges()).extracting(e -> e.operationId().orElse("?")).containsExactly(
                "video_settings#show", "video_settings#update", "video_settings_templates#index",
                "video_settings#show");
    }

    private static VideoSettingsUpdateParams everyField() {
        return VideoSettingsUpdateParams.builder().enabled(true).logoImageUrl("https://example.com/logo.png")
                .logoImagePosition(LogoPosition.TOP_RIGHT).backgroundColor("white")
                .textBackgroundColor("rgba(255, 255, 255, 0.88)").textColor("black").textHighlightColor("#0cf")
                .textShadow("3px 3px 3px linear-gradient(to right, red, blue)")
                .textHighlightShadow("-3px -3px 3px orange").textStroke("0px transparent outside")
                .textHighlightStroke("0px transparent outside")
                .textFonts(List.of("Inter-Medium.ttf", "NotoSansSC-Medium.ttf")).textFontSize("64")
                .textLines(1).textHorizontalAlign("center").textVerticalAlign("end")
                .waveformColor("linear-gradient(to right, red, blue)").contentImageEnabled(true)
                .imageExtractionEnabled(true).panAndZoomEnabled(false).audioAndWaveformEnabled(true)
                .textCaptionsEnabled(true).playbackMode("cycle").cycleTime(15000).build();
    }

    // ---------------------------------------------------------------- against the spec's examples

    /** videoSettingsExample: the docs' show example. */
    private static void assertSettings(VideoSettings settings) {
        settings.validate();
        assertThat(settings.enabled()).hasValue(true);
        assertThat(settings.logoImageUrl()).hasValue(URI.create(SETTINGS.get("logo_image_url").getAsString()));
        assertThat(settings.logoImagePosition()).hasValue(LogoPosition.TOP_RIGHT);
        assertThat(settings.textBackgroundColor()).hasValue(SETTINGS.get("text_background_color").getAsString());
        assertThat(settings.textFonts()).hasValueSatisfying(fonts -> assertThat(fonts).hasSize(5)
                .startsWith("Inter-Medium.ttf"));
        assertThat(settings.textLines()).as("null in the example").isEmpty();
        assertThat(settings.textAlign()).hasValue("start");
        assertThat(settings.cycleTime()).hasValue(SETTINGS.get("cycle_time").getAsInt());
        assertThat(settings.additionalProperties()).as("every member is in the spec").isEmpty();
    }

    /** videoSettingsTemplateListExample: one template, with numbers, nulls and the docs' "64," font size. */
    private static void assertTemplates(List<VideoSettingsTemplate> templates) {
        assertThat(templates).singleElement().satisfies(t -> {
            t.validate();
            assertThat(t.id()).isEqualTo(TEMPLATE.get("id").getAsLong());
            assertThat(t.slug()).isEqualTo(TEMPLATE.get("slug").getAsString());
            assertThat(t.name()).isEqualTo(TEMPLATE.get("name").getAsString());
            assertThat(t.textWidth()).hasValueSatisfying(w -> assertThat(w)
                    .isEqualByComparingTo(BigDecimal.valueOf(0.8)));
            assertThat(t.textBackgroundRadius()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("8"));
            assertThat(t.textSecondaryColor()).as("null in the example").isEmpty();
            assertThat(t.textFontSize()).hasValue("64,");
            assertThat(t.textWords()).as("not in the example").isEmpty();
            assertThat(t.textAnimation()).hasValue("karaoke");
            assertThat(t.created()).hasValue(Instant.parse("2023-01-01T00:00:00Z"));
            assertThat(t.additionalProperties()).as("every member is in the spec").isEmpty();
        });
    }
}
