package io.beyondwords.webhooks;

/** A delivery from a source address outside the {@link WebhookReceiver}'s allow-list. */
public final class AddressNotAllowedException extends WebhookException {
    private static final long serialVersionUID = 1L;

    /** The source address as given, or null. */
    private final String address;

    /**
     * @param address the source address as given to the receiver, or {@code null} if none was
     */
    public AddressNotAllowedException(String address) {
        super(address == null ? "the webhook delivery's source address is unknown and an allow-list is configured"
                : "the webhook delivery came from " + address + ", which is not an allowed address");
        this.address = address;
    }

    /** @return the source address as given to the receiver, or {@code null} if none was */
    public String address() {
        return address;
    }

    /** @return 403 */
    @Override
    public int httpStatus() {
        return 403;
    }
}
