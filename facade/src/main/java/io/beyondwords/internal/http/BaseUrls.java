package io.beyondwords.internal.http;

import okhttp3.HttpUrl;

/**
 * Validates and normalises the API base URL once, when the client is built.
 *
 * <p>The key travels in a header, so a plain-http base URL would send it in clear text to anyone on the path. Only
 * loopback hosts (the in-memory stand-in, tests) may use http without the explicit opt-in. Hostnames are compared
 * as written, never resolved: resolving {@code localhost.example} to 127.0.0.1 proves nothing about where a later
 * connection goes.
 */
public final class BaseUrls {

    private static final String EXAMPLE = "https://api.beyondwords.io/v1";

    private BaseUrls() {
    }

    /**
     * Parses a base URL, requires https unless the host is loopback or insecure http is allowed, and normalises it
     * to end in {@code /} (each request's path segments take the place of the empty last segment).
     *
     * @param baseUrl for example {@code https://api.beyondwords.io/v1}
     * @param allowInsecureHttp whether {@code http://} is accepted for non-loopback hosts
     * @return the normalised URL
     * @throws IllegalArgumentException with a message naming the problem; the message repeats the URL only after it
     *     has been parsed and found free of user info, since a mistyped setting could hold the API key
     */
    public static HttpUrl parse(String baseUrl, boolean allowInsecureHttp) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("baseUrl must not be empty (expected e.g. " + EXAMPLE + ")");
        }
        HttpUrl url = HttpUrl.parse(baseUrl.trim());
        if (url == null) {
            throw new IllegalArgumentException(
                    "baseUrl is not an absolute http(s) URL (expected e.g. " + EXAMPLE + ")");
        }
        if (!url.encodedUsername().isEmpty() || !url.encodedPassword().isEmpty()) {
            throw new IllegalArgumentException(
                    "baseUrl must not contain user info (user:password@); the API key is set separately");
        }
        String origin = url.scheme() + "://" + hostForMessage(url) + ':' + url.port();
        if (url.encodedQuery() != null || url.encodedFragment() != null) {
            throw new IllegalArgumentException(
                    "baseUrl must not have a query or fragment: " + origin + url.encodedPath());
        }
        if (url.scheme().equals("http") && !allowInsecureHttp && !isLoopback(url.host())) {
            throw new IllegalArgumentException("baseUrl must use https, but was " + origin
                    + "; plain http is allowed only for loopback hosts (localhost, 127.0.0.0/8, ::1)"
                    + " or with allowInsecureHttp(true)");
        }
        if (!url.encodedPath().endsWith("/")) {
            url = url.newBuilder().addPathSegment("").build();
        }
        return url;
    }

    /**
     * Whether a canonical {@link HttpUrl#host()} names the local machine: {@code localhost}, an address in
     * 127.0.0.0/8, or {@code ::1}. OkHttp has already lower-cased names, canonicalised IPv4 and written IPv6 in its
     * shortest form without brackets (and IPv4-mapped IPv6 as IPv4).
     */
    static boolean isLoopback(String host) {
        if (host.equals("localhost") || host.equals("::1")) {
            return true;
        }
        String[] octets = host.split("\\.", -1);
        if (octets.length != 4 || !octets[0].equals("127")) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static String hostForMessage(HttpUrl url) {
        return url.host().indexOf(':') >= 0 ? '[' + url.host() + ']' : url.host();
    }
}
