package io.beyondwords.internal.json;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.beyondwords.JsonValue;

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
     * Reads what the server sent in place of a value that was not a JSON object.
     *
     * @param invalid the wire model's members it could not read, by name, or {@code null}
     * @return what was sent instead of the object, or {@code null} if the value was an object
     */
    public static JsonValue sentInstead(JsonObject invalid) {
        return invalid == null ? null : JsonValues.of(invalid.get(WHOLE_VALUE));
    }

    /**
     * Describes a value the server sent as something other than a JSON object, e.g. {@code null} in a list.
     *
     * @param owner what the value belongs to, e.g. {@code background track 42}
     * @param path the value's place in its owner, or {@code null} for the owner itself
     * @param sent what was sent instead
     * @return the problem
     */
    public static UnreadableBodyException notAnObject(String owner, String path, JsonValue sent) {
        String where = path == null ? owner : owner + "'s '" + path + "'";
        return new UnreadableBodyException(where + " is " + UnreadableBodyException.shown(sent.toJson())
                + ", not a JSON object");
    }

    /** @return invalid members saying that the whole value was JSON null: a null item in a list */
    public static JsonObject nullValue() {
        JsonObject members = new JsonObject();
        members.add(WHOLE_VALUE, JsonNull.INSTANCE);
        return members;
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
