package io.beyondwords.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The members a request body may carry, their JSON types and bounds, checked the way the API reports problems: one
 * {@code {"location","message"}} entry per problem, in declaration order, nested members located as
 * {@code media.url}. Members not declared are ignored, as the API ignores them.
 */
final class BodySchema {

    private enum Kind { STRING, BOOLEAN, INTEGER, HTTP_URL, OBJECT, ONE_OF, STRING_LIST }

    /** One member of a body; immutable, each refinement returns a copy. */
    record Member(String name, Kind kind, boolean mandatory, boolean acceptsNull, boolean blankRefused, Long minimum,
            long maximum, Set<String> values, BodySchema nested) {

        static Member string(String name) {
            return new Member(name, Kind.STRING, false, false, false, null, Long.MAX_VALUE, Set.of(), null);
        }

        static Member bool(String name) {
            return string(name).kind(Kind.BOOLEAN);
        }

        /** A whole number that fits a Java int (the API's 32-bit integers). */
        static Member int32(String name) {
            return string(name).kind(Kind.INTEGER).max(Integer.MAX_VALUE);
        }

        static Member int64(String name) {
            return string(name).kind(Kind.INTEGER);
        }

        /** An absolute http or https URL. */
        static Member httpUrl(String name) {
            return string(name).kind(Kind.HTTP_URL);
        }

        /** Any JSON object, kept as sent (no nested schema), or one checked by {@code nested}. */
        static Member object(String name, BodySchema nested) {
            return new Member(name, Kind.OBJECT, false, false, false, null, Long.MAX_VALUE, Set.of(), nested);
        }

        static Member oneOf(String name, String... values) {
            return new Member(name, Kind.ONE_OF, false, false, false, null, Long.MAX_VALUE, Set.of(values), null);
        }

        static Member stringList(String name) {
            return string(name).kind(Kind.STRING_LIST);
        }

        /** Must be present (on create, for a top-level member; always, for a nested one). */
        Member required() {
            return new Member(name, kind, true, acceptsNull, blankRefused, minimum, maximum, values, nested);
        }

        Member nullable() {
            return new Member(name, kind, mandatory, true, blankRefused, minimum, maximum, values, nested);
        }

        /** A string that is neither empty nor blank ({@code null} counts as blank too). */
        Member notBlank() {
            return new Member(name, kind, mandatory, acceptsNull, true, minimum, maximum, values, nested);
        }

        Member min(long minimum) {
            return new Member(name, kind, mandatory, acceptsNull, blankRefused, minimum, maximum, values, nested);
        }

        private Member max(long maximum) {
            return new Member(name, kind, mandatory, acceptsNull, blankRefused, minimum, maximum, values, nested);
        }

        private Member kind(Kind kind) {
            return new Member(name, kind, mandatory, acceptsNull, blankRefused, minimum, maximum, values, nested);
        }
    }

    private final List<Member> members;

    private BodySchema(List<Member> members) {
        this.members = List.copyOf(members);
    }

    static BodySchema of(Member... members) {
        return new BodySchema(List.of(members));
    }

    /**
     * Checks {@code body} and returns the declared members it carries, normalised (integers as integers, nested
     * objects without undeclared members), or {@code null} after adding one error per problem to {@code errors}.
     *
     * @param create whether top-level {@code required()} members must be present (they need not be on an update)
     */
    JsonObject read(JsonObject body, boolean create, List<JsonObject> errors) {
        int before = errors.size();
        JsonObject known = read(body, create, "", errors);
        return errors.size() == before ? known : null;
    }

    private JsonObject read(JsonObject body, boolean requireAll, String prefix, List<JsonObject> errors) {
        JsonObject known = new JsonObject();
        for (Member member : members) {
            String location = prefix + member.name;
            JsonElement value = body.get(member.name);
            if (value == null) {
                if (member.mandatory && requireAll) {
                    errors.add(StandInApi.fieldError(location, "can't be blank"));
                }
                continue;
            }
            if (value.isJsonNull()) {
                if (member.acceptsNull) {
                    known.add(member.name, JsonNull.INSTANCE);
                } else {
                    errors.add(StandInApi.fieldError(location, member.blankRefused || member.mandatory
                            ? "can't be blank" : typeMessage(member)));
                }
                continue;
            }
            JsonElement normalised = check(member, value, location, errors);
            if (normalised != null) {
                known.add(member.name, normalised);
            }
        }
        return known;
    }

    /** The member's value as it is kept, or null after adding an error. */
    private static JsonElement check(Member member, JsonElement value, String location, List<JsonObject> errors) {
        switch (member.kind) {
            case STRING:
            case HTTP_URL:
            case ONE_OF:
                if (!isString(value)) {
                    return fail(errors, location, typeMessage(member));
                }
                String text = value.getAsString();
                if (member.blankRefused && text.isBlank()) {
                    return fail(errors, location, "can't be blank");
                }
                if (member.kind == Kind.HTTP_URL && !isHttpUrl(text)) {
                    return fail(errors, location, "must be an absolute http or https URL");
                }
                if (member.kind == Kind.ONE_OF && !member.values.contains(text)) {
                    return fail(errors, location, "is not included in the list");
                }
                return value.deepCopy();
            case BOOLEAN:
                return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()
                        ? value.deepCopy() : fail(errors, location, typeMessage(member));
            case INTEGER:
                Long number = integer(value);
                if (number == null || number > member.maximum) {
                    return fail(errors, location, typeMessage(member));
                }
                if (member.minimum != null && number < member.minimum) {
                    return fail(errors, location, member.minimum == 0 ? "must be greater than or equal to 0"
                            : "must be greater than " + (member.minimum - 1));
                }
                return new JsonPrimitive(number);
            case OBJECT:
                if (!value.isJsonObject()) {
                    return fail(errors, location, typeMessage(member));
                }
                if (member.nested == null) {
                    return value.deepCopy();
                }
                int before = errors.size();
                JsonObject nested = member.nested.read(value.getAsJsonObject(), true, location + ".", errors);
                return errors.size() == before ? nested : null;
            case STRING_LIST:
                if (!value.isJsonArray()) {
                    return fail(errors, location, typeMessage(member));
                }
                for (JsonElement item : value.getAsJsonArray()) {
                    if (!isString(item)) {
                        return fail(errors, location, "must be an array of strings");
                    }
                }
                return value.deepCopy();
            default:
                throw new AssertionError(member.kind);
        }
    }

    private static String typeMessage(Member member) {
        switch (member.kind) {
            case BOOLEAN:
                return "must be a boolean";
            case INTEGER:
                return "must be an integer";
            case OBJECT:
                return member.acceptsNull ? "must be an object or null" : "must be an object";
            case STRING_LIST:
                return "must be an array of strings";
            default:
                return "must be a string";
        }
    }

    private static JsonElement fail(List<JsonObject> errors, String location, String message) {
        errors.add(StandInApi.fieldError(location, message));
        return null;
    }

    static boolean isString(JsonElement element) {
        return element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
    }

    /** The value of an integral JSON number, or null for anything else (strings, fractions, out-of-range). */
    private static Long integer(JsonElement element) {
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        try {
            return new BigDecimal(element.getAsString()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The items of a list that passed {@link Member#stringList(String)}. */
    static List<String> strings(JsonArray array) {
        List<String> out = new ArrayList<>(array.size());
        array.forEach(item -> out.add(item.getAsString()));
        return out;
    }
}
