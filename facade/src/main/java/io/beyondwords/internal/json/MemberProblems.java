package io.beyondwords.internal.json;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * Reports a member of a value read from a response that cannot be used: absent though required, sent in a form the
 * SDK cannot hold, or text that is not what its field means (a timestamp, a URL). Generated values call it from the
 * accessor that reads the member and from {@code validate()}, so the response as a whole is never refused for one
 * member.
 */
public final class MemberProblems {
    /** The name under which the reader keeps a whole value that was not a JSON object. */
    public static final String WHOLE_VALUE = TolerantModelAdapterFactory.WHOLE_VALUE;

    private MemberProblems() {
    }

    /**
     * A member that was absent, null, or sent in a form its field cannot hold.
     *
     * @param owner what the member belongs to, e.g. {@code background track 42}
     * @param path the value's place in its owner, e.g. {@code project}, or {@code null} for the owner itself
     * @param member the member's JSON name
     * @param invalid the value's members kept as sent because they could not be read, by name
     * @param expected what the member should have been, e.g. {@code a number}
     * @return the problem
     */
    public static UnreadableBodyException unusable(String owner, String path, String member,
            Map<String, String> invalid, String expected) {
        String whole = invalid.get(WHOLE_VALUE);
        if (whole != null) {
            String where = path == null ? owner : owner + "'s '" + path + "'";
            return new UnreadableBodyException(where + " is " + UnreadableBodyException.shown(whole)
                    + ", not a JSON object");
        }
        String field = path == null ? member : path + "." + member;
        String raw = invalid.get(member);
        if (raw == null) {
            return UnreadableBodyException.badField(owner, field, null, expected);
        }
        return new UnreadableBodyException(owner + "'s '" + field + "' is " + UnreadableBodyException.shown(raw)
                + ", not " + expected);
    }

    /** @return invalid members saying that the whole value was JSON null: a null item in a list */
    public static JsonObject nullValue() {
        JsonObject members = new JsonObject();
        members.add(WHOLE_VALUE, JsonNull.INSTANCE);
        return members;
    }

    /**
     * A member whose text is not what its field means, e.g. a timestamp in no form the SDK reads.
     *
     * @param owner what the member belongs to
     * @param path the value's place in its owner, or {@code null}
     * @param member the member's JSON name
     * @param text the text as sent
     * @param expected what was expected, e.g. {@code a URL}
     * @return the problem
     */
    public static UnreadableBodyException badText(String owner, String path, String member, String text,
            String expected) {
        return UnreadableBodyException.badField(owner, path == null ? member : path + "." + member, text, expected);
    }

    /**
     * @param failures how the value's response reports a problem, or {@code null} for a value built in code
     * @param problem the problem
     * @return the exception to throw: the SDK's {@code InvalidResponseException} for a value read from a response
     */
    public static RuntimeException raise(ValueFailures failures, UnreadableBodyException problem) {
        if (failures == null) {
            // A value built in code passed its builder's checks; this would be a bug in the SDK.
            return new IllegalStateException(problem.getMessage());
        }
        return failures.toException(problem);
    }
}
