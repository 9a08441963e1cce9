package io.beyondwords.it.support;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.GzipSource;

/**
 * An OkHttp interceptor that validates every request it sees and every response it receives against
 * {@code openapi.yaml} with swagger-request-validator (an independent, spec-driven checker), and records the results.
 * It never changes or blocks traffic: a test asserts on the records, usually with {@link #assertNoErrors()}.
 *
 * <p><b>Register it as a network interceptor</b> ({@code OkHttpClient.Builder#addNetworkInterceptor}). There it sees
 * the request exactly as it goes on the wire, after every application interceptor (the facade's auth, User-Agent and
 * retry interceptors) and OkHttp's own headers ({@code Content-Type}, {@code Host}), and it sees each retry attempt
 * and redirect hop as its own exchange. An application interceptor would see the caller's request before those
 * additions and a retried call only once. As a network interceptor it sees the response before OkHttp's transparent
 * gzip decoding, so a gzip body is decompressed here (on a copy) before it is validated.
 *
 * <p>The response body is buffered in full before the caller receives the response (the caller reads the same bytes;
 * the validator reads a copy). A body that breaks off mid-stream therefore fails the call at {@code execute()} with the
 * same {@link IOException}, and is recorded as a failed exchange. A one-shot or duplex request body is not read (it
 * could not be sent afterwards) and is recorded as not validated.
 *
 * <p>The spec's server URL ends in {@code /v1}; Prism serves the same paths without it. {@link #forBaseUrl(HttpUrl)}
 * takes the base path from the URL the client talks to, so the same spec validates traffic to the stand-in or the
 * live API ({@code .../v1}) and to Prism ({@code /}).
 *
 * <p>What counts as an error: anything swagger-request-validator reports at ERROR level (unknown path or method,
 * missing {@code X-Api-Key}, wrong parameter or body types, missing required values, a status the operation does not
 * document with a body that is not {@code errorModel}, and members an object schema does not declare, in requests and
 * responses, since the validator treats objects as closed unless the spec says {@code additionalProperties}), plus
 * two checks of its own: a path outside the base path, and a query parameter the operation does not declare (the
 * validator and Prism both ignore those, so a misspelt {@code limit=10} would pass them).
 *
 * <p>Thread-safe: records are appended under a lock and read as snapshots.
 */
public final class SpecValidatingInterceptor implements Interceptor {

    /** Prism reports what it found wrong with a request (or its own response) in this header. */
    public static final String PRISM_VIOLATIONS_HEADER = "sl-violations";
    private static final long MAX_BODY_BYTES = 16L * 1024 * 1024;
    private static final Map<String, Checker> CHECKERS = new ConcurrentHashMap<>();

    private final String basePath;
    private final Checker checker;
    private final List<Exchange> exchanges = new ArrayList<>();

    private SpecValidatingInterceptor(String basePath, Checker checker) {
        this.basePath = basePath;
        this.checker = checker;
    }

    /**
     * Validates against {@link ItPaths#openapi()}, with the base path taken from {@code baseUrl}'s path:
     * {@code http://127.0.0.1:1234/v1} gives {@code /v1}, Prism's {@code http://127.0.0.1:1234} gives none.
     */
    public static SpecValidatingInterceptor forBaseUrl(HttpUrl baseUrl) {
        return forBasePath(baseUrl.encodedPath());
    }

    /** Validates against {@link ItPaths#openapi()}, with paths under {@code basePath} ({@code "/v1"}, or "/" for none). */
    public static SpecValidatingInterceptor forBasePath(String basePath) {
        return create(basePath, false);
    }

    /**
     * Like {@link #forBaseUrl(HttpUrl)}, but a response member the spec does not declare is a warning, not an error.
     * For the live API, which may send more than the (partial) spec describes; the SDK keeps such members. Requests
     * stay strict, and the stand-in and Prism are always held to the exact spec.
     */
    public static SpecValidatingInterceptor forLiveApi(HttpUrl baseUrl) {
        return create(baseUrl.encodedPath(), true);
    }

    private static SpecValidatingInterceptor create(String basePath, boolean openResponses) {
        String normalized = normalize(basePath);
        String spec = ItPaths.openapi().toUri().toString();
        Checker checker = CHECKERS.computeIfAbsent(spec + " " + normalized + " " + openResponses,
                key -> Checker.load(spec, normalized, openResponses));
        return new SpecValidatingInterceptor(normalized, checker);
    }

    /** The operationIds in {@code openapi.yaml}, e.g. {@code background_tracks#index}. */
    public static Set<String> specOperationIds() {
        return forBasePath("/").checker.operationIds;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Optional<String> operationId = checker.operationId(request);
        ValidationReport requestReport;
        boolean requestBodyChecked = true;
        try {
            RequestBody body = request.body();
            requestBodyChecked = body == null || !(body.isOneShot() || body.isDuplex());
            requestReport = checker.validator.validateRequest(toValidatorRequest(request, requestBodyChecked))
                    .merge(checkBasePath(request))
                    .merge(checker.checkQueryNames(request, operationId));
        } catch (IOException | RuntimeException e) {
            requestReport = failure("validator.request.exception", e);
        }

        Response response;
        byte[] bodyBytes;
        try {
            response = chain.proceed(request);
            bodyBytes = bufferBody(response);
        } catch (IOException e) {
            record(new Exchange(request.method(), request.url(), operationId, -1, requestReport,
                    ValidationReport.empty(), requestBodyChecked, null, e.toString()));
            throw e;
        }

        ValidationReport responseReport;
        try {
            responseReport = checker.validator.validateResponse(request.url().encodedPath(),
                    com.atlassian.oai.validator.model.Request.Method.valueOf(request.method().toUpperCase(Locale.ROOT)),
                    toValidatorResponse(response, bodyBytes));
        } catch (RuntimeException e) {
            responseReport = failure("validator.response.exception", e);
        }
        record(new Exchange(request.method(), request.url(), operationId, response.code(), requestReport,
                responseReport, requestBodyChecked, response.header(PRISM_VIOLATIONS_HEADER), null));
        return response;
    }

    /** Every exchange so far, oldest first. */
    public List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    /** One line per validation error (request or response) in any exchange so far. */
    public List<String> errors() {
        return exchanges().stream().flatMap(e -> e.errorLines().stream()).collect(Collectors.toList());
    }

    /** One line per warning-level message (e.g. undeclared response members under {@link #forLiveApi}). */
    public List<String> warnings() {
        return exchanges().stream().flatMap(e -> e.warningLines().stream()).collect(Collectors.toList());
    }

    /** The operationIds of the exchanges so far that got a response. */
    public Set<String> operationIdsExchanged() {
        return exchanges().stream().filter(e -> e.status() > 0).flatMap(e -> e.operationId().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Fails unless at least one exchange was seen and none had a validation error (a test that sent nothing through
     * the interceptor proves nothing, so that fails too).
     */
    public void assertNoErrors() {
        List<Exchange> all = exchanges();
        if (all.isEmpty()) {
            throw new AssertionError("No HTTP exchange went through the SpecValidatingInterceptor (base path "
                    + basePath + "); is it registered with addNetworkInterceptor on the client under test?");
        }
        List<String> errors = errors();
        if (!errors.isEmpty()) {
            throw new AssertionError(errors.size() + " openapi.yaml violation(s) in " + all.size()
                    + " exchange(s):\n  " + String.join("\n  ", errors));
        }
    }

    /** Forgets the exchanges recorded so far. */
    public void clear() {
        synchronized (exchanges) {
            exchanges.clear();
        }
    }

    public String basePath() {
        return basePath;
    }

    private void record(Exchange exchange) {
        synchronized (exchanges) {
            exchanges.add(exchange);
        }
    }

    /**
     * The validator strips a matching base path but also accepts a path without it; a client that forgot the
     * {@code /v1} prefix must not pass, so that is checked here.
     */
    private ValidationReport checkBasePath(Request request) {
        String path = request.url().encodedPath();
        if ("/".equals(basePath) || path.equals(basePath) || path.startsWith(basePath + "/")) {
            return ValidationReport.empty();
        }
        return ValidationReport.singleton(ValidationReport.Message.create("validation.request.path.basePath",
                "Path " + path + " is not under the base path " + basePath).build());
    }

    private static SimpleRequest toValidatorRequest(Request request, boolean withBody) throws IOException {
        HttpUrl url = request.url();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), url.encodedPath());
        Headers headers = request.headers();
        for (String name : headers.names()) {
            builder.withHeader(name, headers.values(name));
        }
        for (String name : url.queryParameterNames()) {
            List<String> values = new ArrayList<>();
            for (String value : url.queryParameterValues(name)) {
                values.add(value == null ? "" : value);
            }
            builder.withQueryParam(name, values);
        }
        RequestBody body = request.body();
        if (body != null) {
            MediaType contentType = body.contentType();
            if (contentType != null && request.header("Content-Type") == null) {
                builder.withContentType(contentType.toString()); // an application interceptor sees no header yet
            }
            if (withBody) {
                Buffer copy = new Buffer();
                body.writeTo(copy);
                builder.withBody(copy.readByteArray());
            }
        }
        return builder.build();
    }

    private static SimpleResponse toValidatorResponse(Response response, byte[] body) {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(response.code());
        Headers headers = response.headers();
        for (String name : headers.names()) {
            if (!"Content-Encoding".equalsIgnoreCase(name)) {
                builder.withHeader(name, headers.values(name));
            }
        }
        if (body != null && body.length > 0) {
            ResponseBody responseBody = response.body();
            MediaType type = responseBody == null ? null : responseBody.contentType();
            Charset charset = type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
            builder.withBody(new String(body, charset), charset);
        }
        return builder.build();
    }

    /**
     * Reads the whole body into the response's own buffer (so the caller still reads every byte) and returns a
     * decoded copy for the validator.
     */
    private static byte[] bufferBody(Response response) throws IOException {
        ResponseBody body = response.body();
        if (body == null) {
            return null;
        }
        BufferedSource source = body.source();
        if (source.request(MAX_BODY_BYTES + 1)) {
            throw new IOException("Response body larger than " + MAX_BODY_BYTES + " bytes; not validated");
        }
        Buffer copy = source.getBuffer().clone();
        if ("gzip".equalsIgnoreCase(response.header("Content-Encoding")) && copy.size() > 0) {
            try (GzipSource gunzip = new GzipSource(copy); Buffer plain = new Buffer()) {
                while (gunzip.read(plain, 8192) != -1) {
                    // drain
                }
                return plain.readByteArray();
            }
        }
        return copy.readByteArray();
    }

    private static ValidationReport failure(String key, Exception e) {
        return ValidationReport.singleton(ValidationReport.Message.create(key, e.toString()).build());
    }

    private static String normalize(String basePath) {
        String trimmed = basePath == null ? "" : basePath.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? "/" : (trimmed.startsWith("/") ? trimmed : "/" + trimmed);
    }

    /**
     * One request and its response (or failure), with both validation reports.
     *
     * @param status the HTTP status, or -1 when no response arrived
     * @param prismViolations Prism's {@code sl-violations} header, if the server was Prism and found something
     * @param failure the I/O failure instead of a response, if any
     */
    public record Exchange(String method, HttpUrl url, Optional<String> operationId, int status,
                           ValidationReport requestReport, ValidationReport responseReport,
                           boolean requestBodyValidated, String prismViolations, String failure) {

        /** Error-level messages about the request. */
        public List<ValidationReport.Message> requestErrors() {
            return errorsOf(requestReport);
        }

        /** Error-level messages about the response. */
        public List<ValidationReport.Message> responseErrors() {
            return errorsOf(responseReport);
        }

        public boolean hasErrors() {
            return requestReport.hasErrors() || responseReport.hasErrors();
        }

        List<String> errorLines() {
            List<String> lines = new ArrayList<>();
            String where = method + " " + url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery())
                    + (status > 0 ? " → " + status : " → no response");
            for (ValidationReport.Message m : requestErrors()) {
                lines.add(where + " [request] " + describe(m));
            }
            for (ValidationReport.Message m : responseErrors()) {
                lines.add(where + " [response] " + describe(m));
            }
            return lines;
        }

        List<String> warningLines() {
            List<String> lines = new ArrayList<>();
            String where = method + " " + url.encodedPath();
            requestReport.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.WARN)
                    .forEach(m -> lines.add(where + " [request] " + describe(m)));
            responseReport.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.WARN)
                    .forEach(m -> lines.add(where + " [response] " + describe(m)));
            return lines;
        }

        /** {@code key (parameter x | at /pointer): message}. */
        private static String describe(ValidationReport.Message m) {
            String at = m.getContext().map(c -> c.getParameter().map(p -> "parameter " + p.getName())
                    .or(() -> c.getPointers().map(ValidationReport.MessageContext.Pointers::getInstance)
                            .filter(pointer -> !pointer.isEmpty()).map(pointer -> "at " + pointer))
                    .orElse(null)).orElse(null);
            return m.getKey() + (at == null ? "" : " (" + at + ")") + ": " + m.getMessage();
        }

        private static List<ValidationReport.Message> errorsOf(ValidationReport report) {
            return report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .collect(Collectors.toUnmodifiableList());
        }

        @Override
        public String toString() {
            return method + " " + url + " → " + (status > 0 ? status : "failed: " + failure)
                    + operationId.map(id -> " (" + id + ")").orElse("")
                    + (hasErrors() ? " errors=" + errorLines() : "")
                    + (prismViolations != null ? " sl-violations=" + prismViolations : "");
        }
    }

    /** A loaded validator and operation resolver for one spec and base path; immutable and shared. */
    private static final class Checker {
        final OpenApiInteractionValidator validator;
        final ApiOperationResolver resolver;
        final Set<String> operationIds;
        /** operationId → the query parameters it declares (name → style), path-level ones included. */
        final Map<String, Map<String, Parameter.StyleEnum>> queryParameters;

        private Checker(OpenApiInteractionValidator validator, ApiOperationResolver resolver, Set<String> operationIds,
                        Map<String, Map<String, Parameter.StyleEnum>> queryParameters) {
            this.validator = validator;
            this.resolver = resolver;
            this.operationIds = operationIds;
            this.queryParameters = queryParameters;
        }

        /**
         * swagger-request-validator (like Prism) ignores query parameters the operation does not declare, so a
         * misspelt {@code limit=10} for {@code pagination[limit]} would pass both. This reports any undeclared name.
         * A deepObject parameter {@code filter[scopes]} covers {@code filter[scopes][key]} and {@code filter[scopes][]}.
         */
        ValidationReport checkQueryNames(Request request, Optional<String> operationId) {
            if (operationId.isEmpty()) {
                return ValidationReport.empty(); // an unknown path or method is already an error
            }
            Map<String, Parameter.StyleEnum> declared = queryParameters.getOrDefault(operationId.get(), Map.of());
            List<ValidationReport.Message> messages = new ArrayList<>();
            for (String name : request.url().queryParameterNames()) {
                boolean known = declared.containsKey(name) || declared.entrySet().stream()
                        .anyMatch(d -> d.getValue() == Parameter.StyleEnum.DEEPOBJECT && name.startsWith(d.getKey() + "["));
                if (!known) {
                    messages.add(ValidationReport.Message.create("validation.request.parameter.query.undeclared",
                            "Query parameter '" + name + "' is not declared for " + operationId.get()
                                    + " (declared: " + declared.keySet() + ")").build());
                }
            }
            return ValidationReport.from(messages);
        }

        static Checker load(String specUri, String basePath, boolean openResponses) {
            OpenApiInteractionValidator.Builder builder = OpenApiInteractionValidator.createForSpecificationUrl(specUri)
                    .withBasePathOverride(basePath);
            if (openResponses) {
                builder.withLevelResolver(LevelResolver.create()
                        .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.WARN)
                        .build());
            }
            OpenApiInteractionValidator validator = builder.build();
            OpenAPI api = parse(specUri);
            Set<String> ids = new TreeSet<>();
            Map<String, Map<String, Parameter.StyleEnum>> query = new java.util.HashMap<>();
            api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                ids.add(op.getOperationId());
                Map<String, Parameter.StyleEnum> names = new java.util.TreeMap<>();
                List<Parameter> params = new ArrayList<>();
                if (item.getParameters() != null) {
                    params.addAll(item.getParameters());
                }
                if (op.getParameters() != null) {
                    params.addAll(op.getParameters());
                }
                for (Parameter parameter : params) {
                    if ("query".equals(parameter.getIn())) {
                        names.put(parameter.getName(), parameter.getStyle() == null
                                ? Parameter.StyleEnum.FORM : parameter.getStyle());
                    }
                }
                query.put(op.getOperationId(), Collections.unmodifiableMap(names));
            }));
            return new Checker(validator, new ApiOperationResolver(api, basePath, false),
                    Collections.unmodifiableSet(ids), Collections.unmodifiableMap(query));
        }

        private static OpenAPI parse(String specUri) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            OpenAPI api = new OpenAPIV3Parser().read(specUri, null, options);
            if (api == null || api.getPaths() == null) {
                throw new IllegalStateException("Could not parse " + specUri);
            }
            return api;
        }

        Optional<String> operationId(Request request) {
            try {
                ApiOperationMatch match = resolver.findApiOperation(request.url().encodedPath(),
                        com.atlassian.oai.validator.model.Request.Method.valueOf(
                                request.method().toUpperCase(Locale.ROOT)));
                return match.isPathFound() && match.isOperationAllowed()
                        ? Optional.ofNullable(match.getApiOperation().getOperation().getOperationId())
                        : Optional.empty();
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
