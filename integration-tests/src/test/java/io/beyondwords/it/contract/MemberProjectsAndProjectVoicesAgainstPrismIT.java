package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.beyondwords.JsonValue;
import io.beyondwords.RawResponse;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.memberprojects.MemberProject;
import io.beyondwords.memberprojects.MemberProjectUpdateParams;
import io.beyondwords.paging.Page;
import io.beyondwords.projectvoices.VoicePermission;
import io.beyondwords.projectvoices.VoicePermissionListParams;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Every operation tagged Member projects or Project voices in openapi.yaml (a member's favourite project; which
 * voices each project may use) through the facade, sync and async, against Prism, which answers with the spec's
 * memberProjectExample and voicePermissionListExample; each value is validated and compared with them.
 */
class MemberProjectsAndProjectVoicesAgainstPrismIT extends ResourceAgainstPrism {

    private static final JsonObject PROJECT = SpecExamples.object("memberProjectExample");
    private static final JsonArray PERMISSIONS = SpecExamples.value("voicePermissionListExample").getAsJsonArray();

    MemberProjectsAndProjectVoicesAgainstPrismIT() {
        super("Member projects", "Project voices");
    }

    // ---------------------------------------------------------------- member_projects#update

    @Test
    void updateMemberProject() {
        MemberProjectUpdateParams params = MemberProjectUpdateParams.builder().favourite(true).build();

        MemberProject project = sync.client.memberProjects().update(7, 1, params);

        assertMemberProject(project);
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("member_projects#update");
        assertThat(exchange.method()).isEqualTo("PUT");
        assertThat(exchange.url().encodedPath()).isEqualTo("/members/7/projects/1");
        assertThat(exchange.requestBodyValidated()).isTrue();
        assertThat(exchange.prismViolations()).isNull();

        JsonObject sent = SentBodies.of(prism.baseUrl(), FAKE_KEY,
                client -> client.memberProjects().update(7, 1, params));
        assertThat(sent).hasToString("{\"favourite\":true}");
    }

    // ---------------------------------------------------------------- project_voices#index

    @Test
    void voicePermissionsWithEveryQueryParameter() {
        Page<VoicePermission> page = sync.client.projectVoices().list(VoicePermissionListParams.builder().limit(5)
                .offset(0).projectId(1).voiceId(2517).build());

        assertPermissions(page.items());
        assertThat(page.hasNextPage()).isFalse();
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("project_voices#index");
        assertThat(exchange.prismViolations()).isNull();
        HttpUrl url = exchange.url();
        assertThat(url.encodedPath()).isEqualTo("/organization/voices/permissions");
        assertThat(url.queryParameter("pagination[limit]")).isEqualTo("5");
        assertThat(url.queryParameter("filter[project.id]")).isEqualTo("1");
        assertThat(url.queryParameter("filter[voice.id]")).isEqualTo("2517");
    }

    @Test
    void voicePermissionsWithoutParameters() {
        assertPermissions(sync.client.projectVoices().list().items());
        assertThat(sync.onlyExchange().url().queryParameterNames()).isSubsetOf("pagination[offset]");
    }

    // ---------------------------------------------------------------- the async API, every operation

    @Test
    void asyncEveryOperation() throws Exception {
        assertMemberProject(await(async.client.async().memberProjects()
                .update(7, 1, MemberProjectUpdateParams.builder().favourite(false).build())));
        assertPermissions(await(async.client.async().projectVoices()
                .list(VoicePermissionListParams.builder().voiceId(3555).build())).items());
        RawResponse<MemberProject> raw = await(async.client.async().memberProjects().withRawResponse()
                .update(7, 1, MemberProjectUpdateParams.builder().favourite(true).build()));
        assertThat(raw.statusCode()).isEqualTo(200);
        assertMemberProject(raw.body());

        assertThat(async.exchanges()).extracting(e -> e.operationId().orElse("?")).containsExactly(
                "member_projects#update", "project_voices#index", "member_projects#update");
        assertThat(async.exchanges().get(1).url().queryParameter("filter[voice.id]")).isEqualTo("3555");
    }

    // ---------------------------------------------------------------- against the spec's examples

    /** memberProjectExample: a favourite project with nested sections, a background track and null members. */
    private static void assertMemberProject(MemberProject project) {
        project.validate();
        assertThat(project.id()).isEqualTo(PROJECT.get("id").getAsLong());
        assertThat(project.name()).isEqualTo(PROJECT.get("name").getAsString());
        assertThat(project.favourite()).hasValue(true);
        assertThat(project.languageData()).hasValueSatisfying(d -> assertThat(d).containsEntry("accent",
                JsonValue.of("American")));
        assertThat(project.contentUpdated()).hasValue(Instant.parse("2023-11-07T05:31:56Z"));
        assertThat(project.body()).hasValueSatisfying(body -> assertThat(body.voice()).hasValueSatisfying(voice -> {
            assertThat(voice.speakingRate()).hasValue(PROJECT.getAsJsonObject("body").getAsJsonObject("voice")
                    .get("speaking_rate").getAsInt());
            assertThat(voice.multilingualMode()).hasValue(false);
        }));
        assertThat(project.summary()).as("null in the example").isEmpty();
        assertThat(project.backgroundTrack()).hasValueSatisfying(bt -> assertThat(bt.track())
                .hasValueSatisfying(track -> {
                    assertThat(track.volume()).hasValue(35);
                    assertThat(track.url()).hasValue(PROJECT.getAsJsonObject("background_track")
                            .getAsJsonObject("track").get("url").getAsString());
                }));
        assertThat(project.avatarUrl()).as("null in the example").isEmpty();
        assertThat(project.pauseAfterSegmentsSeconds()).hasValue(new BigDecimal("1.5"));
        assertThat(project.summarizationSettings()).hasValueSatisfying(s -> assertThat(s.enabled()).hasValue(true));
        assertThat(project.created()).hasValue(Instant.parse("2023-01-02T09:00:00Z"));
        assertThat(project.additionalProperties()).isEmpty();
    }

    /** voicePermissionListExample: one voice included for a project, one not. */
    private static void assertPermissions(List<VoicePermission> permissions) {
        assertThat(permissions).hasSize(PERMISSIONS.size());
        permissions.forEach(VoicePermission::validate);
        JsonObject first = PERMISSIONS.get(0).getAsJsonObject();
        VoicePermission included = permissions.get(0);
        assertThat(included.id()).isEqualTo(first.get("id").getAsLong());
        assertThat(included.project()).hasValueSatisfying(p -> assertThat(p.name())
                .hasValue(first.getAsJsonObject("project").get("name").getAsString()));
        assertThat(included.voice()).hasValueSatisfying(v -> assertThat(v.id()).hasValue(2517));
        assertThat(included.included()).hasValue(true);
        assertThat(included.created()).hasValue(Instant.parse("2023-01-01T00:00:00Z"));
        assertThat(permissions.get(1).included()).hasValue(false);
    }
}
