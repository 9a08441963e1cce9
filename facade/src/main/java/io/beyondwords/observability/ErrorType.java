package io.beyondwords.observability;

/**
 * What kind of failure an attempt or a call met, in the categories the AWS SDK for Java v2 uses for its metrics, so
 * dashboards built for one read the other.
 */
public enum ErrorType {
    /** The server asked the client to slow down: HTTP 429. */
    THROTTLING,
    /** The server failed: HTTP 5xx. */
    SERVER,
    /** The client gave up waiting: a connect, read or write timeout, or the call's deadline. */
    CLIENT_TIMEOUT,
    /** The connection failed: refused, reset, closed early, or a name that did not resolve. */
    IO,
    /** Anything else: another status the server refused the request with (4xx), or a response the SDK could not use. */
    OTHER
}
