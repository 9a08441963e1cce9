package io.beyondwords;

import java.util.Locale;
import java.util.Optional;

/**
 * How much the SDK logs about its HTTP traffic, through {@link System.Logger} {@code io.beyondwords}. Every record is
 * one line, emitted at {@link System.Logger.Level#INFO} so that it shows with a logging backend's default settings;
 * {@code X-Api-Key}, {@code Authorization}, {@code Proxy-Authorization}, {@code Cookie} and {@code Set-Cookie} are
 * always redacted, whatever their case.
 */
public enum LogLevel {
    /** Nothing is logged. The default. */
    OFF,
    /** One line per request sent and per response or failure: method, URL, status, duration, request id. */
    INFO,
    /** As {@link #INFO}, plus the request and response headers (redacted). Never bodies. */
    DEBUG;

    /**
     * Reads a level as spelled in {@code BEYONDWORDS_LOG}: {@code off}, {@code info} or {@code debug}, any case.
     *
     * @param text the setting's text
     * @return the level, or empty if the text is none of those
     */
    public static Optional<LogLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "off": return Optional.of(OFF);
            case "info": return Optional.of(INFO);
            case "debug": return Optional.of(DEBUG);
            default: return Optional.empty();
        }
    }
}
