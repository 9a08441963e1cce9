package io.beyondwords.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {
    private static final String SECRET = "Bearer s3cret-token-0123456789";
    private static final byte[] BODY = WebhookEventTest.NEWEST_UPDATED.getBytes(StandardCharsets.UTF_8);

    private final WebhookReceiver receiver = WebhookReceiver.builder()
            .requireHeader("Authorization", SECRET)
            .build();

    @Test
    void acceptsTheConfiguredHeaderWhateverTheCaseOfItsName() {
        WebhookEvent event = receiver.receive(BODY, Map.of("authorization", SECRET), "127.0.0.1");

        assertThat(event).isInstanceOf(AudioUpdatedEvent.class);
        assertThat(event.sourceId()).contains("weather-2026-12-07");
        assertThat(receiver.receive(WebhookEventTest.OLD_DELETED, name -> SECRET, null))
                .isInstanceOf(AudioDeletedEvent.class);
    }

    @Test
    void aMissingHeaderIsRefusedByName() {
        assertThatThrownBy(() -> receiver.receive(BODY, Map.of("X-Other", SECRET), "127.0.0.1"))
                .isInstanceOfSatisfying(MissingHeaderException.class, e -> {
                    assertThat(e.headerName()).isEqualTo("Authorization");
                    assertThat(e.httpStatus()).isEqualTo(401);
                })
                .hasMessage("the webhook delivery has no Authorization header");
    }

    @Test
    void aWrongValueOfTheSameLengthIsRefusedWithoutShowingEitherValue() {
        String wrong = SECRET.substring(0, SECRET.length() - 1) + "X";
        assertThat(wrong).hasSameSizeAs(SECRET).isNotEqualTo(SECRET);

        assertThatThrownBy(() -> receiver.receive(BODY, name -> wrong, "127.0.0.1"))
                .isInstanceOfSatisfying(WrongHeaderException.class,
                        e -> assertThat(e.headerName()).isEqualTo("Authorization"))
                .hasMessage("the webhook delivery's Authorization header does not have the configured value")
                .hasMessageNotContaining("s3cret").hasMessageNotContaining(wrong);
        assertThatThrownBy(() -> receiver.receive(BODY, name -> SECRET + "x", null))
                .isInstanceOf(WrongHeaderException.class);
        assertThatThrownBy(() -> receiver.receive(BODY, name -> "", null))
                .isInstanceOf(WrongHeaderException.class);
    }

    @Test
    void everyConfiguredHeaderIsRequired() {
        WebhookReceiver two = WebhookReceiver.builder()
                .requireHeader("Authorization", SECRET)
                .requireHeader("X-Tenant", "news")
                .build();

        assertThat(two.receive(BODY, Map.of("Authorization", SECRET, "x-tenant", "news"), null)).isNotNull();
        assertThatThrownBy(() -> two.receive(BODY, Map.of("Authorization", SECRET), null))
                .isInstanceOfSatisfying(MissingHeaderException.class,
                        e -> assertThat(e.headerName()).isEqualTo("X-Tenant"));
        assertThat(two.toString()).contains("Authorization", "X-Tenant").doesNotContain("s3cret", "news");
    }

    @Test
    void theAllowListIsCheckedFirstAndComparesAddressesNotText() {
        WebhookReceiver fromBeyondWords = WebhookReceiver.builder()
                .requireHeader("Authorization", SECRET)
                .allowAddress(WebhookReceiver.BEYONDWORDS_STATIC_IP)
                .allowAddress("::1")
                .build();

        assertThat(fromBeyondWords.receive(BODY, name -> SECRET, "20.234.8.180")).isNotNull();
        assertThat(fromBeyondWords.receive(BODY, name -> SECRET, "::ffff:20.234.8.180")).isNotNull();
        assertThat(fromBeyondWords.receive(BODY, name -> SECRET, "0:0:0:0:0:0:0:1")).isNotNull();
        assertThatThrownBy(() -> fromBeyondWords.receive(BODY, name -> null, "20.234.8.181"))
                .isInstanceOfSatisfying(AddressNotAllowedException.class, e -> {
                    assertThat(e.address()).isEqualTo("20.234.8.181");
                    assertThat(e.httpStatus()).isEqualTo(403);
                });
        assertThatThrownBy(() -> fromBeyondWords.receive(BODY, name -> SECRET, null))
                .isInstanceOf(AddressNotAllowedException.class);
        assertThatThrownBy(() -> fromBeyondWords.receive(BODY, name -> SECRET, "localhost"))
                .isInstanceOf(AddressNotAllowedException.class);
    }

    @Test
    void anUnreadableBodyIsRefusedOnlyAfterTheHeaders() {
        byte[] notJson = "<html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> receiver.receive(notJson, name -> null, null))
                .isInstanceOf(MissingHeaderException.class);
        assertThatThrownBy(() -> receiver.receive(notJson, name -> SECRET, null))
                .isInstanceOf(UnreadableWebhookException.class);
    }

    @Test
    void aReceiverThatChecksNothingCannotBeBuilt() {
        assertThatThrownBy(() -> WebhookReceiver.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> WebhookReceiver.builder().requireHeader("Bad Name", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookReceiver.builder().requireHeader("X-Key", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookReceiver.builder().allowAddress("beyondwords.io"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookReceiver.builder().allowAddress("cafe.be"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
