package io.beyondwords.internal.json;

/**
 * How the SDK reads a member whose text it interprets (a timestamp, a URL). The values keep such text as the server
 * sent it and read it on first access: reading 200 timestamps and 100 URLs as a 100-track page arrived was a fifth of
 * the page's cost, paid even by callers that never look at them, and a member in a form the SDK does not know now
 * fails only the accessor that reads it, not the whole page.
 *
 * @param <T> the value's type
 */
public interface TextReading<T> {
    /**
     * @param text the server's text, not {@code null}
     * @return the value, or {@code null} if the text is in no form this reading knows
     */
    T read(String text);

    /** @return what was expected, for the error message, e.g. {@code "a URL"} */
    String expected();

    /**
     * @param text the server's text, not {@code null}
     * @param failures how the response the text came from reports a bad value
     * @param owner what the member belongs to, for the message, e.g. {@code background track 42}
     * @param field the member's path within it, e.g. {@code created} or {@code media.url}
     * @return the value
     * @throws RuntimeException from {@code failures} (the SDK's {@code InvalidResponseException}) if the text is in
     *     no form this reading knows
     */
    default T readOrThrow(String text, ValueFailures failures, String owner, String field) {
        T value = read(text);
        if (value == null) {
            throw failures.toException(UnreadableBodyException.badField(owner, field, text, expected()));
        }
        return value;
    }
}
