package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import com.google.gson.JsonObject;
import io.beyondwords.errors.InconsistentPagesException;
import io.beyondwords.RawResponse;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.paging.Page;
import io.beyondwords.projects.Project;
import io.beyondwords.projects.ProjectCreateParams;
import io.beyondwords.projects.ProjectEnvironment;
import io.beyondwords.projects.ProjectListParams;
import io.beyondwords.projects.ProjectOrder;
import io.beyondwords.projects.ProjectUpdateParams;
import io.beyondwords.projects.ProjectVoice;
import io.beyondwords.projects.SortDirection;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Every operation tagged Projects in openapi.yaml through the facade, sync and async, against Prism: list (every
 * query parameter under its spec name), create, retrieve, update and voices. Prism answers with the spec's
 * projectListExample, projectExample and projectVoicesExample; each value is validated and compared with them.
 */
class ProjectsAgainstPrismIT extends ResourceAgainstPrism {

    private static final JsonObject PROJECT = SpecExamples.object("projectExample");
    private static final JsonObject LISTED = SpecExamples.firstItem("projectListExample");
    private static final JsonObject VOICE = SpecExamples.firstItem("projectVoicesExample");

    ProjectsAgainstPrismIT() {
        super("Projects");
    }

    // ---------------------------------------------------------------- projects#index

    @Test
    void listSendsEveryQueryParameterUnderItsSpecName() {
        ProjectListParams params = ProjectListParams.builder().limit(5).offset(2).orderBy(ProjectOrder.CREATED)
                .orderDirection(SortDirection.DESC).environment(ProjectEnvironment.STAGING).name("Morning news")
                .languageCode("en_US").build();

        Page<Project> page = sync.client.projects().list(params);

        assertThat(page.items()).as(prism.output()).singleElement().satisfies(p -> assertListed(p.validate()));
        assertThat(page.offset()).isEqualTo(2);
        assertThat(page.hasNextPage()).as("1 item on a page of 5 is the last page").isFalse();
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("projects#index");
        assertThat(exchange.prismViolations()).as("Prism found nothing wrong").isNull();
        HttpUrl url = exchange.url();
        assertThat(url.encodedPath()).isEqualTo("/projects");
        assertThat(url.queryParameter("pagination[limit]")).isEqualTo("5");
        assertThat(url.queryParameter("pagination[offset]")).isEqualTo("2");
        assertThat(url.queryParameter("order[by]")).isEqualTo("created");
        assertThat(url.queryParameter("order[dir]")).isEqualTo("desc");
        assertThat(url.queryParameter("filter[environment]")).isEqualTo("staging");
        assertThat(url.queryParameter("filter[name]")).isEqualTo("Morning news");
        assertThat(url.queryParameter("filter[language.code]")).isEqualTo("en_US");
    }

    @Test
    void listWithoutParametersAndAutoPaging() {
        Page<Project> page = sync.client.projects().list();
        assertThat(page.items()).singleElement().satisfies(p -> assertListed(p.validate()));
        assertThat(sync.onlyExchange().url().queryParameterNames()).isSubsetOf("pagination[offset]");
        sync.validator().clear();

        // Prism answers every page with the same one project, as a server that ignores the offset would: the pager
        // asks for the next page with the filter kept, sees the page repeat, and stops with the typed error.
        Iterator<Project> all = sync.client.projects()
                .list(ProjectListParams.builder().limit(1).orderBy(ProjectOrder.NAME).build())
                .autoPager().iterator();
        assertListed(all.next().validate());
        assertThatThrownBy(all::hasNext).isInstanceOf(InconsistentPagesException.class);
        assertThat(sync.exchanges()).extracting(e -> e.url().queryParameter("pagination[offset]"))
                .containsExactly(null, "1");
        assertThat(sync.exchanges()).extracting(e -> e.url().queryParameter("order[by]")).containsOnly("name");
    }

    // ---------------------------------------------------------------- projects#create

    @Test
    void createWithEveryField() {
        Project created = sync.client.projects().create(ProjectCreateParams.builder().name("Morning news")
                .language("en_US").autoPublishEnabled(false).avatarUrl("https://example.com/avatar.jpg")
                .timeZone("Europe/London").environment(ProjectEnvironment.PRODUCTION).build());

        assertProject(created.validate());
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.method()).isEqualTo("POST");
        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.requestBodyValidated()).as("the body itself went through the validator").isTrue();
        assertThat(exchange.prismViolations()).isNull();
    }

    @Test
    void rawCreateWithTheRequiredFieldsOnly() {
        RawResponse<Project> raw = sync.client.projects().withRawResponse()
                .create(ProjectCreateParams.builder().name("Evening news").language("en_GB").build());

        assertThat(raw.statusCode()).isEqualTo(200);
        assertProject(raw.body().validate());
    }

    // ---------------------------------------------------------------- projects#show

    @Test
    void retrieve() {
        Project project = sync.client.projects().retrieve(1);

        assertProject(project.validate());
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/1");
        assertThat(exchange.operationId()).hasValue("projects#show");
    }

    // ---------------------------------------------------------------- projects#update

    @Test
    void updateWithEveryField() {
        Project updated = sync.client.projects()
                .update(7, ProjectUpdateParams.builder().name("Renamed").languageCode("en_GB").build());

        assertProject(updated.validate());
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.method()).isEqualTo("PUT");
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/7");
        assertThat(exchange.requestBodyValidated()).isTrue();
        assertThat(exchange.prismViolations()).isNull();
    }

    // ---------------------------------------------------------------- projects#voices

    @Test
    void voices() {
        List<ProjectVoice> voices = sync.client.projects().voices(1);

        assertThat(voices).singleElement().satisfies(v -> assertVoice(v.validate()));
        assertThat(sync.onlyExchange().url().encodedPath()).isEqualTo("/projects/1/voices");
    }

    // ---------------------------------------------------------------- the async API, every operation

    @Test
    void asyncEveryOperation() throws Exception {
        Page<Project> first = await(async.client.async().projects()
                .list(ProjectListParams.builder().limit(1).environment(ProjectEnvironment.PRODUCTION).build()));
        assertThat(first.items()).singleElement().satisfies(p -> assertListed(p.validate()));
        assertThatThrownBy(() -> await(first.nextPageAsync())).as("Prism answers every offset with the same example: the pager stops")
                .hasCauseInstanceOf(InconsistentPagesException.class);

        assertProject(await(async.client.async().projects()
                .create(ProjectCreateParams.builder().name("Morning news").language("en_US").build())).validate());
        assertProject(await(async.client.async().projects().retrieve(1)).validate());
        assertProject(await(async.client.async().projects()
                .update(1, ProjectUpdateParams.builder().name("Renamed").build())).validate());
        assertThat(await(async.client.async().projects().voices(1)))
                .singleElement().satisfies(v -> assertVoice(v.validate()));
        RawResponse<Project> raw = await(async.client.async().projects().withRawResponse().retrieve(1));
        assertThat(raw.statusCode()).isEqualTo(200);

        assertThat(async.exchanges()).extracting(e -> e.operationId().orElse("?")).containsExactly(
                "projects#index", "projects#index", "projects#create", "projects#show", "projects#update",
                "projects#voices", "projects#show");
        assertThat(async.exchanges().get(1).url().queryParameter("filter[environment]"))
                .as("the filter is kept on the next page").isEqualTo("production");
    }

    // ---------------------------------------------------------------- against the spec's examples

    /** projectExample: members of every kind (nested sections, null members, timestamps in the docs' format). */
    private static void assertProject(Project project) {
        assertThat(project.id()).isEqualTo(PROJECT.get("id").getAsLong());
        assertThat(project.name()).isEqualTo(PROJECT.get("name").getAsString());
        assertThat(project.language()).hasValue(PROJECT.get("language").getAsString());
        assertThat(project.languageData()).hasValueSatisfying(data -> assertThat(data.accent())
                .hasValue(PROJECT.getAsJsonObject("language_data").get("accent").getAsString()));
        assertThat(project.environment()).hasValue(ProjectEnvironment.PRODUCTION);
        assertThat(project.avatarUrl()).hasValue(URI.create(PROJECT.get("avatar_url").getAsString()));
        assertThat(project.body()).hasValueSatisfying(body -> assertThat(body.voice()).hasValueSatisfying(voice ->
                assertThat(voice.speakingRate()).hasValue(PROJECT.getAsJsonObject("body").getAsJsonObject("voice")
                        .get("speaking_rate").getAsInt())));
        assertThat(project.summary()).as("null in the example").isEmpty();
        assertThat(project.backgroundTrack()).as("null in the example").isEmpty();
        assertThat(project.created()).hasValue(Instant.parse("2023-01-02T09:00:00Z"));
    }

    /** projectListExample: a project as the list shows it. */
    private static void assertListed(Project project) {
        assertThat(project.id()).isEqualTo(LISTED.get("id").getAsLong());
        assertThat(project.name()).isEqualTo(LISTED.get("name").getAsString());
        assertThat(project.autoPublishEnabled()).hasValue(LISTED.get("auto_publish_enabled").getAsBoolean());
        assertThat(project.updated()).hasValue(Instant.parse("2023-03-04T10:30:00Z"));
    }

    /** projectVoicesExample. */
    private static void assertVoice(ProjectVoice voice) {
        assertThat(voice.id()).isEqualTo(VOICE.get("id").getAsLong());
        assertThat(voice.name()).isEqualTo(VOICE.get("name").getAsString());
        assertThat(voice.gender()).hasValue(VOICE.get("gender").getAsString());
        assertThat(voice.secondaryLanguages()).hasValue(List.of("en_GB"));
    }
}
