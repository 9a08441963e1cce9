package io.beyondwords.webhooks;

/**
 * A webhook body that is not a JSON object, or one member of a payload that is not in a form the SDK can read (for
 * example a {@code duration} that is not a number). A malformed member fails only the accessor that reads it; the
 * message names the member.
 */
public final class UnreadableWebhookException extends WebhookException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one readable line
     */
    public UnreadableWebhookException(String message) {
        super(message);
    }

    /** @return 400 */
    @Override
    public int httpStatus() {
        return 400;
    }
}
