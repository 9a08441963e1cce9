package io.beyondwords.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookDeduplicatorTest {
    private final WebhookDeduplicator deduplicator = WebhookDeduplicator.inMemory();

    @Test
    void aRepeatedDeliveryIsADuplicate() {
        assertThat(deduplicator.check(WebhookEvent.parse(WebhookEventTest.NEWEST_UPDATED)))
                .isEqualTo(DeliveryStatus.NEW);
        assertThat(deduplicator.check(WebhookEvent.parse(WebhookEventTest.NEWEST_UPDATED)))
                .isEqualTo(DeliveryStatus.DUPLICATE);
    }

    @Test
    void anotherStateTypeItemOrAudioIsANewEvent() {
        String processed = WebhookEventTest.OLD_UPDATED;
        assertThat(deduplicator.check(WebhookEvent.parse(processed))).isEqualTo(DeliveryStatus.NEW);
        assertThat(deduplicator.check(WebhookEvent.parse(processed.replace("\"processed\"", "\"error\""))))
                .isEqualTo(DeliveryStatus.NEW);
        assertThat(deduplicator.check(WebhookEvent.parse(processed.replace("284568,", "284570,"))))
                .isEqualTo(DeliveryStatus.NEW);
        assertThat(deduplicator.check(WebhookEvent.parse(processed.replace("_compiled.mp3", "_v2.mp3"))))
                .as("a regeneration with new audio").isEqualTo(DeliveryStatus.NEW);
        assertThat(deduplicator.check(WebhookEvent.parse(processed.replace("audio.updated", "audio.created"))))
                .isEqualTo(DeliveryStatus.NEW);
    }

    @Test
    void anUpdateAfterTheItemsDeletionIsStale() {
        assertThat(deduplicator.check(WebhookEvent.parse(WebhookEventTest.OLD_DELETED)))
                .isEqualTo(DeliveryStatus.NEW);
        assertThat(deduplicator.check(WebhookEvent.parse(WebhookEventTest.OLD_DELETED)))
                .isEqualTo(DeliveryStatus.DUPLICATE);
        assertThat(deduplicator.check(WebhookEvent.parse(WebhookEventTest.OLD_UPDATED)))
                .isEqualTo(DeliveryStatus.STALE);
        assertThat(deduplicator.check(WebhookEvent.parse(WebhookEventTest.OLD_UPDATED.replace("284568,", "1,"))))
                .as("another item").isEqualTo(DeliveryStatus.NEW);
    }

    @Test
    void anEventNamingNoItemIsAlwaysNew() {
        assertThat(deduplicator.check(WebhookEvent.parse("{\"action_type\":\"audio.updated\"}")))
                .isEqualTo(DeliveryStatus.NEW);
        assertThat(deduplicator.check(WebhookEvent.parse("{\"action_type\":\"audio.updated\"}")))
                .isEqualTo(DeliveryStatus.NEW);
    }

    @Test
    void usesTheUsersStoreWithShortKeys() {
        Set<String> keys = new HashSet<>();
        WebhookDeduplicator shared = WebhookDeduplicator.using(new DeliveryStore() {
            @Override
            public synchronized boolean add(String key) {
                return keys.add(key);
            }

            @Override
            public synchronized boolean contains(String key) {
                return keys.contains(key);
            }
        });

        assertThat(shared.check(WebhookEvent.parse(WebhookEventTest.NEWEST_UPDATED))).isEqualTo(DeliveryStatus.NEW);
        assertThat(WebhookDeduplicator.inMemory().check(WebhookEvent.parse(WebhookEventTest.NEWEST_UPDATED)))
                .as("another deduplicator's memory").isEqualTo(DeliveryStatus.NEW);
        assertThat(shared.check(WebhookEvent.parse(WebhookEventTest.NEWEST_UPDATED)))
                .isEqualTo(DeliveryStatus.DUPLICATE);
        assertThat(keys).singleElement().asString().hasSize(43).doesNotContain("weather");
    }

    @Test
    void theInMemoryStoreForgetsTheOldestBeyondItsCapacity() {
        DeliveryStore store = DeliveryStore.inMemory(2);
        assertThat(store.add("a")).isTrue();
        assertThat(store.add("b")).isTrue();
        assertThat(store.add("a")).isFalse();
        assertThat(store.add("c")).isTrue();
        assertThat(store.contains("a")).isFalse();
        assertThat(store.contains("b")).isTrue();
        assertThat(store.contains("c")).isTrue();
    }
}
