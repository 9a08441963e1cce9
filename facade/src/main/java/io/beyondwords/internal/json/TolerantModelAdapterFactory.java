package io.beyondwords.internal.json;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.beyondwords.generated.WireModel;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads generated models tolerantly, so that one odd member costs only itself:
 * <ul>
 *   <li>members the spec does not declare are kept, in the model's {@code unknownFields}: the server can add a field
 *       before the spec knows it, and users can still read it;</li>
 *   <li>a declared member sent in a form its field cannot hold (a string where a number belongs, an array where an
 *       object belongs, a number too large) is kept as the JSON the server sent, in the model's
 *       {@code invalidMembers}, and its field stays empty; the facade's accessor for it then reports it;</li>
 *   <li>a value that is not a JSON object where a model belongs (an item {@code 42} in a list of tracks) becomes an
 *       empty model whose {@code invalidMembers} hold it under the name {@code ""}; only a whole body that is not
 *       an object fails, as there is nothing of it to keep.</li>
 * </ul>
 * So a page with one bad item still reads its other items, and the caller decides what a bad member is worth.
 *
 * <p>Reads in one streaming pass, as Gson's own reflective adapter does (declared members through their field's
 * adapter, others as a {@link JsonElement}); a first version built a JSON tree and re-read it, which doubled the
 * parsing cost of every page. Writing is Gson's own.
 */
final class TolerantModelAdapterFactory implements TypeAdapterFactory {
    /** The name under which a whole value that is not an object is kept. */
    static final String WHOLE_VALUE = "";

    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        // Only the generated models: each implements WireModel, through which the members it cannot hold are kept.
        if (!WireModel.class.isAssignableFrom(raw) || raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
            return null;
        }
        try {
            @SuppressWarnings("unchecked")
            Constructor<T> constructor = (Constructor<T>) raw.getDeclaredConstructor();
            constructor.setAccessible(true);
            List<BoundField> inOrder = new ArrayList<>();
            Map<String, BoundField> byName = boundFields(gson, raw, inOrder);
            return new ModelAdapter<>(gson.getDelegateAdapter(this, type), gson.getAdapter(JsonElement.class),
                    byName, inOrder.toArray(new BoundField[0]), constructor, raw.getSimpleName());
        } catch (NoSuchMethodException e) {
            return null; // a model without a no-argument constructor: Gson's default applies
        }
    }

    /** @param inOrder receives the fields in declaration order (the spec's) */
    private static Map<String, BoundField> boundFields(Gson gson, Class<?> model, List<BoundField> inOrder) {
        Map<String, BoundField> fields = new HashMap<>();
        for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                SerializedName sn = f.getAnnotation(SerializedName.class);
                BoundField bound = new BoundField(f, gson.getAdapter(TypeToken.get(f.getGenericType())),
                        sn == null ? f.getName() : sn.value(), inOrder.size());
                inOrder.add(bound);
                if (sn == null) {
                    fields.putIfAbsent(f.getName(), bound);
                } else {
                    fields.putIfAbsent(sn.value(), bound);
                    for (String alternate : sn.alternate()) {
                        fields.putIfAbsent(alternate, bound);
                    }
                }
            }
        }
        // A HashMap, not Map.copyOf: this lookup runs for every member of every item, and the immutable map's probe
        // (a modulo per lookup, linear probing) showed as a fifth of a page's parsing time. Never modified after this.
        return fields;
    }

    /** The JSON forms a field can hold; anything else is kept as an invalid member instead of read. */
    private enum Shape {
        /** Text only: a number or boolean where text belongs is the server saying something else. */
        STRING,
        /** A number, or text holding one (Gson's own leniency, harmless: "42" means 42). */
        NUMBER,
        /** true or false, or the text "true" or "false" (never Gson's "anything else is false"). */
        BOOLEAN,
        OBJECT,
        ARRAY,
        /** Any JSON (a {@link JsonElement} field). */
        ANY;

        static Shape of(Class<?> type) {
            if (type == String.class) {
                return STRING;
            }
            if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || type == BigInteger.class
                    || (type.isPrimitive() && type != boolean.class && type != char.class)) {
                return NUMBER;
            }
            if (type == Boolean.class || type == boolean.class) {
                return BOOLEAN;
            }
            if (type == JsonObject.class) {
                return OBJECT;
            }
            if (Collection.class.isAssignableFrom(type) || type.isArray() || type == JsonArray.class) {
                return ARRAY;
            }
            if (JsonElement.class.isAssignableFrom(type) || type == Object.class) {
                return ANY;
            }
            return OBJECT;
        }

        boolean accepts(JsonToken token) {
            switch (this) {
                case STRING:
                    return token == JsonToken.STRING;
                case NUMBER:
                    return token == JsonToken.NUMBER || token == JsonToken.STRING;
                case BOOLEAN:
                    return token == JsonToken.BOOLEAN || token == JsonToken.STRING;
                case OBJECT:
                    return token == JsonToken.BEGIN_OBJECT;
                case ARRAY:
                    return token == JsonToken.BEGIN_ARRAY;
                default:
                    return true;
            }
        }
    }

    /** One declared member: where it goes and how its value is read. */
    private static final class BoundField {
        final Field field;
        final TypeAdapter<?> adapter;
        /** The member's name in JSON. */
        final String name;
        /** Its index in declaration order. */
        final int position;
        final boolean primitive;
        final Shape shape;
        /**
         * Read as text and converted here: Gson's adapters for these consume the value before they fail, so it could
         * not be kept. (Those for the boxed primitives leave it buffered, and are faster: no String per number.)
         */
        final boolean textNumber;

        BoundField(Field field, TypeAdapter<?> adapter, String name, int position) {
            this.field = field;
            this.adapter = adapter;
            this.name = name;
            this.position = position;
            this.primitive = field.getType().isPrimitive();
            this.shape = Shape.of(field.getType());
            this.textNumber = field.getType() == BigDecimal.class || field.getType() == BigInteger.class;
        }
    }

    private static final class ModelAdapter<T> extends TypeAdapter<T> {
        private final TypeAdapter<T> writer;
        private final TypeAdapter<JsonElement> elements;
        private final Map<String, BoundField> fields;
        private final BoundField[] inOrder;
        private final Constructor<T> constructor;
        private final String modelName;

        ModelAdapter(TypeAdapter<T> writer, TypeAdapter<JsonElement> elements, Map<String, BoundField> fields,
                BoundField[] inOrder, Constructor<T> constructor,
                String modelName) {
            this.writer = writer;
            this.elements = elements;
            this.fields = fields;
            this.inOrder = inOrder;
            this.constructor = constructor;
            this.modelName = modelName;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            writer.write(out, value);
        }

        @Override
        public T read(JsonReader in) throws IOException {
            JsonToken token = in.peek();
            if (token == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            if (token != JsonToken.BEGIN_OBJECT && "$".equals(in.getPath())) {
                // The whole body is not an object: nothing of it can be kept, and the call reports it.
                throw new JsonSyntaxException("expected a JSON object (" + modelName + ") but was " + token);
            }
            T value = newInstance();
            if (token != JsonToken.BEGIN_OBJECT) {
                JsonObject whole = new JsonObject();
                whole.add(WHOLE_VALUE, elements.read(in));
                ((WireModel) value).setInvalidMembers(whole);
                return value;
            }
            JsonObject unknown = null;
            JsonObject invalid = null;
            in.beginObject();
            // Members usually come in the order the spec declares them (the docs' examples do), so the member after
            // the last one found is tried first: one String.equals instead of a hash and a map probe per member,
            // which was an eighth of a page's reading time. Any other order reads the same, through the map.
            int next = 0;
            while (in.hasNext()) {
                String name = in.nextName();
                BoundField bound = next < inOrder.length && inOrder[next].name.equals(name)
                        ? inOrder[next] : fields.get(name);
                if (bound == null) {
                    if (unknown == null) {
                        unknown = new JsonObject();
                    }
                    unknown.add(name, elements.read(in));
                    continue;
                }
                next = bound.position + 1;
                JsonElement rejected = readInto(bound, value, in);
                if (rejected != null) {
                    if (invalid == null) {
                        invalid = new JsonObject();
                    }
                    invalid.add(name, rejected);
                }
            }
            in.endObject();
            if (unknown != null) {
                ((WireModel) value).setUnknownFields(unknown);
            }
            if (invalid != null) {
                ((WireModel) value).setInvalidMembers(invalid);
            }
            return value;
        }

        /** @return the member's JSON if its field cannot hold it (the field is then left empty), else null */
        private JsonElement readInto(BoundField bound, T target, JsonReader in) throws IOException {
            JsonToken token = in.peek();
            if (token == JsonToken.NULL) {
                in.nextNull();
                if (!bound.primitive) {
                    set(bound.field, target, null);
                }
                return null;
            }
            if (!bound.shape.accepts(token)) {
                return elements.read(in);
            }
            if (bound.shape == Shape.BOOLEAN && token == JsonToken.STRING) {
                String text = in.nextString();
                String lower = text.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    return new JsonPrimitive(text);
                }
                set(bound.field, target, Boolean.valueOf(lower));
                return null;
            }
            if (bound.textNumber) {
                String text = in.nextString();
                try {
                    set(bound.field, target, bound.field.getType() == BigInteger.class
                            ? new BigInteger(text) : new BigDecimal(text));
                    return null;
                } catch (NumberFormatException e) {
                    return new JsonPrimitive(text);
                }
            }
            try {
                Object fieldValue = bound.adapter.read(in);
                if (fieldValue != null || !bound.primitive) {
                    set(bound.field, target, fieldValue);
                }
                return null;
            } catch (JsonParseException | NumberFormatException | IllegalStateException e) {
                // A number too large for its field, or text that is not a number. JsonReader leaves such a value
                // buffered after the failed conversion, so it can still be taken as the text it was. A number is
                // re-read by Gson's public parser, which keeps its text as sent (its number class is Gson-internal,
                // and com.google.gson does not export that package to our module).
                String text = in.nextString();
                return token == JsonToken.NUMBER ? JsonParser.parseString(text) : new JsonPrimitive(text);
            }
        }

        private T newInstance() {
            try {
                return constructor.newInstance();
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot create " + modelName, e);
            }
        }


        private static void set(Field field, Object target, Object value) {
            try {
                field.set(target, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot set " + field, e);
            }
        }
    }
}
