package io.beyondwords.internal.transport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.Headers;
import java.util.Set;

/** Which header values never appear in logs or exceptions, and the masking of the key wherever else it might show. */
final class Redaction {
    static final String MASK = "[redacted]";
    private static final Set<String> SECRET_HEADERS =
            Set.of("x-api-key", "authorization", "proxy-authorization", "cookie", "set-cookie");

    private Redaction() {
    }

    static boolean isSecretHeader(String name) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Masks the key if some text (a server's error body echoing a header, say) happens to contain it. */
    static String maskKey(String text, String apiKey) {
        if (text == null || apiKey == null || apiKey.isEmpty() || !text.contains(apiKey)) {
            return text;
        }
        return text.replace(apiKey, MASK);
    }

    /** Response headers as a map for users, secret headers (a proxy's {@code Set-Cookie}, say) masked. */
    static Map<String, List<String>> headerMap(Headers headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            String value = isSecretHeader(name) ? MASK : headers.value(i);
            map.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
        }
        return map;
    }
}
