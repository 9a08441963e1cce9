package io.beyondwords.internal.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Words the message for a response body the SDK cannot read, from what is known about it: the JSON expected where
 * reading stopped (the declared type at the reader's path), what the reader found there, the response's Content-Type
 * and the body's first characters. Never from the parser's exception text: Gson's carries advice and troubleshooting
 * URLs meant for Gson's own users, and its wording may change with any upgrade. Runs only once reading has failed.
 *
 * <p>Text from the response is bounded and escaped ({@code \"}, {@code \n}, {@code \u0000}, a byte that is not valid
 * in the charset as {@code \xFF}), so a message stays one line and shows exactly what came.
 */
final class UnreadableBodyMessages {
    /** How many characters of the body a message shows. */
    static final int EXCERPT_CHARS = 100;
    /** Enough bytes for {@link #EXCERPT_CHARS} characters of UTF-8, and one more to tell whether the body goes on. */
    static final int EXCERPT_BYTES = 4 * EXCERPT_CHARS + 1;
    /** How many characters of a value found (a string, a number) a message shows. */
    private static final int VALUE_CHARS = 60;
    /** How many characters of a Content-Type or a JSON path a message shows. */
    private static final int HEADER_CHARS = 100;
    private static final Pattern JSON_NUMBER =
            Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");
    private static final Pattern WORD_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UnreadableBodyMessages() {
    }

    /**
     * @param root what the body was to be read as, or {@code null} if unknown
     * @param contentType the response's Content-Type header, or {@code null}
     * @return the message for a body without a single byte
     */
    static String empty(Type root, String contentType) {
        return "the response body is empty where " + expectedOrJson(root) + " was expected"
                + context(contentType, null, null);
    }

    /**
     * @param root what the body was to be read as, or {@code null} if unknown
     * @param context from {@link #context}
     * @return the message for a body holding only whitespace (or a byte order mark)
     */
    static String noValue(Type root, String context) {
        return "the response body has no JSON value where " + expectedOrJson(root) + " was expected" + context;
    }

    /** @param context from {@link #context} @return the message for a body whose first value is not JSON */
    static String notJson(String context) {
        return "the response body is not JSON" + context;
    }

    /**
     * @param path the reader's path when it failed
     * @param context from {@link #context}
     * @return the message for JSON that breaks off at the end of the body
     */
    static String truncated(String path, String context) {
        return "the response body is truncated JSON: it ends at " + shownPath(path) + context;
    }

    /**
     * @param path the reader's path when it failed
     * @param context from {@link #context}
     * @return the message for JSON with a syntax error before the end of the body
     */
    static String invalid(String path, String context) {
        return "the response body is not valid JSON at " + shownPath(path) + context;
    }

    /** @param context from {@link #context} @return the message for a body going on after its JSON value */
    static String trailingData(String context) {
        return "the response body has more data after its JSON value" + context;
    }

    /**
     * @param root what the body was to be read as, or {@code null} if unknown
     * @return the message for a body that is JSON {@code null}
     */
    static String foundNull(Type root) {
        return mismatch(describe(root, false), "$", "null", "");
    }

    /**
     * The message for well-formed JSON of the wrong type or out of range: what the declared type at the reader's
     * path expects, and what the reader holds there. Reads that value from the reader, so it takes the path first.
     *
     * @param root what the body was to be read as, or {@code null} if unknown
     * @param reader the reader that failed, still positioned at the value it could not read
     * @param context from {@link #context}, or empty
     * @param bodyInMemory whether a string found may be read to show it: not from a streamed body, where it could
     *     be most of a huge body (where a number was expected, Gson holds it already)
     * @return the message
     */
    static String mismatch(Type root, JsonReader reader, String context, boolean bodyInMemory) {
        String path = reader.getPath();
        Type expected = typeAt(root, path);
        String found = found(reader, isNumber(expected), bodyInMemory);
        boolean foundNumber = found != null && JSON_NUMBER.matcher(found).matches();
        return mismatch(expected == null ? null : describe(expected, foundNumber), path, found, context);
    }

    private static String mismatch(String expected, String path, String found, String context) {
        StringBuilder out = new StringBuilder("the response body does not match");
        if (expected != null) {
            out.append(": expected ").append(expected).append(" at ").append(shownPath(path));
            if (found != null) {
                out.append(" but found ").append(found);
            }
        } else {
            out.append(" at ").append(shownPath(path));
            if (found != null) {
                out.append(": found ").append(found);
            }
        }
        return out.append(context).toString();
    }

    /**
     * The parenthesis closing a message about the body as a whole: the Content-Type as sent, and the body's first
     * characters when they are known.
     *
     * @param contentType the response's Content-Type header, or {@code null}
     * @param start the body's first bytes (up to {@link #EXCERPT_BYTES}), or {@code null} if not known
     * @param charset how to decode them
     * @return e.g. {@code  (Content-Type text/html, starts with "<html>…")}, with a leading space
     */
    static String context(String contentType, byte[] start, Charset charset) {
        StringBuilder out = new StringBuilder(" (");
        if (contentType == null) {
            out.append("no Content-Type");
        } else {
            out.append("Content-Type ");
            appendEscaped(out, contentType, HEADER_CHARS);
        }
        if (start != null) {
            out.append(", starts with \"");
            appendExcerpt(out, start, charset);
            out.append('"');
        }
        return out.append(')').toString();
    }

    private static String expectedOrJson(Type root) {
        String expected = describe(root, false);
        return expected == null ? "JSON" : expected;
    }

    /**
     * What the reader holds, read from it: its state after Gson gave up on a value of the wrong type is that value,
     * unread. A number set aside by Gson (a fraction where an int was expected, say) reads back as a string, so
     * numeric text where a number was expected is shown bare, as the number it stands for. A string from a streamed
     * body is not read just to show it, unless Gson holds it already (where a number was expected).
     *
     * @return e.g. {@code a JSON array}, {@code a string "loud"}, {@code 99999999999}, or {@code null} if the reader
     *     cannot say
     */
    private static String found(JsonReader reader, boolean numberExpected, boolean bodyInMemory) {
        try {
            switch (reader.peek()) {
                case BEGIN_OBJECT:
                    return "a JSON object";
                case BEGIN_ARRAY:
                    return "a JSON array";
                case BOOLEAN:
                    return Boolean.toString(reader.nextBoolean());
                case NULL:
                    return "null";
                case NUMBER:
                    return escaped(reader.nextString(), VALUE_CHARS);
                case STRING:
                    if (!numberExpected && !bodyInMemory) {
                        return "a string";
                    }
                    String text = reader.nextString();
                    if (numberExpected && JSON_NUMBER.matcher(text).matches()) {
                        return escaped(text, VALUE_CHARS);
                    }
                    return "a string \"" + escaped(text, VALUE_CHARS) + '"';
                default:
                    return null;
            }
        } catch (IOException | RuntimeException e) {
            return null; // the reader cannot tell after all; the message goes without
        }
    }

    /**
     * The declared type at a reader path such as {@code $[3].media.url}, walking lists by element type, maps by value
     * type and models by their fields' JSON names.
     *
     * @return the type, or {@code null} where it is unknown or any JSON would do (a member the model does not declare)
     */
    static Type typeAt(Type root, String path) {
        if (root == null || !path.startsWith("$")) {
            return null;
        }
        Type type = root;
        int i = 1;
        while (i < path.length() && type != null) {
            char c = path.charAt(i);
            if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0) {
                    return null;
                }
                type = elementType(type);
                i = end + 1;
            } else if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                String name = path.substring(i + 1, end);
                type = name.isEmpty() ? null : memberType(type, name);
                i = end;
            } else {
                return null;
            }
        }
        return type;
    }

    private static Type elementType(Type type) {
        Class<?> raw = rawType(type);
        if (raw.isArray()) {
            return raw.getComponentType();
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType) {
            return ((ParameterizedType) type).getActualTypeArguments()[0];
        }
        return null;
    }

    private static Type memberType(Type type, String name) {
        Class<?> raw = rawType(type);
        if (Map.class.isAssignableFrom(raw)) {
            return type instanceof ParameterizedType ? ((ParameterizedType) type).getActualTypeArguments()[1] : null;
        }
        if (raw.isPrimitive() || raw.getName().startsWith("java.") || JsonElement.class.isAssignableFrom(raw)) {
            return null;
        }
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && jsonNameMatches(field, name)) {
                    return field.getGenericType();
                }
            }
        }
        return null; // a member the model does not declare: kept as any JSON, never a mismatch
    }

    private static boolean jsonNameMatches(Field field, String name) {
        SerializedName serialized = field.getAnnotation(SerializedName.class);
        if (serialized == null) {
            return field.getName().equals(name);
        }
        if (serialized.value().equals(name)) {
            return true;
        }
        for (String alternate : serialized.alternate()) {
            if (alternate.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> rawType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return rawType(parameterized.getRawType());
        }
        return Object.class; // a type variable or wildcard: models declare none
    }

    private static boolean isNumber(Type type) {
        if (type == null) {
            return false;
        }
        Class<?> raw = rawType(type);
        return Number.class.isAssignableFrom(raw)
                || raw.isPrimitive() && raw != boolean.class && raw != char.class && raw != void.class;
    }

    /**
     * @param foundNumber whether a number was found: then a whole-number field says its range, the likely problem
     * @return what a value of the type looks like in JSON, e.g. {@code a JSON object (a background track)}, or
     *     {@code null} if any JSON would do
     */
    private static String describe(Type type, boolean foundNumber) {
        if (type == null) {
            return null;
        }
        Class<?> raw = rawType(type);
        if (raw == Integer.class || raw == int.class) {
            return foundNumber ? "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE : "a number";
        }
        if (raw == Long.class || raw == long.class) {
            return foundNumber ? "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE : "a number";
        }
        if (isNumber(type)) {
            return "a number";
        }
        if (raw == String.class || raw == Character.class || raw == char.class || raw.isEnum()) {
            return "a string";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (raw == JsonObject.class || Map.class.isAssignableFrom(raw)) {
            return "a JSON object";
        }
        if (raw == JsonArray.class) {
            return "a JSON array";
        }
        if (JsonElement.class.isAssignableFrom(raw) || raw == Object.class) {
            return null;
        }
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            Type element = elementType(type);
            Class<?> elementClass = element == null ? null : rawType(element);
            return isModel(elementClass) ? "a JSON array (of " + modelName(elementClass, true) + ")" : "a JSON array";
        }
        return "a JSON object (" + modelName(raw, false) + ")";
    }

    private static boolean isModel(Class<?> type) {
        return type != null && !type.isPrimitive() && !type.isArray() && !type.isEnum()
                && !type.getName().startsWith("java.") && !JsonElement.class.isAssignableFrom(type);
    }

    /**
     * A model's name in words, from its class name: {@code BackgroundTrackModel} is "a background track" and
     * {@code BackgroundTrackModelMedia} "a background track's media", as the generator names nested objects.
     */
    private static String modelName(Class<?> model, boolean plural) {
        String name = model.getSimpleName();
        int split = name.indexOf("Model");
        String owner = words(split <= 0 ? name : name.substring(0, split));
        String member = split <= 0 ? "" : words(name.substring(split + "Model".length()));
        if (member.isEmpty()) {
            return plural ? owner + 's' : article(owner) + owner;
        }
        return plural ? member + " of " + owner + 's' : article(owner) + owner + "'s " + member;
    }

    private static String words(String camelCase) {
        return WORD_BOUNDARY.matcher(camelCase).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static String article(String noun) {
        return !noun.isEmpty() && "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
    }

    private static String shownPath(String path) {
        // Gson's path inside an object before its first member is "$."; the object itself is meant.
        String shown = path.length() > 1 && path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
        return escaped(shown, HEADER_CHARS); // member names come from the body
    }

    private static String escaped(String text, int maxChars) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars) + 8);
        appendEscaped(out, text, maxChars);
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, String text, int maxChars) {
        int shown = 0;
        for (int i = 0; i < text.length(); shown++) {
            if (shown == maxChars) {
                out.append('…');
                return;
            }
            int codePoint = text.codePointAt(i);
            appendEscaped(out, codePoint);
            i += Character.charCount(codePoint);
        }
    }

    /**
     * Decodes the body's first bytes and shows up to {@link #EXCERPT_CHARS} characters, a byte the charset cannot
     * decode as {@code \xNN}, and an ellipsis if the body goes on.
     */
    private static void appendExcerpt(StringBuilder out, byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 2);
        int shown = 0;
        while (true) {
            CoderResult result = decoder.decode(in, chars, true);
            chars.flip();
            while (chars.hasRemaining()) {
                if (shown == EXCERPT_CHARS) {
                    out.append('…');
                    return;
                }
                char c = chars.get();
                if (Character.isHighSurrogate(c) && chars.hasRemaining() && Character.isLowSurrogate(chars.get(
                        chars.position()))) {
                    appendEscaped(out, Character.toCodePoint(c, chars.get()));
                } else {
                    appendEscaped(out, c);
                }
                shown++;
            }
            chars.clear();
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++, shown++) {
                    if (shown == EXCERPT_CHARS) {
                        out.append('…');
                        return;
                    }
                    int b = in.get() & 0xFF;
                    out.append("\\x").append(HEX[b >> 4]).append(HEX[b & 0xF]);
                }
            } else if (result.isUnderflow()) {
                break;
            }
        }
        if (in.hasRemaining()) {
            out.append('…');
        }
    }

    private static void appendEscaped(StringBuilder out, int codePoint) {
        switch (codePoint) {
            case '"':
                out.append("\\\"");
                return;
            case '\\':
                out.append("\\\\");
                return;
            case '\n':
                out.append("\\n");
                return;
            case '\r':
                out.append("\\r");
                return;
            case '\t':
                out.append("\\t");
                return;
            default:
                break;
        }
        if (isShownAsIs(codePoint)) {
            out.appendCodePoint(codePoint);
            return;
        }
        for (char c : Character.toChars(codePoint)) {
            out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                    .append(HEX[c & 0xF]);
        }
    }

    /**
     * Whether a character can go into a log line as itself: not a control, format (a bidirectional override, say),
     * line-breaking, unusual space, lone surrogate, private or unassigned character, nor U+FFFD (which a decoder put
     * where the body had a bad byte).
     */
    private static boolean isShownAsIs(int codePoint) {
        if (codePoint == ' ') {
            return true;
        }
        if (codePoint == 0xFFFD) {
            return false;
        }
        switch (Character.getType(codePoint)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
                return false;
            default:
                return true;
        }
    }
}
