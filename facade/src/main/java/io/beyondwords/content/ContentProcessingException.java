package io.beyondwords.content;

import io.beyondwords.errors.BeyondWordsException;

/**
 * A content item's processing ended without audio: its status is {@code error} or {@code skipped}. The call that
 * found it succeeded; {@link #content()} is the item as it was read, to inspect or to change and submit again.
 */
public final class ContentProcessingException extends BeyondWordsException {
    private static final long serialVersionUID = 1L;

    private final transient Content content;

    /**
     * @param message one readable line
     * @param content the item whose processing ended so
     */
    public ContentProcessingException(String message, Content content) {
        super(message, null, false);
        this.content = content;
    }

    /** @return the item as it was read when its processing had ended */
    public Content content() {
        return content;
    }

    /** @return the status processing ended in, e.g. {@code error} */
    public ContentStatus status() {
        return content.status().orElseThrow();
    }

    /** Polling again gives the same answer; change the item and submit it again instead. */
    @Override
    public boolean isRetryable() {
        return false;
    }
}
