package io.beyondwords.internal.transport;

import io.beyondwords.internal.json.ValueFailures;
import okhttp3.Headers;

/**
 * Turns the wire model Retrofit read from a successful response into what an operation returns.
 *
 * @param <R> the wire model, as the generated interface's method returns it
 * @param <T> the result type
 */
@FunctionalInterface
public interface ResponseParser<R, T> {
    /**
     * @param body what Retrofit's converter read; {@code null} for an operation that answers without a body
     * @param headers the response's headers
     * @param late how a value read after the call returned (a timestamp, parsed on first access) reports a bad value
     * @return the parsed value; not null unless the operation answers without a body
     * @throws io.beyondwords.internal.json.UnreadableBodyException in strict mode, for the first unusable member
     */
    T parse(R body, Headers headers, ValueFailures late);

    /**
     * Checks every member of a parsed value at once, for strict mode ({@code strictResponses(true)}); by default
     * members are checked where they are read.
     *
     * @param value what {@link #parse} returned
     * @throws io.beyondwords.internal.json.UnreadableBodyException naming what is unusable
     */
    default void validate(T value) {
    }
}
