package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.beyondwords.testkit.SpecCheckedHttp.Result;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A stateful story per resource the stand-in serves from openapi.yaml alone (every collection with a create that no
 * hand-written resource serves, found in the spec, not listed here): create, it is in the list, update it, retrieve
 * shows the update, delete it, 404 after. Steps the spec does not describe for a resource are skipped. Every exchange
 * passes swagger-request-validator both ways.
 */
class GenericResourceStoryTest {

    /** The request example of each operation, by {@code METHOD /path}. */
    private static final Map<String, String> BODIES = EveryOperationServedTest.specOperations().stream()
            .filter(op -> op[2] != null).collect(Collectors.toMap(op -> op[0] + " " + op[1], op -> op[2]));

    static Stream<String> generatedCollections() {
        try (BeyondWordsStandIn standIn = BeyondWordsStandIn.builder().build()) {
            List<String> collections = standIn.served().stream()
                    .filter(op -> op.kind() == SpecResources.Kind.CREATE).map(SpecResources.Served::path).toList();
            assertThat(collections).as("resources served from the spec alone").hasSizeGreaterThanOrEqualTo(4);
            return collections.stream();
        }
    }

    private BeyondWordsStandIn standIn;
    private SpecCheckedHttp http;

    @BeforeEach
    void start() {
        standIn = BeyondWordsStandIn.startDefault();
        http = new SpecCheckedHttp(standIn);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @ParameterizedTest
    @MethodSource("generatedCollections")
    void createListUpdateRetrieveDelete(String collection) {
        Map<SpecResources.Kind, String> item = standIn.served().stream()
                .filter(op -> op.path().startsWith(collection + "/{") && op.path().indexOf('/', collection.length()
                        + 1) < 0)
                .collect(Collectors.toMap(SpecResources.Served::kind, SpecResources.Served::path));
        boolean listed = standIn.served().stream()
                .anyMatch(op -> op.kind() == SpecResources.Kind.LIST && op.path().equals(collection));
        String base = collection.replaceAll("\\{[^}]+}", "1");

        Result created = http.post(base, BODIES.get("POST " + collection));
        Result second = http.post(base, BODIES.get("POST " + collection));
        assertThat(created.status()).isBetween(200, 201);
        String id = created.json().getAsJsonObject().get("id").getAsString();
        assertThat(second.json().getAsJsonObject().get("id").getAsString()).as("ids in order")
                .isGreaterThan(id).hasSameSizeAs(id);
        JsonObject sent = jsonObject(BODIES.get("POST " + collection));
        echoed(sent, created.json().getAsJsonObject());

        if (listed) {
            assertThat(ids(http.get(base))).containsExactly(id, second.json().getAsJsonObject().get("id")
                    .getAsString());
            if (collection.startsWith("/projects/{")) {
                long other = standIn.addProject("Other").id();
                assertThat(ids(http.get(collection.replaceAll("\\{[^}]+}", Long.toString(other)))))
                        .as("another project's").isEmpty();
            }
        }
        JsonElement latest = created.json();
        Optional<String> update = Optional.ofNullable(item.get(SpecResources.Kind.UPDATE));
        if (update.isPresent()) {
            String body = BODIES.getOrDefault("PUT " + update.get(), BODIES.get("POST " + collection));
            Result updated = http.put(base + "/" + id, body);
            assertThat(updated.status()).isEqualTo(200);
            echoed(jsonObject(body), updated.json().getAsJsonObject());
            latest = updated.json();
        }
        if (item.containsKey(SpecResources.Kind.RETRIEVE)) {
            assertThat(http.get(base + "/" + id).json()).isEqualTo(latest);
            assertThat(http.get(base + "/999999").status()).isEqualTo(404);
        }
        if (item.containsKey(SpecResources.Kind.DELETE)) {
            assertThat(http.delete(base + "/" + id).status()).isEqualTo(204);
            assertThat(http.get(base + "/" + id).status()).isEqualTo(404);
            assertThat(http.delete(base + "/" + id).status()).isEqualTo(404);
        }
        if (collection.startsWith("/projects/{")) {
            Result orphan = http.sendRaw("POST", collection.replaceAll("\\{[^}]+}", "99"),
                    BODIES.get("POST " + collection));
            assertThat(orphan.status()).as("under an unknown project").isEqualTo(404);
        }
    }

    /** The members sent that the answer's shape has come back as sent. */
    private static void echoed(JsonObject sent, JsonObject answer) {
        for (Map.Entry<String, JsonElement> member : sent.entrySet()) {
            JsonElement value = member.getValue();
            if (value.isJsonPrimitive() && answer.has(member.getKey())) {
                assertThat(answer.get(member.getKey())).as(member.getKey()).isEqualTo(value);
            }
        }
    }

    private static JsonObject jsonObject(String json) {
        return com.google.gson.JsonParser.parseString(json).getAsJsonObject();
    }

    private static List<String> ids(Result list) {
        Function<JsonElement, String> id = item -> item.getAsJsonObject().get("id").getAsString();
        return list.json().getAsJsonArray().asList().stream().map(id).toList();
    }
}
