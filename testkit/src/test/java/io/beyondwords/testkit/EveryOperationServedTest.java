package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of openapi.yaml (read by swagger-parser, not by the stand-in) is served: each is called over HTTP
 * with the spec's own request example, answers 2xx, and the exchange passes swagger-request-validator both ways.
 */
class EveryOperationServedTest {

    /** The operations of openapi.yaml as {@code METHOD /path}, in its order. */
    static List<String[]> specOperations() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().read(SpecCheckedHttp.SPEC.toUri().toString(), null, options);
        List<String[]> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation
                    : path.getValue().readOperationsMap().entrySet()) {
                operations.add(new String[] {operation.getKey().name(), path.getKey(),
                    body(api, operation.getValue())});
            }
        }
        return operations;
    }

    /** The operation's first request example as JSON, or null when it takes no body. */
    private static String body(OpenAPI api, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        MediaType media = operation.getRequestBody().getContent().get("application/json");
        if (media.getExample() != null) {
            return new Gson().toJson(media.getExample());
        }
        if (media.getExamples() != null && !media.getExamples().isEmpty()) {
            Example example = media.getExamples().values().iterator().next();
            if (example.get$ref() != null) {
                example = api.getComponents().getExamples().get(example.get$ref().replaceFirst(".*/", ""));
            }
            return io.swagger.v3.core.util.Json.pretty(example.getValue());
        }
        return "{}";
    }

    private BeyondWordsStandIn standIn;
    private SpecCheckedHttp http;
    private StandInContent content;

    @BeforeEach
    void start() {
        standIn = BeyondWordsStandIn.startDefault();
        http = new SpecCheckedHttp(standIn);
        content = standIn.addContent(1, ContentSeed.titled("Rain").sourceId("weather-1")
                .sourceUrl("https://example.com/weather/1"));
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void theStandInRegistryNamesEveryOperation() {
        List<String> spec = specOperations().stream().map(op -> op[0] + " " + op[1]).toList();
        List<String> served = standIn.served().stream().map(op -> op.method() + " " + op.path()).toList();

        assertThat(spec).hasSize(58);
        assertThat(served).containsExactlyElementsOf(spec);
    }

    @Test
    void everyOperationAnswers2xxToItsOwnExample() {
        List<String[]> operations = new ArrayList<>(specOperations());
        // Deletes last, so that every item an operation names is still there.
        operations.sort((a, b) -> Boolean.compare(a[0].equals("DELETE"), b[0].equals("DELETE")));
        List<String> answered = new ArrayList<>();
        for (String[] operation : operations) {
            String path = fill(operation[1]);
            RequestBody body = operation[2] == null ? null : RequestBody.create(operation[2], SpecCheckedHttp.JSON);
            Request request = http.request(path).method(operation[0], body).build();

            SpecCheckedHttp.Result result = http.send(request, SpecCheckedHttp.Check.BOTH);

            assertThat(result.status()).as("%s %s -> %s", operation[0], path, result.body()).isBetween(200, 299);
            answered.add(operation[0] + " " + operation[1]);
        }
        assertThat(answered).hasSize(58);
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** The path with every variable naming something the stand-in holds (the first item of each resource). */
    private String fill(String template) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String before = template.substring(0, matcher.start());
            String value;
            if (before.endsWith("/content/") || before.endsWith("/by_content_id/")) {
                value = content.id();
            } else if (before.endsWith("/by_source_id/")) {
                value = "weather-1";
            } else if (before.endsWith("/by_source_url/")) {
                value = URLEncoder.encode("https://example.com/weather/1", StandardCharsets.UTF_8);
            } else if (before.endsWith("/by_identifiers/")) {
                value = URLEncoder.encode("[\"weather-1\"]", StandardCharsets.UTF_8);
            } else if (before.endsWith("/organization/voices/")) {
                value = "1001";
            } else {
                value = "1";
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }
}
