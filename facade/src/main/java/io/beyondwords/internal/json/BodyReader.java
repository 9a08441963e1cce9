package io.beyondwords.internal.json;

import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import okhttp3.Response;

/**
 * Reads a response body into a wire model, or a list of them, with the SDK's one Gson. Built once per type, as its
 * adapter is.
 *
 * @param <T> what the body holds
 */
public final class BodyReader<T> {
    private final TypeAdapter<T> adapter;
    /** What the adapter reads, for the message about a body it cannot read. */
    private final Type type;

    private BodyReader(TypeAdapter<T> adapter, Type type) {
        this.adapter = adapter;
        this.type = type;
    }

    /**
     * @param model a wire model class
     * @param <T> its type
     * @return a reader of a body holding one
     */
    public static <T> BodyReader<T> of(Class<T> model) {
        return new BodyReader<>(ApiJson.GSON.getAdapter(model), model);
    }

    /**
     * @param model a wire model class
     * @param <T> its type
     * @return a reader of a body holding a JSON array of them
     */
    @SuppressWarnings("unchecked") // TypeToken.getParameterized gives exactly List<T>
    public static <T> BodyReader<List<T>> listOf(Class<T> model) {
        TypeToken<?> list = TypeToken.getParameterized(List.class, model);
        return new BodyReader<>((TypeAdapter<List<T>>) ApiJson.GSON.getAdapter(list), list.getType());
    }

    /**
     * @param response a 2xx response
     * @return the body's value, never null
     * @throws UnreadableBodyException if the body is not the JSON expected
     * @throws IOException if reading failed
     */
    public T read(Response response) throws IOException {
        return ApiJson.readBody(response, adapter, type);
    }
}
