package io.beyondwords.internal.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem {@code validate()} finds in a value read from a response, its members' values included, so
 * that one exception names them all instead of the first.
 */
public final class ValueCheck {
    /** More than this many problems are counted, not listed, to keep the message one readable line. */
    private static final int LISTED = 10;

    private final List<String> problems = new ArrayList<>();

    /** @param problem a problem found, or {@code null} for none */
    public void add(UnreadableBodyException problem) {
        if (problem != null) {
            problems.add(problem.getMessage());
        }
    }

    /**
     * @param failures how the value's response reports a problem
     * @throws RuntimeException from {@code failures} (the SDK's {@code InvalidResponseException}) if any problem
     *     was found
     */
    public void throwIfAny(ValueFailures failures) {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder();
        if (problems.size() > 1) {
            message.append(problems.size()).append(" unusable members: ");
        }
        for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
            message.append(i == 0 ? "" : "; ").append(problems.get(i));
        }
        if (problems.size() > LISTED) {
            message.append("; and ").append(problems.size() - LISTED).append(" more");
        }
        throw MemberProblems.raise(failures, new UnreadableBodyException(message.toString()));
    }
}
