package io.beyondwords.internal.json;

/**
 * Reports a value found unreadable only after its call returned (a timestamp is parsed on first access), as the call
 * itself would have reported it: the transport's implementation knows the request, status and request id.
 */
@FunctionalInterface
public interface ValueFailures {
    /**
     * @param problem what is wrong with the value, naming its field
     * @return the exception to throw
     */
    RuntimeException toException(UnreadableBodyException problem);
}
