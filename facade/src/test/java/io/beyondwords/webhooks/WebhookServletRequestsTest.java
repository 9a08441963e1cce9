package io.beyondwords.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WebhookServletRequestsTest {
    private static final String SECRET = "Bearer servlet-secret";

    private final WebhookReceiver receiver = WebhookReceiver.builder().requireHeader("Authorization", SECRET).build();
    private final AtomicInteger bodyReads = new AtomicInteger();

    /**
     * A servlet request as a container gives it: headers looked up ignoring case, the body as a stream. Only what
     * the class under test calls is answered; anything else fails the test.
     */
    private HttpServletRequest request(Map<String, String> headers, byte[] body, long contentLength) {
        Map<String, String> ignoringCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ignoringCase.putAll(headers);
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> ignoringCase.get((String) args[0]);
                    case "getRemoteAddr" -> "127.0.0.1";
                    case "getContentLengthLong" -> contentLength;
                    case "getInputStream" -> {
                        bodyReads.incrementAndGet();
                        yield stream(body);
                    }
                    default -> throw new AssertionError("not expected: " + method);
                });
    }

    private static ServletInputStream stream(byte[] body) {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void readsTheRawBodyOfAnAuthenticatedDelivery() throws Exception {
        byte[] body = WebhookEventTest.OLD_UPDATED.getBytes(StandardCharsets.UTF_8);

        WebhookEvent event = WebhookServletRequests.receive(receiver,
                request(Map.of("authorization", SECRET), body, body.length));

        assertThat(event).isInstanceOf(AudioUpdatedEvent.class);
        assertThat(event.sourceId()).contains("629bb065-6b6f-4b44-a6f5-4b6e8e1b2a77");
    }

    @Test
    void refusesAnUnauthenticatedDeliveryWithoutReadingItsBody() {
        byte[] body = WebhookEventTest.OLD_UPDATED.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> WebhookServletRequests.receive(receiver,
                request(Map.of("Authorization", "Bearer nope"), body, body.length)))
                .isInstanceOf(WrongHeaderException.class);
        assertThat(bodyReads).hasValue(0);
    }

    @Test
    void refusesAnOversizedBody() {
        byte[] big = new byte[WebhookServletRequests.MAX_BODY_BYTES + 1];

        assertThatThrownBy(() -> WebhookServletRequests.receive(receiver,
                request(Map.of("Authorization", SECRET), big, big.length)))
                .isInstanceOf(UnreadableWebhookException.class).hasMessageContaining("larger than");
        assertThat(bodyReads).as("refused by its declared length").hasValue(0);
        assertThatThrownBy(() -> WebhookServletRequests.receive(receiver,
                request(Map.of("Authorization", SECRET), big, -1)))
                .isInstanceOf(UnreadableWebhookException.class).hasMessageContaining("larger than");
    }
}
