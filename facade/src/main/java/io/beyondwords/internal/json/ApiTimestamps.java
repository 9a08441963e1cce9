package io.beyondwords.internal.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Parses the API's timestamps, which come in two forms although documented as ISO 8601: the docs' examples
 * {@code 2023-01-01 00:00:00 UTC}, and RFC 3339 as the live API sends in places ({@code 2022-01-25T07:40:27Z},
 * optionally with fractional seconds or an offset such as {@code +01:00}). Both are read by a hand-written fast path
 * (this runs for every timestamp a caller reads: 200 for a page of 100 tracks); anything else gets one try with {@link DateTimeFormatter#ISO_DATE_TIME}.
 */
public final class ApiTimestamps {
    /** Reads the server's timestamps on first access; see {@link TextReading}. */
    public static final TextReading<Instant> READING = new TextReading<>() {
        @Override
        public Instant read(String text) {
            return tryParse(text);
        }

        @Override
        public String expected() {
            return EXPECTED;
        }
    };

    private static final String EXPECTED = "a timestamp like 2023-01-01 00:00:00 UTC or 2023-01-01T00:00:00Z";

    private ApiTimestamps() {
    }

    /**
     * Whether two timestamps read on first access are the same, as {@link #comparable} compares them.
     *
     * @param a the first one if read or built in code, else {@code null}
     * @param aText its server text, or {@code null}
     * @param b the second one if read or built in code, else {@code null}
     * @param bText its server text, or {@code null}
     * @return whether they are the same instant, or the same unreadable text, or both absent
     */
    public static boolean same(Instant a, String aText, Instant b, String bText) {
        return java.util.Objects.equals(comparable(a, aText), comparable(b, bText));
    }

    /**
     * What equality, hash codes and {@code toString} of a value use for a timestamp read on first access, so that the
     * same instant sent in either form compares equal.
     *
     * @param value the timestamp if already read or built in code, else {@code null}
     * @param text the server's text, or {@code null}
     * @return the instant, or else the text (unreadable, or absent: {@code null})
     */
    public static Object comparable(Instant value, String text) {
        if (value != null || text == null) {
            return value;
        }
        Instant read = tryParse(text);
        return read != null ? read : text;
    }

    /**
     * @param value the member's text, or {@code null}
     * @return the instant, or {@code null} if the value is absent or in no known form
     */
    public static Instant tryParse(String value) {
        if (value == null) {
            return null;
        }
        Instant fast = parseKnownForms(value);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            return null;
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
        // The zone is compared in place: a substring per timestamp was 200 needless strings per page.
        int offsetSeconds;
        int rest = n - i;
        char z = i < n ? s.charAt(i) : 0;
        if (rest == 1 && (z == 'Z' || z == 'z') || rest == 4 && s.startsWith(" UTC", i)) {
            offsetSeconds = 0;
        } else if (rest == 6 && (z == '+' || z == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if ((oh | om) < 0) {
                return null;
            }
            offsetSeconds = (z == '-' ? -1 : 1) * (oh * 3600 + om * 60);
            if (Math.abs(offsetSeconds) > MAX_OFFSET_SECONDS) {
                return null; // as ZoneOffset.ofTotalSeconds would reject it
            }
        } else {
            return null;
        }
        // The checks LocalDateTime.of makes, then the epoch second computed directly: the same instant without the
        // LocalDate, LocalTime and LocalDateTime each timestamp used to allocate.
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour > 23 || minute > 59
                || second > 59) {
            return null;
        }
        long epochSecond = epochDay(year, month, day) * 86_400L + hour * 3600 + minute * 60 + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    private static final int MAX_OFFSET_SECONDS = 18 * 3600;
    /** Days from 0000-01-01 to 1970-01-01, as in {@link java.time.LocalDate#toEpochDay()}. */
    private static final long DAYS_0000_TO_1970 = (146_097L * 5L) - (30L * 365L + 7L);

    private static boolean isLeap(long year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return isLeap(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** {@link java.time.LocalDate#toEpochDay()} for a valid date with a year from 0 to 9999. */
    static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367L * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!isLeap(year)) {
                total--;
            }
        }
        return total - DAYS_0000_TO_1970;
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
