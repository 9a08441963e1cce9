package io.beyondwords.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.JsonValue;
import io.beyondwords.content.ContentStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The payloads of the three documented generations (../shared/reference/webhooks.md), and what they may become. */
class WebhookEventTest {
    /** The oldest page's audio.updated example, as shown (abridged there only in its URLs). */
    static final String OLD_UPDATED = "{\"id\":284568,\"external_id\":\"629bb065-6b6f-4b44-a6f5-4b6e8e1b2a77\","
            + "\"state\":\"processed\",\"metadata\":{},\"media\":[{\"id\":2236642,\"content_type\":\"m3u8\","
            + "\"url\":\"https://audio.example/284568.m3u8\",\"duration\":2.564622},{\"id\":2236641,"
            + "\"content_type\":\"mp3\",\"url\":\"https://audio.example/284568_compiled.mp3\",\"duration\":2.592}],"
            + "\"image_url\":null,\"deleted\":false,\"action_type\":\"audio.updated\",\"project_id\":\"3438\"}";

    /** The same item deleted, as the old page shows it. */
    static final String OLD_DELETED = "{\"id\":284568,\"external_id\":\"629bb065-6b6f-4b44-a6f5-4b6e8e1b2a77\","
            + "\"state\":\"processed\",\"metadata\":{},\"media\":[],\"image_url\":null,\"deleted\":true,"
            + "\"action_type\":\"audio.deleted\",\"project_id\":\"3438\"}";

    /** The oldest generation's audio.created. */
    static final String OLD_CREATED = OLD_UPDATED.replace("audio.updated", "audio.created");

    /** The middle generation's audio.error: the item failed, no media. */
    static final String MIDDLE_ERROR = "{\"id\":284569,\"external_id\":\"article-7\",\"state\":\"error\","
            + "\"metadata\":{\"desk\":\"news\"},\"media\":[],\"image_url\":\"https://img.example/7.png\","
            + "\"deleted\":false,\"action_type\":\"audio.error\",\"project_id\":\"3438\"}";

    /** The newest page's audio.updated, its placeholders filled in: a UUID id, whole seconds, title, published. */
    static final String NEWEST_UPDATED = "{\"id\":\"5b3e2f9a-1c2d-4e5f-8a9b-0c1d2e3f4a5b\",\"title\":\"Weather\","
            + "\"project_id\":\"3438\",\"external_id\":\"weather-2026-12-07\",\"state\":\"processed\","
            + "\"metadata\":{\"desk\":\"weather\"},\"media\":[{\"id\":\"m-1\",\"content_type\":\"mp3\","
            + "\"url\":\"https://audio.example/w.mp3\",\"duration\":281},{\"id\":\"m-2\",\"content_type\":\"m3u8\","
            + "\"url\":\"https://audio.example/w.m3u8\",\"duration\":281}],\"published\":true,"
            + "\"action_type\":\"audio.updated\"}";

    @Test
    void readsTheOldestGenerationsUpdate() {
        WebhookEvent event = WebhookEvent.parse(OLD_UPDATED.getBytes(StandardCharsets.UTF_8));

        assertThat(event).isInstanceOf(AudioUpdatedEvent.class);
        assertThat(event.actionType()).isEqualTo("audio.updated");
        assertThat(event.id()).contains("284568");
        assertThat(event.projectId()).contains("3438");
        assertThat(event.sourceId()).contains("629bb065-6b6f-4b44-a6f5-4b6e8e1b2a77");
        assertThat(event.state()).contains(ContentStatus.PROCESSED);
        assertThat(event.metadata()).contains(JsonValue.objectBuilder().build());
        assertThat(event.imageUrl()).isEmpty();
        assertThat(event.deleted()).contains(false);
        assertThat(event.published()).isEmpty();
        assertThat(event.title()).isEmpty();
        assertThat(event.additionalProperties()).isEmpty();

        List<WebhookMedia> media = event.media();
        assertThat(media).hasSize(2);
        assertThat(media.get(0).id()).contains("2236642");
        assertThat(media.get(0).contentType()).contains(WebhookMedia.M3U8);
        assertThat(media.get(0).url()).contains("https://audio.example/284568.m3u8");
        assertThat(media.get(0).duration()).contains(Duration.ofNanos(2_564_622_000L));
        assertThat(media.get(1).contentType()).contains(WebhookMedia.MP3);
        assertThat(media.get(1).duration()).contains(Duration.ofMillis(2592));
    }

    @Test
    void readsTheOldestGenerationsDeleteAndCreate() {
        WebhookEvent deleted = WebhookEvent.parse(OLD_DELETED);
        assertThat(deleted).isInstanceOf(AudioDeletedEvent.class);
        assertThat(deleted.deleted()).contains(true);
        assertThat(deleted.media()).isEmpty();
        assertThat(deleted.id()).contains("284568");

        WebhookEvent created = WebhookEvent.parse(OLD_CREATED);
        assertThat(created).isInstanceOf(AudioCreatedEvent.class);
        assertThat(created.actionType()).isEqualTo(AudioCreatedEvent.ACTION_TYPE);
        assertThat(created.media()).hasSize(2);
    }

    @Test
    void readsTheMiddleGenerationsError() {
        WebhookEvent event = WebhookEvent.parse(MIDDLE_ERROR);

        assertThat(event).isInstanceOf(AudioErrorEvent.class);
        assertThat(event.state()).contains(ContentStatus.ERROR);
        assertThat(event.sourceId()).contains("article-7");
        assertThat(event.imageUrl()).contains("https://img.example/7.png");
        assertThat(event.metadata().flatMap(m -> m.member("desk")).flatMap(JsonValue::asString)).contains("news");
        assertThat(event.media()).isEmpty();
    }

    @Test
    void readsTheNewestGenerationsUpdate() {
        WebhookEvent event = WebhookEvent.parse(NEWEST_UPDATED);

        assertThat(event).isInstanceOf(AudioUpdatedEvent.class);
        assertThat(event.id()).contains("5b3e2f9a-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
        assertThat(event.title()).contains("Weather");
        assertThat(event.sourceId()).contains("weather-2026-12-07");
        assertThat(event.published()).contains(true);
        assertThat(event.deleted()).isEmpty();
        assertThat(event.media()).extracting(m -> m.id().orElseThrow()).containsExactly("m-1", "m-2");
        assertThat(event.media()).extracting(m -> m.duration().orElseThrow())
                .containsOnly(Duration.ofSeconds(281));
    }

    @Test
    void keepsUnknownMembersAndAnUnknownActionType() {
        String json = "{\"id\":7,\"action_type\":\"video.updated\",\"state\":\"rendering\",\"video_url\":"
                + "\"https://v.example/7.mp4\",\"media\":[{\"id\":1,\"content_type\":\"mp4\",\"url\":"
                + "\"https://v.example/7.mp4\",\"duration\":1.5,\"orientation\":\"16:9\"}],\"extra\":{\"a\":[1,2]}}";
        WebhookEvent event = WebhookEvent.parse(json);

        assertThat(event).isInstanceOf(UnknownWebhookEvent.class);
        assertThat(event.actionType()).isEqualTo("video.updated");
        assertThat(event.state()).hasValueSatisfying(state -> {
            assertThat(state.value()).isEqualTo("rendering");
            assertThat(state.isKnown()).isFalse();
        });
        assertThat(event.additionalProperties()).containsOnlyKeys("video_url", "extra");
        assertThat(event.additionalProperties().get("extra")).isEqualTo(JsonValue.parse("{\"a\":[1,2]}"));
        assertThat(event.media().get(0).additionalProperties())
                .containsExactly(java.util.Map.entry("orientation", JsonValue.of("16:9")));
        assertThat(event.json()).isEqualTo(JsonValue.parse(json));
    }

    @Test
    void aPayloadWithoutActionTypeIsUnknownNotAFailure() {
        WebhookEvent event = WebhookEvent.parse("{\"id\":1,\"action_type\":42}");
        assertThat(event).isInstanceOf(UnknownWebhookEvent.class);
        assertThat(event.actionType()).isEmpty();
        assertThat(WebhookEvent.parse("{}")).isInstanceOf(UnknownWebhookEvent.class);
    }

    @Test
    void aMalformedMemberCostsOnlyItsOwnAccessor() {
        String json = "{\"id\":{\"x\":1},\"external_id\":\"a-1\",\"state\":\"processed\",\"deleted\":\"no\","
                + "\"image_url\":7,\"media\":[{\"url\":\"https://a.example/1.mp3\",\"duration\":\"long\"},"
                + "17],\"action_type\":\"audio.updated\"}";
        WebhookEvent event = WebhookEvent.parse(json);

        assertThat(event).isInstanceOf(AudioUpdatedEvent.class);
        assertThat(event.sourceId()).contains("a-1");
        assertThat(event.state()).contains(ContentStatus.PROCESSED);
        assertThatThrownBy(event::id).isInstanceOf(UnreadableWebhookException.class)
                .hasMessage("the webhook payload's 'id' is {\"x\":1}, not text or a number");
        assertThatThrownBy(event::deleted).isInstanceOf(UnreadableWebhookException.class)
                .hasMessageContaining("'deleted'");
        assertThatThrownBy(event::imageUrl).isInstanceOf(UnreadableWebhookException.class)
                .hasMessageContaining("'image_url'").hasMessageContaining("not text");
        List<WebhookMedia> media = event.media();
        assertThat(media.get(0).url()).contains("https://a.example/1.mp3");
        assertThatThrownBy(() -> media.get(0).duration()).isInstanceOf(UnreadableWebhookException.class)
                .hasMessageContaining("'media[0].duration'");
        assertThatThrownBy(() -> media.get(1).url()).isInstanceOf(UnreadableWebhookException.class)
                .hasMessageContaining("'media[1]' is 17, not an object");
        assertThat(media.get(1).json()).isEqualTo(JsonValue.of(17));
    }

    @Test
    void hugeNumbersAreRefusedOrKeptShortNotExpanded() {
        WebhookEvent event = WebhookEvent.parse("{\"id\":1e999999999,\"media\":[{\"duration\":1e999999999},"
                + "{\"duration\":-1}],\"action_type\":\"audio.updated\"}");

        assertThat(event.id()).contains("1E+999999999");
        assertThatThrownBy(() -> event.media().get(0).duration()).isInstanceOf(UnreadableWebhookException.class)
                .hasMessageContaining("a Duration can hold");
        assertThatThrownBy(() -> event.media().get(1).duration()).isInstanceOf(UnreadableWebhookException.class)
                .hasMessageContaining("'media[1].duration' is -1");
    }

    @Test
    void aBodyThatIsNoJsonObjectIsUnreadable() {
        assertThatThrownBy(() -> WebhookEvent.parse("<html>")).isInstanceOf(UnreadableWebhookException.class)
                .hasMessageStartingWith("the webhook body is not JSON");
        assertThatThrownBy(() -> WebhookEvent.parse("[1]")).isInstanceOf(UnreadableWebhookException.class)
                .hasMessage("the webhook body is a JSON array, not an object");
        assertThatThrownBy(() -> WebhookEvent.parse(new byte[0])).isInstanceOf(UnreadableWebhookException.class);
        assertThat(new UnreadableWebhookException("x").httpStatus()).isEqualTo(400);
    }

    @Test
    void eventsAreEqualWhenTheirJsonIs() {
        assertThat(WebhookEvent.parse(OLD_UPDATED)).isEqualTo(WebhookEvent.parse(OLD_UPDATED))
                .isNotEqualTo(WebhookEvent.parse(OLD_CREATED));
    }
}
