package io.beyondwords.internal.json;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads generated models so that members the spec does not declare are kept, in the model's {@code unknownFields},
 * instead of dropped: the server can add a field before the spec knows it, and users can still read it.
 *
 * <p>Reads in one streaming pass, as Gson's own reflective adapter does (declared members through their field's
 * adapter, unknown ones as a {@link JsonElement}); a first version built a JSON tree and re-read it, which doubled
 * the parsing cost of every page. Writing is Gson's own. A non-object where a model is expected is rejected with a
 * message naming the model and the JSON path.
 */
final class UnknownFieldsAdapterFactory implements TypeAdapterFactory {
    private static final String MODEL_PACKAGE = "io.beyondwords.generated.model.";

    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (!raw.getName().startsWith(MODEL_PACKAGE) || raw.isEnum() || raw.isInterface()) {
            return null;
        }
        try {
            Method setter = raw.getMethod("setUnknownFields", JsonObject.class);
            @SuppressWarnings("unchecked")
            Constructor<T> constructor = (Constructor<T>) raw.getDeclaredConstructor();
            constructor.setAccessible(true);
            List<BoundField> inOrder = new ArrayList<>();
            Map<String, BoundField> byName = boundFields(gson, raw, inOrder);
            return new ModelAdapter<>(gson.getDelegateAdapter(this, type), gson.getAdapter(JsonElement.class),
                    byName, inOrder.toArray(new BoundField[0]), constructor, setter, raw.getSimpleName());
        } catch (NoSuchMethodException e) {
            return null; // not a model this SDK generated with unknown-field support: Gson's default applies
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

    /** One declared member: where it goes and how its value is read. */
    private static final class BoundField {
        final Field field;
        final TypeAdapter<?> adapter;
        /** The member's name in JSON. */
        final String name;
        /** Its index in declaration order. */
        final int position;
        final boolean primitive;

        BoundField(Field field, TypeAdapter<?> adapter, String name, int position) {
            this.field = field;
            this.adapter = adapter;
            this.name = name;
            this.position = position;
            this.primitive = field.getType().isPrimitive();
        }
    }

    private static final class ModelAdapter<T> extends TypeAdapter<T> {
        private final TypeAdapter<T> writer;
        private final TypeAdapter<JsonElement> elements;
        private final Map<String, BoundField> fields;
        private final BoundField[] inOrder;
        private final Constructor<T> constructor;
        private final Method setter;
        private final String modelName;

        ModelAdapter(TypeAdapter<T> writer, TypeAdapter<JsonElement> elements, Map<String, BoundField> fields,
                BoundField[] inOrder, Constructor<T> constructor, Method setter, String modelName) {
            this.writer = writer;
            this.elements = elements;
            this.fields = fields;
            this.inOrder = inOrder;
            this.constructor = constructor;
            this.setter = setter;
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
            if (token != JsonToken.BEGIN_OBJECT) {
                throw new JsonSyntaxException("expected a JSON object (" + modelName + ") but was " + token + " at "
                        + in.getPath());
            }
            T value = newInstance();
            JsonObject unknown = null;
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
                Object fieldValue = bound.adapter.read(in);
                if (fieldValue != null || !bound.primitive) {
                    set(bound.field, value, fieldValue);
                }
            }
            in.endObject();
            if (unknown != null) {
                try {
                    setter.invoke(value, unknown);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot keep the unknown fields of " + modelName, e);
                }
            }
            return value;
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
