package io.beyondwords.webhooks;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads a webhook delivery from a Jakarta Servlet request (Servlet 5 or later; Spring Boot 3's
 * {@code HttpServletRequest} included) and checks it with a {@link WebhookReceiver}. Needs
 * {@code jakarta.servlet-api} at run time, which every servlet container provides; the SDK does not bring it.
 *
 * <p>The body is read from {@link HttpServletRequest#getInputStream()} as raw bytes, so call this before anything
 * else reads the body (a filter that reads request parameters, or a framework binding the body to an object).
 *
 * <pre>{@code
 * protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
 *     try {
 *         WebhookEvent event = WebhookServletRequests.receive(receiver, request);
 *         if (deduplicator.check(event) == DeliveryStatus.NEW) {
 *             handle(event);
 *         }
 *         response.setStatus(204);
 *     } catch (WebhookException e) {
 *         response.setStatus(e.httpStatus());
 *     }
 * }
 * }</pre>
 */
public final class WebhookServletRequests {
    /** A larger body is refused unread: the documented payloads are a few kilobytes. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private WebhookServletRequests() {
    }

    /**
     * Checks a delivery (source address, required headers) and reads its body.
     *
     * @param receiver the configured receiver
     * @param request the servlet request of the delivery
     * @return the event
     * @throws WebhookException as {@link WebhookReceiver#receive(byte[], java.util.function.Function, String)}, and
     *     {@link UnreadableWebhookException} for a body over {@value #MAX_BODY_BYTES} bytes
     * @throws IOException if reading the body failed
     */
    public static WebhookEvent receive(WebhookReceiver receiver, HttpServletRequest request) throws IOException {
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(request, "request");
        // Headers and address first, so that an unauthenticated request's body is never read.
        receiver.check(request::getHeader, request.getRemoteAddr());
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new UnreadableWebhookException("the webhook body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new UnreadableWebhookException("the webhook body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        return WebhookEvent.parse(body);
    }
}
