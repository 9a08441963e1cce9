package io.beyondwords.internal.http;

import java.net.PasswordAuthentication;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Answers a proxy's {@code 407 Proxy Authentication Required} with the configured user and password, as
 * {@code Proxy-Authorization: Basic …}. OkHttp asks a proxy authenticator only about the proxy's own challenges (and,
 * before opening a TLS tunnel, about the {@code CONNECT} request to the proxy), so the credentials go to the proxy and
 * never to the API's origin. A proxy that refuses them once is not asked again.
 */
public final class ProxyCredentials implements Authenticator {
    private static final String HEADER = "Proxy-Authorization";

    private final String credential;

    /** @param authentication the user and password */
    public ProxyCredentials(PasswordAuthentication authentication) {
        this.credential = Credentials.basic(authentication.getUserName(),
                new String(authentication.getPassword()));
    }

    @Override
    public Request authenticate(Route route, Response response) {
        if (response.code() != 407 || response.request().header(HEADER) != null) {
            return null;
        }
        return response.request().newBuilder().header(HEADER, credential).build();
    }

    @Override
    public String toString() {
        return "ProxyCredentials{[redacted]}";
    }
}
