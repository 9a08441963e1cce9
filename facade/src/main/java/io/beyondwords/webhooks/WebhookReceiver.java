package io.beyondwords.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Checks a webhook delivery and reads it into a typed {@link WebhookEvent}. Framework-neutral: give it the raw body
 * (the bytes as received, never a re-serialized object), a header lookup and the source address. Immutable and
 * thread-safe; build one per webhook configuration and share it.
 *
 * <p>BeyondWords documents no signature for its webhooks (no HMAC, no timestamp, no signing secret). What it offers is
 * custom request headers, set per webhook in the dashboard (Project &gt; Settings &gt; Integrations &gt; Webhooks),
 * and an optional static source IP ({@value #BEYONDWORDS_STATIC_IP}). The receiver requires each configured header
 * with its configured value and, when given an allow-list, the source address. Use HTTPS: the header is a bearer
 * secret and anyone who sees one delivery can replay it.
 *
 * <p>Header values are compared in constant time ({@link MessageDigest#isEqual} on SHA-256 digests of the UTF-8
 * bytes): an ordinary {@code equals} returns at the first differing byte, so the time a refusal takes would tell an
 * attacker how much of a guessed secret is right; comparing digests also keeps the secret's length from showing.
 *
 * <p>The checks run in this order: source address, headers (in the order configured), body. The first that fails
 * throws its {@link WebhookException}; answer the delivery with its {@link WebhookException#httpStatus()}.
 */
public final class WebhookReceiver {
    /** The address BeyondWords sends webhooks from when a webhook's static IP option is enabled. */
    public static final String BEYONDWORDS_STATIC_IP = "20.234.8.180";

    /** Required header values by name (names as configured), as SHA-256 digests of their UTF-8 bytes. */
    private final Map<String, byte[]> headerDigests;
    private final Set<InetAddress> allowedAddresses;

    private WebhookReceiver(Builder builder) {
        this.headerDigests = new LinkedHashMap<>(builder.headerDigests);
        this.allowedAddresses = Set.copyOf(builder.allowedAddresses);
    }

    /** @return a new builder; at least one header or one allowed address must be configured */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a delivery and reads its body.
     *
     * @param body the request body as received
     * @param header looks up a request header's value by name, ignoring case as HTTP does (as
     *     {@code HttpServletRequest::getHeader} and {@code HttpExchange.getRequestHeaders()::getFirst} do); returns
     *     {@code null} for a header that is absent
     * @param remoteAddress the source IP address (e.g. {@code request.getRemoteAddr()}), or {@code null} if unknown;
     *     behind a proxy, the address your proxy reports as the client's, if you trust it
     * @return the event
     * @throws AddressNotAllowedException if an allow-list is configured and the address is not on it
     * @throws MissingHeaderException if a required header is absent
     * @throws WrongHeaderException if a required header has another value
     * @throws UnreadableWebhookException if the body is not a JSON object
     */
    public WebhookEvent receive(byte[] body, Function<String, String> header, String remoteAddress) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(header, "header");
        check(header, remoteAddress);
        return WebhookEvent.parse(body);
    }

    /**
     * Checks a delivery and reads its body, given as text.
     *
     * @param body the request body as received
     * @param header see {@link #receive(byte[], Function, String)}
     * @param remoteAddress see {@link #receive(byte[], Function, String)}
     * @return the event
     * @throws WebhookException as {@link #receive(byte[], Function, String)}
     */
    public WebhookEvent receive(String body, Function<String, String> header, String remoteAddress) {
        Objects.requireNonNull(body, "body");
        return receive(body.getBytes(StandardCharsets.UTF_8), header, remoteAddress);
    }

    /**
     * Checks a delivery and reads its body, given its headers as a map (names matched ignoring case).
     *
     * @param body the request body as received
     * @param headers the request headers' values by name
     * @param remoteAddress see {@link #receive(byte[], Function, String)}
     * @return the event
     * @throws WebhookException as {@link #receive(byte[], Function, String)}
     */
    public WebhookEvent receive(byte[] body, Map<String, String> headers, String remoteAddress) {
        Objects.requireNonNull(headers, "headers");
        Map<String, String> ignoringCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ignoringCase.putAll(headers);
        return receive(body, ignoringCase::get, remoteAddress);
    }

    /**
     * Checks a delivery's source address and headers without reading its body.
     *
     * @param header see {@link #receive(byte[], Function, String)}
     * @param remoteAddress see {@link #receive(byte[], Function, String)}
     * @throws AddressNotAllowedException if an allow-list is configured and the address is not on it
     * @throws MissingHeaderException if a required header is absent
     * @throws WrongHeaderException if a required header has another value
     */
    public void check(Function<String, String> header, String remoteAddress) {
        Objects.requireNonNull(header, "header");
        if (!allowedAddresses.isEmpty() && !allowed(remoteAddress)) {
            throw new AddressNotAllowedException(remoteAddress);
        }
        for (Map.Entry<String, byte[]> required : headerDigests.entrySet()) {
            String value = header.apply(required.getKey());
            if (value == null) {
                throw new MissingHeaderException(required.getKey());
            }
            if (!MessageDigest.isEqual(digest(value.strip()), required.getValue())) {
                throw new WrongHeaderException(required.getKey());
            }
        }
    }

    private boolean allowed(String remoteAddress) {
        InetAddress address = ipLiteral(remoteAddress);
        return address != null && allowedAddresses.contains(address);
    }

    /**
     * An IP address literal as an address, never looking a name up (which {@link InetAddress#getByName} would do for
     * anything else).
     *
     * @return the address, or {@code null} for text that is no IP literal
     */
    static InetAddress ipLiteral(String text) {
        if (text == null) {
            return null;
        }
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (literal.isEmpty() || !literal.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            return null;
        }
        if (literal.indexOf(':') < 0 && !literal.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return null; // text of hex digits and dots only, such as "cafe.be", would be looked up as a name
        }
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** @return the required headers' names and the allowed addresses, never a header's value */
    @Override
    public String toString() {
        List<String> addresses = new ArrayList<>();
        allowedAddresses.forEach(address -> addresses.add(address.getHostAddress()));
        return "WebhookReceiver{headers=" + headerDigests.keySet() + ", allowedAddresses=" + addresses + "}";
    }

    /** Builds a {@link WebhookReceiver}. */
    public static final class Builder {
        private final Map<String, byte[]> headerDigests = new LinkedHashMap<>();
        private final Set<InetAddress> allowedAddresses = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * Requires a header with a value, as configured for the webhook in the dashboard (for example
         * {@code Authorization} and {@code Bearer …}). Only a digest of the value is kept.
         *
         * @param name the header's name (matched ignoring case)
         * @param value its value (surrounding spaces and tabs are not part of it, as in HTTP), not empty
         * @return this builder
         * @throws IllegalArgumentException if the name is not an HTTP header name or the value is empty
         */
        public Builder requireHeader(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (name.isEmpty() || !name.chars().allMatch(Builder::isTokenChar)) {
                throw new IllegalArgumentException("not an HTTP header name: '" + name + "'");
            }
            if (value.strip().isEmpty()) {
                throw new IllegalArgumentException("the value of header " + name + " is empty");
            }
            headerDigests.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
            headerDigests.put(name, digest(value.strip()));
            return this;
        }

        /**
         * Allows deliveries from an address; once one is allowed, deliveries from any other are refused. With the
         * webhook's static IP option enabled, BeyondWords sends from {@value #BEYONDWORDS_STATIC_IP}.
         *
         * @param ipAddress an IPv4 or IPv6 address literal (never a host name: nothing is looked up)
         * @return this builder
         * @throws IllegalArgumentException if the text is not an IP address literal
         */
        public Builder allowAddress(String ipAddress) {
            Objects.requireNonNull(ipAddress, "ipAddress");
            InetAddress address = ipLiteral(ipAddress);
            if (address == null) {
                throw new IllegalArgumentException("not an IP address: '" + ipAddress + "'");
            }
            allowedAddresses.add(address);
            return this;
        }

        /**
         * @return the receiver
         * @throws IllegalStateException if neither a header nor an address was configured: such a receiver would
         *     accept a delivery from anyone
         */
        public WebhookReceiver build() {
            if (headerDigests.isEmpty() && allowedAddresses.isEmpty()) {
                throw new IllegalStateException("configure at least one required header (as set for the webhook in"
                        + " the BeyondWords dashboard) or an allowed address; a receiver without either accepts"
                        + " anyone's request");
            }
            return new WebhookReceiver(this);
        }

        private static boolean isTokenChar(int c) {
            return c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
        }
    }
}
