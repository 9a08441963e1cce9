package io.beyondwords.webhooks;

/** A delivery without a header the {@link WebhookReceiver} requires. The message names the header. */
public final class MissingHeaderException extends WebhookException {
    private static final long serialVersionUID = 1L;

    /** The required header's name. */
    private final String headerName;

    /**
     * @param headerName the required header's name
     */
    public MissingHeaderException(String headerName) {
        super("the webhook delivery has no " + headerName + " header");
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
