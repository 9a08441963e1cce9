package io.beyondwords.internal.json;

import com.google.gson.reflect.TypeToken;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The SDK's reading of response bodies, plugged into Retrofit: every response type of the generated interfaces is
 * read by a {@link BodyReader} on {@link ApiJson#GSON}. Request bodies are left to the next factory (converter-gson,
 * on the same Gson); Retrofit answers {@code Void} itself before asking any factory.
 */
public final class WireConverterFactory extends Converter.Factory {
    /** Creates the factory; one per client's Retrofit. */
    public WireConverterFactory() {
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        return new BodyReader<>(ApiJson.GSON.getAdapter(TypeToken.get(type)), type);
    }
}
