package io.beyondwords.examples;

import io.beyondwords.errors.InvalidResponseException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads values for display. The SDK reports a member it cannot use (absent though required, of another type, a date
 * in an unknown form) only when it is read; here such a value shows as {@code ?}, and each member that did so gets
 * one warning line, instead of the tour failing on one odd track.
 */
final class Readings {
    static final String UNREADABLE = "?";

    /** Per member: how many values could not be read, and the first message. */
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, String> firstMessage = new LinkedHashMap<>();

    /**
     * @param member the member's name, for the warning
     * @param read reads the value
     * @return the value as text, or {@code ?}
     */
    String show(String member, Supplier<?> read) {
        try {
            return String.valueOf(read.get());
        } catch (InvalidResponseException e) {
            counts.merge(member, 1, Integer::sum);
            firstMessage.putIfAbsent(member, e.getMessage());
            return UNREADABLE;
        }
    }

    /** Prints one line per member that could not be read, then forgets them. */
    void printWarnings(PrintStream out) {
        counts.forEach((member, count) -> out.println("Warning: " + count + (count == 1 ? " value" : " values")
                + " of '" + member + "' could not be read and show as " + UNREADABLE + ": "
                + firstMessage.get(member)));
        counts.clear();
        firstMessage.clear();
    }
}
