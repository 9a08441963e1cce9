package io.beyondwords.errors;

import java.util.Objects;

/**
 * Paging stopped because the server's pages contradict each other, so following them could go on for ever. Thrown by
 * {@link io.beyondwords.paging.Page#nextPage()} (and so by every pager) for a page that either repeats the items of
 * the page before it, as a server that ignores {@code pagination[offset]} answers, or holds items past the total the
 * server reported in its pagination headers. Every item before that page was delivered; the page itself was not.
 *
 * <p>Each response was readable on its own, so this is not an {@link InvalidResponseException}: what is wrong is the
 * sequence. Page by hand with {@code pagination[offset]} and {@code pagination[limit]} if you know better than the
 * server's answers.
 */
public final class InconsistentPagesException extends BeyondWordsException {
    private static final long serialVersionUID = 1L;

    /** What the refused page did. */
    public enum Reason {
        /** The page held the same items, in the same order, as the page before it. */
        REPEATED_PAGE,
        /** The page held items past the total number of items the server reported for the list. */
        PAST_TOTAL
    }

    /** See {@link #reason()}. */
    private final Reason reason;
    /** See {@link #offset()}. */
    private final int offset;

    /**
     * Creates the exception for a refused page.
     *
     * @param reason what the refused page did
     * @param offset the offset the refused page was asked for at
     * @param message one readable line
     */
    public InconsistentPagesException(Reason reason, int offset, String message) {
        super(message, null, false);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.offset = offset;
    }

    /**
     * What the refused page did.
     *
     * @return the reason paging stopped
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The offset the refused page was asked for at: every item before it was delivered.
     *
     * @return the refused page's offset
     */
    public int offset() {
        return offset;
    }

    /** Asking again would get the same pages back. */
    @Override
    public boolean isRetryable() {
        return false;
    }
}
