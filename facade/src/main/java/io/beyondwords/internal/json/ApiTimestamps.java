package io.beyondwords.internal.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Parses the API's timestamps, which come in two forms although documented as ISO 8601: the docs' examples
 * {@code 2023-01-01 00:00:00 UTC}, and RFC 3339 as the live API sends in places ({@code 2022-01-25T07:40:27Z},
 * optionally with fractional seconds or an offset such as {@code +01:00}). Both are read by a hand-written fast path
 * (this runs for every item of every page); anything else gets one try with {@link DateTimeFormatter#ISO_DATE_TIME}.
 */
public final class ApiTimestamps {
    private ApiTimestamps() {
    }

    /**
     * @param field the member's name, for the error message
     * @param value the member's text
     * @return the instant
     * @throws UnreadableBodyException naming the field and value if the value is absent or in no known form
     */
    public static Instant parse(String field, String value) {
        if (value == null) {
            throw UnreadableBodyException.badField(field, null, "a timestamp");
        }
        Instant fast = parseKnownForms(value);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            throw UnreadableBodyException.badField(field, value,
                    "a timestamp like 2023-01-01 00:00:00 UTC or 2023-01-01T00:00:00Z");
        }
    }

    /** @return the instant, or {@code null} if {@code s} is in neither known form or names an impossible date */
    static Instant parseKnownForms(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        char sep = s.charAt(10);
        if (sep != ' ' && sep != 'T' && sep != 't') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start || (i < n && isDigit(s.charAt(i)))) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        String zone = s.substring(i);
        if (zone.equals("Z") || zone.equals("z") || zone.equals(" UTC")) {
            offsetSeconds = 0;
        } else if (zone.length() == 6 && (zone.charAt(0) == '+' || zone.charAt(0) == '-') && zone.charAt(3) == ':') {
            int oh = digits(zone, 1, 2);
            int om = digits(zone, 4, 2);
            if ((oh | om) < 0) {
                return null;
            }
            offsetSeconds = (zone.charAt(0) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException impossibleDate) {
            return null;
        }
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
