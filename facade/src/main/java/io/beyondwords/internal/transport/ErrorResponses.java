package io.beyondwords.internal.transport;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.beyondwords.errors.ApiException;
import io.beyondwords.errors.FieldError;
import io.beyondwords.internal.http.CallContext;
import io.beyondwords.internal.http.RetryAfter;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads an error response into the details of an {@link ApiException}; {@link ApiException#forStatus} then picks the
 * class. Tolerates every error shape the API is known to use ({@code {code, message, errors[]}} for validation,
 * {@code {type, message, context}} otherwise, {@code message} as any JSON) and bodies that are not JSON at all (an HTML
 * page from a proxy). Keeps at most 64 KiB of the body ({@link ErrorBodyLimit} cuts it before Retrofit reads it).
 */
final class ErrorResponses {
    private final String apiKey;
    private final Clock clock;

    ErrorResponses(String apiKey, Clock clock) {
        this.apiKey = apiKey;
        this.clock = clock;
    }

    /**
     * @param response the response, its body already taken by Retrofit
     * @param errorBody the body Retrofit kept for it, or {@code null}
     * @param context the call's context
     * @param post whether the request was a {@code POST}
     * @return the exception for the response's status
     */
    ApiException toException(Response response, ResponseBody errorBody, CallContext context, boolean post) {
        int status = response.code();
        String body = Redaction.maskKey(Redaction.maskKey(boundedBody(errorBody), apiKey), context.apiKeyOverride());
        ApiException.Details.Builder details = ApiException.Details.builder(status)
                .headers(Redaction.headerMap(response.headers()))
                .body(body)
                .requestId(response.header(ApiTransport.REQUEST_ID_HEADER))
                .outcomeUnknown(context.outcomeUnknown() || (post && (status == 500 || status == 502 || status == 504)));
        readJson(body, details);
        if (status == 429) {
            Duration hint = context.retryAfterOverCap()
                    .or(() -> RetryAfter.parse(response.headers(), clock))
                    .orElse(null);
            details.retryAfter(hint);
        }
        return ApiException.forStatus(details.build());
    }

    private static String boundedBody(ResponseBody body) {
        if (body == null) {
            return "";
        }
        try {
            BufferedSource peek = body.source().peek();
            peek.request(ApiException.MAX_BODY_BYTES);
            Buffer bounded = new Buffer();
            bounded.write(peek, Math.min(ApiException.MAX_BODY_BYTES, peek.getBuffer().size()));
            return ResponseBody.create(bounded, body.contentType(), bounded.size()).string();
        } catch (IOException | IllegalStateException e) {
            return "";
        }
    }

    private void readJson(String body, ApiException.Details.Builder details) {
        if (body.isEmpty() || body.charAt(0) != '{' && !body.trim().startsWith("{")) {
            return;
        }
        JsonObject object;
        try {
            JsonElement root = JsonParser.parseString(body);
            if (!root.isJsonObject()) {
                return;
            }
            object = root.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            return; // a truncated or malformed error body still yields a typed exception, with the raw text
        }
        details.errorMessage(text(object.get("message")));
        JsonElement type = object.get("type");
        if (type != null && type.isJsonPrimitive()) {
            details.type(type.getAsString());
        }
        JsonElement code = object.get("code");
        if (code != null && code.isJsonPrimitive() && code.getAsJsonPrimitive().isNumber()) {
            try {
                details.code(code.getAsInt());
            } catch (NumberFormatException ignored) {
                // not an int: leave code empty rather than fail over an error body
            }
        }
        JsonElement errors = object.get("errors");
        if (errors != null && errors.isJsonArray()) {
            List<FieldError> fieldErrors = new ArrayList<>();
            for (JsonElement e : (JsonArray) errors) {
                if (e.isJsonObject()) {
                    JsonObject fe = e.getAsJsonObject();
                    fieldErrors.add(new FieldError(text(fe.get("location")), text(fe.get("message"))));
                } else if (e.isJsonPrimitive()) {
                    fieldErrors.add(new FieldError("", e.getAsString()));
                }
            }
            details.fieldErrors(fieldErrors);
        }
    }

    /** A string as sent; any other JSON as its text; absent or null as null. */
    private static String text(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        return e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

}
