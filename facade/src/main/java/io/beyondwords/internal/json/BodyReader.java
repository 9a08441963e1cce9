package io.beyondwords.internal.json;

import com.google.gson.TypeAdapter;
import java.io.IOException;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import retrofit2.Converter;

/**
 * Reads a 2xx response body into a wire model, or a list of them, with the SDK's one Gson: the converter Retrofit
 * uses for every response of the generated interfaces. Tolerant (unknown members kept, members checked where the
 * facade reads them) and in the SDK's own words when a body cannot be read ({@link ApiJson#readBody}).
 *
 * @param <T> what the body holds
 */
final class BodyReader<T> implements Converter<ResponseBody, T> {
    private final TypeAdapter<T> adapter;
    /** What the adapter reads, for the message about a body it cannot read. */
    private final Type type;

    BodyReader(TypeAdapter<T> adapter, Type type) {
        this.adapter = adapter;
        this.type = type;
    }

    /**
     * @return the body's value, never null
     * @throws UnreadableBodyException if the body is not the JSON expected
     * @throws IOException if reading failed
     */
    @Override
    public T convert(ResponseBody body) throws IOException {
        try (ResponseBody b = body) {
            return ApiJson.readBody(b, adapter, type);
        }
    }
}
