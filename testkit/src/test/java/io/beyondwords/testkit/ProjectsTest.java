package io.beyondwords.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.beyondwords.testkit.SpecCheckedHttp.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every project operation of the stand-in, each exchange validated against openapi.yaml. */
class ProjectsTest {

    private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");

    private MutableClock clock;
    private BeyondWordsStandIn standIn;
    private SpecCheckedHttp http;

    @BeforeEach
    void start() {
        clock = new MutableClock(START);
        standIn = BeyondWordsStandIn.builder().clock(clock).build().start();
        http = new SpecCheckedHttp(standIn);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void aStandInStartsWithTheDefaultProjectUnlessBuiltWithout() {
        JsonArray listed = http.get("/projects").json().getAsJsonArray();

        assertThat(listed).hasSize(1);
        JsonObject project = listed.get(0).getAsJsonObject();
        assertThat(project.get("id").getAsLong()).isEqualTo(BeyondWordsStandIn.DEFAULT_PROJECT_ID);
        assertThat(project.get("name").getAsString()).isEqualTo(BeyondWordsStandIn.DEFAULT_PROJECT_NAME);
        assertThat(project.get("language").getAsString()).isEqualTo("en_US");
        assertThat(project.get("environment").getAsString()).isEqualTo("production");
        assertThat(standIn.projects()).extracting(StandInProject::id).containsExactly(1L);

        try (BeyondWordsStandIn bare = BeyondWordsStandIn.builder().withoutDefaultProject().build().start()) {
            assertThat(new SpecCheckedHttp(bare).get("/projects").json().getAsJsonArray()).isEmpty();
            bare.reset();
            assertThat(bare.projects()).isEmpty();
        }
    }

    @Test
    void createAnswers200WithTheApisDefaults() {
        Result result = http.post("/projects", "{\"name\":\"Morning news\",\"language\":\"en_GB\"}");

        assertThat(result.status()).as("the docs document 200 here").isEqualTo(200);
        JsonObject project = result.json().getAsJsonObject();
        assertThat(project.get("id").getAsLong()).isEqualTo(2);
        assertThat(project.get("name").getAsString()).isEqualTo("Morning news");
        assertThat(project.get("language").getAsString()).isEqualTo("en_GB");
        assertThat(project.getAsJsonObject("language_data").get("accent").getAsString()).isEqualTo("British");
        assertThat(project.get("auto_publish_enabled").getAsBoolean()).isTrue();
        assertThat(project.has("environment")).isFalse();
        assertThat(project.get("content_total_count").getAsInt()).isZero();
        assertThat(project.get("content_updated").isJsonNull()).isTrue();
        assertThat(project.get("created").getAsString()).isEqualTo("2023-01-01 00:00:00 UTC");

        StandInProject held = standIn.project(2).orElseThrow();
        assertThat(held.name()).isEqualTo("Morning news");
        assertThat(held.language()).isEqualTo("en_GB");
        assertThat(held.json()).contains("\"content_total_count\":0");
    }

    @Test
    void createKeepsTheOptionalMembers() {
        JsonObject project = http.post("/projects", "{\"name\":\"Staging\",\"language\":\"xx_YY\","
                + "\"auto_publish_enabled\":false,\"avatar_url\":\"https://example.com/a.png\","
                + "\"time_zone\":\"Europe/Paris\",\"environment\":\"staging\"}").json().getAsJsonObject();

        assertThat(project.get("auto_publish_enabled").getAsBoolean()).isFalse();
        assertThat(project.get("avatar_url").getAsString()).isEqualTo("https://example.com/a.png");
        assertThat(project.get("time_zone").getAsString()).isEqualTo("Europe/Paris");
        assertThat(project.get("environment").getAsString()).isEqualTo("staging");
        assertThat(project.getAsJsonObject("language_data").keySet()).as("an unlisted language: its code only")
                .containsExactly("code");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"language\":\"en_US\"}                                  | name",
        "{\"name\":\"A\"}                                          | language",
        "{}                                                        | name,language",
        "{\"name\":\"A\",\"language\":{\"code\":\"en_US\"}}        | language",
        "{\"name\":\"A\",\"language\":\"en_US\",\"environment\":\"prod\"} | environment",
    })
    void invalidCreateIs422(String body, String locations) {
        Result result = http.sendRaw("POST", "/projects", body);
        assertThat(result.status()).isEqualTo(422);
        assertThat(locations(result)).containsExactlyInAnyOrder(locations.split(","));
        assertThat(standIn.projects()).hasSize(1);
    }

    @Test
    void retrieveAndUpdate() {
        long id = standIn.addProject("Sport").id();
        clock.advance(Duration.ofMinutes(1));

        Result updated = http.put("/projects/" + id, "{\"name\":\"Sport desk\",\"language\":{\"code\":\"fr_FR\"}}");

        JsonObject project = updated.json().getAsJsonObject();
        assertThat(updated.status()).isEqualTo(200);
        assertThat(project.get("name").getAsString()).isEqualTo("Sport desk");
        assertThat(project.get("language").getAsString()).isEqualTo("fr_FR");
        assertThat(project.getAsJsonObject("language_data").get("name").getAsString()).isEqualTo("French");
        assertThat(project.get("updated").getAsString()).isEqualTo("2023-01-01 00:01:00 UTC");
        assertThat(http.get("/projects/" + id).json()).isEqualTo(updated.json());
        assertThat(http.put("/projects/" + id, "{\"name\":\"Only the name\"}").json().getAsJsonObject()
                .get("language").getAsString()).isEqualTo("fr_FR");
    }

    @Test
    void unknownProjectsAre404AndInvalidUpdatesAre422() {
        assertThat(http.get("/projects/99").status()).isEqualTo(404);
        assertThat(http.get("/projects/abc").status()).isEqualTo(404);
        assertThat(http.put("/projects/99", "{\"name\":\"X\"}").status()).isEqualTo(404);
        assertThat(http.get("/projects/99/voices").status()).isEqualTo(404);
        Result invalid = http.sendRaw("PUT", "/projects/1", "{\"name\":5,\"language\":{}}");
        assertThat(locations(invalid)).as("openapi.yaml requires no language code").containsExactly("name");
        assertThat(standIn.project(1).orElseThrow().name()).isEqualTo(BeyondWordsStandIn.DEFAULT_PROJECT_NAME);
    }

    @Test
    void listFiltersOrdersAndPages() {
        clock.advance(Duration.ofSeconds(1));
        http.post("/projects", "{\"name\":\"Zeta\",\"language\":\"en_GB\",\"environment\":\"staging\"}");
        http.post("/projects", "{\"name\":\"Alpha\",\"language\":\"en_GB\",\"environment\":\"production\"}");
        clock.advance(Duration.ofSeconds(1));
        http.post("/projects", "{\"name\":\"Mid\",\"language\":\"de_DE\"}");

        assertThat(names(http.get("/projects?filter[name]=Alpha"))).containsExactly("Alpha");
        assertThat(names(http.get("/projects?filter[environment]=production"))).containsExactly("Default project",
                "Alpha");
        assertThat(names(http.get("/projects?filter[language.code]=en_GB"))).containsExactly("Zeta", "Alpha");
        assertThat(names(http.get("/projects?order[by]=name&order[dir]=asc")))
                .containsExactly("Alpha", "Default project", "Mid", "Zeta");
        assertThat(names(http.get("/projects?order[by]=name&order[dir]=desc&pagination[limit]=2")))
                .containsExactly("Zeta", "Mid");
        assertThat(names(http.get("/projects?order[by]=created&order[dir]=desc")))
                .as("Zeta and Alpha were created in the same second: then by id").containsExactly("Mid", "Alpha",
                        "Zeta", "Default project");
        assertThat(names(http.get("/projects?order[by]=created"))).as("asc is the default direction")
                .containsExactly("Default project", "Zeta", "Alpha", "Mid");
        Result page = http.get("/projects?pagination[limit]=3&pagination[offset]=1");
        assertThat(names(page)).containsExactly("Zeta", "Alpha", "Mid");
        assertThat(page.header("X-Pagination-Limit")).isEqualTo("3");
    }

    @Test
    void aProjectCountsItsContent() {
        standIn.addContent(1, "First");
        clock.advance(Duration.ofSeconds(30));
        standIn.addContent(1, "Second");

        JsonObject project = http.get("/projects/1").json().getAsJsonObject();

        assertThat(project.get("content_total_count").getAsInt()).isEqualTo(2);
        assertThat(project.get("content_updated").getAsString()).isEqualTo("2023-01-01 00:00:30 UTC");
    }

    @Test
    void aProjectsVoicesAreTheFixedList() {
        JsonArray voices = http.get("/projects/1/voices").json().getAsJsonArray();

        assertThat(voices).hasSize(7);
        JsonObject first = voices.get(0).getAsJsonObject();
        assertThat(first.get("name").getAsString()).isEqualTo("Harriet");
        assertThat(first.get("gender").getAsString()).isEqualTo("female");
    }

    private static List<String> names(Result result) {
        List<String> names = new ArrayList<>();
        result.json().getAsJsonArray().forEach(p -> names.add(p.getAsJsonObject().get("name").getAsString()));
        return names;
    }

    private static List<String> locations(Result result) {
        List<String> locations = new ArrayList<>();
        result.json().getAsJsonObject().getAsJsonArray("errors")
                .forEach(e -> locations.add(e.getAsJsonObject().get("location").getAsString()));
        return locations;
    }
}
