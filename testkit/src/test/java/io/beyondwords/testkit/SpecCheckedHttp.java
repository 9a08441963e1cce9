package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Plain OkHttp against a stand-in, with every request/response pair checked against openapi.yaml by the Atlassian
 * swagger-request-validator (a checker nobody here wrote).
 */
final class SpecCheckedHttp {

    static final MediaType JSON = MediaType.get("application/json");

    /** The contract; surefire passes its location (../openapi.yaml relative to this module). */
    static final Path SPEC = Path.of(System.getProperty("beyondwords.openapi", "../openapi.yaml")).toAbsolutePath()
            .normalize();

    static final OpenApiInteractionValidator VALIDATOR = createValidator();

    private static OpenApiInteractionValidator createValidator() {
        if (!Files.isRegularFile(SPEC)) {
            throw new IllegalStateException("openapi.yaml not found at " + SPEC);
        }
        return OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString()).build();
    }

    /** How much of an exchange to validate. */
    enum Check {
        /** The request and the response: for requests a correct client would send. */
        BOTH,
        /** Only the response: for requests that deliberately break the spec (no key, a wrong body). */
        RESPONSE
    }

    /** A completed exchange. */
    record Result(int status, Headers headers, String body) {
        JsonElement json() {
            return JsonParser.parseString(body);
        }

        String header(String name) {
            return headers.get(name);
        }
    }

    final OkHttpClient http;
    final BeyondWordsStandIn standIn;
    int validated;

    SpecCheckedHttp(BeyondWordsStandIn standIn) {
        this(standIn, new OkHttpClient.Builder().retryOnConnectionFailure(false)
                .readTimeout(Duration.ofSeconds(10)).build());
    }

    SpecCheckedHttp(BeyondWordsStandIn standIn, OkHttpClient http) {
        this.standIn = standIn;
        this.http = http;
    }

    HttpUrl url(String pathAndQuery) {
        return HttpUrl.get(standIn.baseUrl() + pathAndQuery);
    }

    okhttp3.Request.Builder request(String pathAndQuery) {
        return new okhttp3.Request.Builder().url(url(pathAndQuery)).header("X-Api-Key", standIn.apiKey());
    }

    Result get(String pathAndQuery) {
        return send(request(pathAndQuery).get().build(), Check.BOTH);
    }

    Result post(String path, String json) {
        return send(request(path).post(RequestBody.create(json, JSON)).build(), Check.BOTH);
    }

    Result put(String path, String json) {
        return send(request(path).put(RequestBody.create(json, JSON)).build(), Check.BOTH);
    }

    Result delete(String path) {
        return send(request(path).delete().build(), Check.BOTH);
    }

    /** Sends a request that breaks the spec on purpose (a wrong body); only the response is validated. */
    Result sendRaw(String method, String path, String json) {
        return send(request(path).method(method, RequestBody.create(json, JSON)).build(), Check.RESPONSE);
    }

    /** Sends, reads the whole response, validates as asked, and fails the test on any finding. */
    Result send(okhttp3.Request request, Check check) {
        Result result;
        try (Response response = http.newCall(request).execute()) {
            result = new Result(response.code(), response.headers(), response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ValidationReport report = validate(request, result, check);
        assertThat(report.hasErrors())
                .as("spec findings for %s %s -> %s %s:%n%s", request.method(), request.url(), result.status(),
                        result.body(), report)
                .isFalse();
        validated++;
        return result;
    }

    static ValidationReport validate(okhttp3.Request request, Result result, Check check) {
        SimpleRequest simpleRequest = toValidatorRequest(request);
        SimpleResponse simpleResponse = toValidatorResponse(result);
        return check == Check.BOTH
                ? VALIDATOR.validate(simpleRequest, simpleResponse)
                : VALIDATOR.validateResponse(request.url().encodedPath(), simpleRequest.getMethod(), simpleResponse);
    }

    static SimpleRequest toValidatorRequest(okhttp3.Request request) {
        HttpUrl url = request.url();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(Request.Method.valueOf(request.method()),
                url.encodedPath());
        for (String name : url.queryParameterNames()) {
            builder.withQueryParam(name, url.queryParameterValues(name));
        }
        Headers headers = request.headers();
        for (String name : headers.names()) {
            builder.withHeader(name, headers.values(name));
        }
        RequestBody body = request.body();
        if (body != null) {
            if (body.contentType() != null) {
                builder.withContentType(body.contentType().toString());
            }
            try {
                Buffer buffer = new Buffer();
                body.writeTo(buffer);
                builder.withBody(buffer.readUtf8());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return builder.build();
    }

    static SimpleResponse toValidatorResponse(Result result) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(result.status());
        for (String name : result.headers().names()) {
            builder.withHeader(name, result.headers().values(name));
        }
        return builder.withBody(result.body()).build();
    }
}
