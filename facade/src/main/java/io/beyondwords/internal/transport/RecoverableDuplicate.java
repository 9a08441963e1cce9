package io.beyondwords.internal.transport;

import io.beyondwords.errors.ApiException;

/**
 * A keyed create's retry was refused as a duplicate after an earlier attempt reached the server: the earlier attempt
 * created the item. Never leaves the transport, which fetches the item instead.
 */
final class RecoverableDuplicate extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ApiException refusal;

    RecoverableDuplicate(ApiException refusal) {
        super(refusal.getMessage(), null, false, false);
        this.refusal = refusal;
    }

    /** @return the 422, for the record if fetching the item fails too */
    ApiException refusal() {
        return refusal;
    }
}
