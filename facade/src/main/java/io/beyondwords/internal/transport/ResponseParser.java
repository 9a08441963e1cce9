package io.beyondwords.internal.transport;

import io.beyondwords.internal.json.ValueFailures;
import java.io.IOException;
import okhttp3.Response;

/**
 * Turns a successful response into what an operation returns. Throws
 * {@link io.beyondwords.internal.json.UnreadableBodyException} for a body it cannot use, {@link IOException} when
 * reading failed.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface ResponseParser<T> {
    /**
     * @param response a 2xx response; the transport closes it
     * @param late how a value read after the call returned (a timestamp, parsed on first access) reports a bad value
     * @return the parsed value, not null
     * @throws IOException if reading the body failed
     */
    T parse(Response response, ValueFailures late) throws IOException;

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
