package io.beyondwords.internal.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One operation of {@code openapi.yaml} as it goes on the wire: its HTTP method and its path template, exactly as the
 * spec writes them ({@code GET /projects/{project_id}/content/{id}}). The generated resource layer holds one per
 * operation in a constant and builds each call's request from it through {@link ApiTransport#request}; the template is
 * split into segments here, once, not per call.
 */
public final class Endpoint {
    private final String method;
    private final String path;
    /** Each segment of the path: its literal text, or {@code null} where a path parameter goes. */
    private final String[] literals;
    /** The names of the path parameters, in the order the path holds them (and the caller passes their values). */
    private final String[] parameters;
    private final boolean needsBody;

    /**
     * @param method the HTTP method, upper case
     * @param path the spec's path: starts with {@code /}; a parameter fills a whole segment ({@code {id}})
     * @throws IllegalArgumentException for a template this class cannot build requests from (a generator bug)
     */
    public Endpoint(String method, String path) {
        if (!method.equals(method.toUpperCase(Locale.ROOT)) || method.isEmpty()) {
            throw new IllegalArgumentException("not an upper-case HTTP method: " + method);
        }
        if (!path.startsWith("/") || path.length() == 1) {
            throw new IllegalArgumentException("a spec path starts with / and names something: " + path);
        }
        String[] segments = path.substring(1).split("/", -1);
        this.literals = new String[segments.length];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{") && segment.endsWith("}") && segment.length() > 2) {
                names.add(segment.substring(1, segment.length() - 1));
            } else if (segment.isEmpty() || segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0) {
                throw new IllegalArgumentException("segment " + (i + 1) + " of " + path
                        + " is empty or holds a parameter with other text");
            } else {
                literals[i] = segment;
            }
        }
        this.method = method;
        this.path = path;
        this.parameters = names.toArray(new String[0]);
        // OkHttp, like HTTP, wants a body on these; Retrofit sent an empty one when the spec declared none.
        this.needsBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    /** @return the HTTP method, e.g. {@code GET} */
    public String method() {
        return method;
    }

    /** @return the spec's path template, e.g. {@code /projects/{project_id}/content/{id}} */
    public String path() {
        return path;
    }

    /** @return {@code method() + " " + path()} */
    @Override
    public String toString() {
        return method + " " + path;
    }

    int segments() {
        return literals.length;
    }

    /** @return the literal text of segment {@code i}, or {@code null} if a parameter fills it */
    String literal(int i) {
        return literals[i];
    }

    int parameterCount() {
        return parameters.length;
    }

    String parameter(int i) {
        return parameters[i];
    }

    boolean needsBody() {
        return needsBody;
    }
}
