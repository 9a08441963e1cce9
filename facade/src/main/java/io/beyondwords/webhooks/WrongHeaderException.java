package io.beyondwords.webhooks;

/**
 * A delivery whose header differs from the value the {@link WebhookReceiver} requires. The message names the header
 * and holds neither the expected nor the received value.
 */
public final class WrongHeaderException extends WebhookException {
    private static final long serialVersionUID = 1L;

    /** The required header's name. */
    private final String headerName;

    /**
     * @param headerName the required header's name
     */
    public WrongHeaderException(String headerName) {
        super("the webhook delivery's " + headerName + " header does not have the configured value");
        this.headerName = headerName;
    }

    /** @return the required header's name */
    public String headerName() {
        return headerName;
    }

    /** @return 401 */
    @Override
    public int httpStatus() {
        return 401;
    }
}
