package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.beyondwords.testkit.SpecCheckedHttp.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of openapi.yaml with a made-up resource (a project's widgets) is served with no testkit edit: its list,
 * create, retrieve, update and delete work on the generic store, and its request schema is checked.
 */
class SpecCopyTest {

    private static final String WIDGETS = """
              /projects/{project_id}/widgets:
                parameters:
                  - $ref: '#/components/parameters/projectIdPath'
                get:
                  operationId: widgets#index
                  x-beyondwords-method: list
                  parameters:
                    - {name: 'pagination[limit]', in: query, schema: {type: integer, minimum: 1}}
                    - {name: 'pagination[offset]', in: query, schema: {type: integer, minimum: 0}}
                  responses:
                    default: {$ref: '#/components/responses/error'}
                    '200':
                      description: The widgets.
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/widgetModel'}}
                          example: [{id: 1, name: Example, size: 3, created: '2023-01-01 00:00:00 UTC'}]
                  security: [{apiKey: []}]
                post:
                  operationId: widgets#create
                  x-beyondwords-method: create
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/widgetBody'}
                  responses:
                    default: {$ref: '#/components/responses/error'}
                    '201':
                      description: The widget.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/widgetModel'}
                          example: {id: 1, name: Example, size: 3, created: '2023-01-01 00:00:00 UTC'}
                  security: [{apiKey: []}]
              /projects/{project_id}/widgets/{id}:
                parameters:
                  - $ref: '#/components/parameters/projectIdPath'
                  - {name: id, in: path, required: true, schema: {type: string}}
                get:
                  operationId: widgets#show
                  x-beyondwords-method: retrieve
                  responses:
                    default: {$ref: '#/components/responses/error'}
                    '200':
                      description: The widget.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/widgetModel'}
                          example: {id: 1, name: Example, size: 3, created: '2023-01-01 00:00:00 UTC'}
                  security: [{apiKey: []}]
                put:
                  operationId: widgets#update
                  x-beyondwords-method: update
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/widgetBody'}
                  responses:
                    default: {$ref: '#/components/responses/error'}
                    '200':
                      description: The widget.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/widgetModel'}
                          example: {id: 1, name: Example, size: 3, created: '2023-01-01 00:00:00 UTC'}
                  security: [{apiKey: []}]
                delete:
                  operationId: widgets#destroy
                  x-beyondwords-method: delete
                  responses:
                    default: {$ref: '#/components/responses/error'}
                    '204':
                      description: Gone.
                  security: [{apiKey: []}]
            """;

    private static final String SCHEMAS = """
                widgetBody:
                  type: object
                  properties:
                    name: {type: string}
                    size: {type: integer, minimum: 1}
                widgetModel:
                  type: object
                  required: [id, name]
                  properties:
                    id: {type: integer}
                    name: {type: string}
                    size: {type: integer}
                    created: {type: string}
            """;

    @Test
    void aMadeUpResourceIsServedFromTheSpecAlone(@TempDir Path dir) throws IOException {
        String spec = Files.readString(SpecCheckedHttp.SPEC);
        assertThat(spec).contains("\npaths:\n", "\n  schemas:\n").doesNotContain("widgets");
        Path copy = dir.resolve("openapi.yaml");
        Files.writeString(copy, spec.replace("\npaths:\n", "\npaths:\n" + WIDGETS)
                .replace("\n  schemas:\n", "\n  schemas:\n" + SCHEMAS));

        OpenApiInteractionValidator validator =
                OpenApiInteractionValidator.createForSpecificationUrl(copy.toUri().toString()).build();
        try (BeyondWordsStandIn standIn = BeyondWordsStandIn.builder().spec(copy).build().start()) {
            SpecCheckedHttp http = new SpecCheckedHttp(standIn);
            String widgets = "/projects/1/widgets";

            Result created = send(http, validator, "POST", widgets, "{\"name\":\"Blue\",\"size\":7}");
            assertThat(created.status()).isEqualTo(201);
            JsonObject widget = created.json().getAsJsonObject();
            assertThat(widget.get("id").getAsLong()).isEqualTo(1);
            assertThat(widget.get("name").getAsString()).isEqualTo("Blue");
            assertThat(widget.get("size").getAsInt()).isEqualTo(7);

            Result listed = send(http, validator, "GET", widgets + "?pagination[limit]=5", null);
            assertThat(listed.json().getAsJsonArray()).containsExactly(widget);
            assertThat(listed.header("X-Pagination-Limit")).isEqualTo("5");

            Result updated = send(http, validator, "PUT", widgets + "/1", "{\"size\":9}");
            assertThat(updated.json().getAsJsonObject().get("size").getAsInt()).isEqualTo(9);
            assertThat(updated.json().getAsJsonObject().get("name").getAsString()).isEqualTo("Blue");
            assertThat(send(http, validator, "GET", widgets + "/1", null).json()).isEqualTo(updated.json());

            Result invalid = send(http, validator, "POST", widgets, "{\"name\":\"Red\",\"size\":0}");
            assertThat(invalid.status()).isEqualTo(422);
            assertThat(invalid.json().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject()
                    .get("location").getAsString()).isEqualTo("size");
            assertThat(standIn.served()).filteredOn(op -> op.path().contains("widgets"))
                    .extracting(SpecResources.Served::kind).containsExactly(SpecResources.Kind.LIST,
                            SpecResources.Kind.CREATE, SpecResources.Kind.RETRIEVE, SpecResources.Kind.UPDATE,
                            SpecResources.Kind.DELETE);

            assertThat(send(http, validator, "DELETE", widgets + "/1", null).status()).isEqualTo(204);
            assertThat(send(http, validator, "GET", widgets + "/1", null).status()).isEqualTo(404);
            assertThat(send(http, validator, "GET", "/projects/42/widgets", null).status()).as("unknown project")
                    .isEqualTo(404);
        }
    }

    /** One exchange, its response checked against the copy of the spec. */
    private static Result send(SpecCheckedHttp http, OpenApiInteractionValidator validator, String method,
            String path, String json) throws IOException {
        Request request = http.request(path)
                .method(method, json == null ? null : RequestBody.create(json, SpecCheckedHttp.JSON)).build();
        Result result;
        try (Response response = http.http.newCall(request).execute()) {
            result = new Result(response.code(), response.headers(), response.body().string());
        }
        ValidationReport report = validator.validateResponse(request.url().encodedPath(),
                com.atlassian.oai.validator.model.Request.Method.valueOf(method),
                SpecCheckedHttp.toValidatorResponse(result));
        assertThat(report.hasErrors()).as("%s %s -> %s: %s", method, path, result.body(), report).isFalse();
        return result;
    }
}
