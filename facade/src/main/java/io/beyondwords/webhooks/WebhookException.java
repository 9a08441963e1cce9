package io.beyondwords.webhooks;

/**
 * The root of the exceptions thrown while receiving a webhook: a delivery refused by {@link WebhookReceiver} (a
 * missing or wrong header, a source address not allowed) or a body, or one member of it, that cannot be read.
 * Unchecked. Messages are one line and name a header but never its expected or received value.
 */
public abstract class WebhookException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one readable line, holding no secret
     */
    protected WebhookException(String message) {
        super(message);
    }

    /**
     * The HTTP status a receiver should answer this delivery with: 401 for a missing or wrong header, 403 for a source
     * address not allowed, 400 for a body that cannot be read. BeyondWords retries a delivery that is not answered
     * with a 2xx.
     *
     * @return the status
     */
    public abstract int httpStatus();
}
