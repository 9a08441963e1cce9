package io.beyondwords.internal.transport;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;

/**
 * The SDK's call shapes, plugged into Retrofit: every {@code Call<R>} a generated interface returns is an
 * {@link ApiCall}, which runs it on the calling thread or as a {@code CompletableFuture}, under one deadline, and
 * maps its outcome to a value or one of the SDK's exceptions.
 */
final class ApiCallAdapterFactory extends CallAdapter.Factory {
    private final ApiTransport transport;

    ApiCallAdapterFactory(ApiTransport transport) {
        this.transport = transport;
    }

    @Override
    public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
        if (getRawType(returnType) != Call.class) {
            return null;
        }
        Type responseType = getParameterUpperBound(0, (java.lang.reflect.ParameterizedType) returnType);
        return new CallAdapter<Object, Call<Object>>() {
            @Override
            public Type responseType() {
                return responseType;
            }

            @Override
            public Call<Object> adapt(Call<Object> call) {
                return new ApiCall<>(call, transport);
            }
        };
    }
}
