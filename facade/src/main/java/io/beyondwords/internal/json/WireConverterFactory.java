package io.beyondwords.internal.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonWriter;
import io.beyondwords.generated.WireModel;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The SDK's JSON on the wire, plugged into Retrofit. Every response type of the generated interfaces is read by a
 * {@link BodyReader} on {@link ApiJson#GSON}. A request body that is a generated wire model is written by Gson too,
 * with the members in its {@code unknownFields} merged in: the caller's extra body members and the nullable members
 * it cleared, which are written as JSON {@code null} (Gson itself drops nulls, so the typed members left unset are
 * never sent). Other request bodies are left to the next factory; Retrofit answers {@code Void} itself.
 */
public final class WireConverterFactory extends Converter.Factory {
    private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

    /** Creates the factory; one per client's Retrofit. */
    public WireConverterFactory() {
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        return new BodyReader<>(ApiJson.GSON.getAdapter(TypeToken.get(type)), type);
    }

    @Override
    public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
            Annotation[] methodAnnotations, Retrofit retrofit) {
        if (!(type instanceof Class<?> model) || !WireModel.class.isAssignableFrom(model)) {
            return null;
        }
        return value -> write(ApiJson.GSON.toJsonTree(value, type), ((WireModel) value).getUnknownFields());
    }

    private static RequestBody write(JsonElement typed, JsonObject extras) throws IOException {
        if (extras != null && typed instanceof JsonObject object) {
            merge(object, extras);
        }
        Buffer buffer = new Buffer();
        try (JsonWriter writer = new JsonWriter(new OutputStreamWriter(buffer.outputStream(),
                StandardCharsets.UTF_8))) {
            // The typed tree holds no nulls (Gson leaves unset members out), so each null written is one the
            // caller asked for: a cleared member or an extra member put as JSON null.
            writer.setSerializeNulls(true);
            ApiJson.GSON.getAdapter(JsonElement.class).write(writer, typed);
        }
        return RequestBody.create(buffer.readByteString(), JSON);
    }

    /** An extra member replaces the typed one, except that two objects merge member by member. */
    private static void merge(JsonObject into, JsonObject extras) {
        for (Map.Entry<String, JsonElement> e : extras.entrySet()) {
            JsonElement typed = into.get(e.getKey());
            if (typed instanceof JsonObject typedObject && e.getValue() instanceof JsonObject extraObject) {
                merge(typedObject, extraObject);
            } else {
                into.add(e.getKey(), e.getValue());
            }
        }
    }
}
