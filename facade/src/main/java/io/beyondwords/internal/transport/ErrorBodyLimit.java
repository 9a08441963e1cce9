package io.beyondwords.internal.transport;

import io.beyondwords.errors.ApiException;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Application interceptor that cuts the body of an error response to what an exception keeps
 * ({@link ApiException#MAX_BODY_BYTES}). Retrofit reads an error body whole into memory before the facade maps it;
 * cut here, a huge or endless error body costs bounded memory and time.
 */
final class ErrorBodyLimit implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        if (response.isSuccessful() || body == null
                || (body.contentLength() >= 0 && body.contentLength() <= ApiException.MAX_BODY_BYTES)) {
            return response;
        }
        ResponseBody kept;
        try {
            kept = response.peekBody(ApiException.MAX_BODY_BYTES);
        } catch (IOException e) {
            // A body that breaks off still leaves a typed exception for the status, without the body.
            kept = ResponseBody.create(new byte[0], body.contentType());
        } finally {
            response.close();
        }
        return response.newBuilder().body(kept).build();
    }
}
