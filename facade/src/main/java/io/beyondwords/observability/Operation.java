package io.beyondwords.observability;

import java.util.Objects;

/**
 * The API operation a call runs, as the spec describes it: a stable, low-cardinality description fit for a metric tag
 * or a span name (it holds no ids or other values of the call).
 *
 * @param name the resource and the SDK method that calls it, e.g. {@code BackgroundTracks.retrieve}: the generated
 *     Retrofit interface's name without {@code Api} and its method's name, which come from the spec's tags and
 *     {@code x-beyondwords-method}
 * @param method the HTTP method, e.g. {@code GET}
 * @param pathTemplate the path relative to the base URL with its parameters unfilled, e.g.
 *     {@code background_tracks/{id}}
 * @param operationId the spec's {@code operationId} of the operation, exactly as the spec writes it, e.g.
 *     {@code background_tracks#show}
 */
public record Operation(String name, String method, String pathTemplate, String operationId) {
    /**
     * @param name the resource and the SDK method
     * @param method the HTTP method
     * @param pathTemplate the unfilled relative path
     * @param operationId the spec's id of the operation
     */
    public Operation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(operationId, "operationId");
    }
}
