package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.beyondwords.JsonValue;
import io.beyondwords.RawResponse;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.organizationsettings.OrganizationSettings;
import io.beyondwords.paging.Page;
import io.beyondwords.roles.Role;
import io.beyondwords.roles.RoleListParams;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Every operation tagged Roles or Organization settings in openapi.yaml (the paged list of roles, the organisation's
 * settings) through the facade, sync and async, against Prism, which answers with the spec's roleListExample and
 * organizationSettingsExample; each value is validated and compared with them.
 */
class RolesAndOrganizationSettingsAgainstPrismIT extends ResourceAgainstPrism {

    private static final JsonObject OWNER = SpecExamples.firstItem("roleListExample");
    private static final JsonObject SETTINGS = SpecExamples.object("organizationSettingsExample");

    RolesAndOrganizationSettingsAgainstPrismIT() {
        super("Roles", "Organization settings");
    }

    // ---------------------------------------------------------------- roles#index

    @Test
    void rolesSendPagingUnderItsSpecNames() {
        Page<Role> page = sync.client.roles().list(RoleListParams.builder().limit(10).offset(20).build());

        assertRoles(page.items());
        assertThat(page.offset()).isEqualTo(20);
        assertThat(page.hasNextPage()).as("2 items on a page of 10 is the last page").isFalse();
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("roles#index");
        assertThat(exchange.prismViolations()).isNull();
        HttpUrl url = exchange.url();
        assertThat(url.encodedPath()).isEqualTo("/roles");
        assertThat(url.queryParameter("pagination[limit]")).isEqualTo("10");
        assertThat(url.queryParameter("pagination[offset]")).isEqualTo("20");
    }

    @Test
    void rawRolesWithoutParameters() {
        RawResponse<Page<Role>> raw = sync.client.roles().withRawResponse().list(RoleListParams.none());

        assertThat(raw.statusCode()).isEqualTo(200);
        assertRoles(raw.body().items());
        assertThat(sync.onlyExchange().url().queryParameterNames()).isSubsetOf("pagination[offset]");
    }

    // ---------------------------------------------------------------- organization_settings#show

    @Test
    void organizationSettings() {
        assertSettings(sync.client.organizationSettings().retrieve());

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("organization_settings#show");
        assertThat(exchange.url().encodedPath()).isEqualTo("/organization/settings");
        assertThat(exchange.url().queryParameterNames()).isEmpty();
        assertThat(exchange.prismViolations()).isNull();
    }

    // ---------------------------------------------------------------- the async API, every operation

    @Test
    void asyncEveryOperation() throws Exception {
        Page<Role> roles = await(async.client.async().roles().list(RoleListParams.builder().limit(2).build()));
        assertRoles(roles.items());
        assertThat(roles.hasNextPage()).as("a full page may have a next one").isTrue();
        assertSettings(await(async.client.async().organizationSettings().retrieve()));
        RawResponse<OrganizationSettings> raw = await(async.client.async().organizationSettings().withRawResponse()
                .retrieve());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertSettings(raw.body());

        assertThat(async.exchanges()).extracting(e -> e.operationId().orElse("?")).containsExactly(
                "roles#index", "organization_settings#show", "organization_settings#show");
    }

    // ---------------------------------------------------------------- against the spec's examples

    /** roleListExample: an owner with two permissions, and an admin whose permissions are null. */
    private static void assertRoles(List<Role> roles) {
        assertThat(roles).hasSize(2);
        roles.forEach(Role::validate);
        Role owner = roles.get(0);
        assertThat(owner.id()).isEqualTo(OWNER.get("id").getAsLong());
        assertThat(owner.key()).isEqualTo(OWNER.get("key").getAsString());
        assertThat(owner.name()).hasValue(OWNER.get("name").getAsString());
        assertThat(owner.organizationId()).hasValue(OWNER.get("organization_id").getAsLong());
        assertThat(owner.permissions()).as("each permission as JSON")
                .hasValue(Map.of("content_view", JsonValue.parse("{\"enabled\":true}"), "content_create",
                        JsonValue.parse("{\"enabled\":false}")));
        assertThat(owner.membersCount()).hasValue(OWNER.get("members_count").getAsInt());
        assertThat(owner.created()).hasValue(Instant.parse("2023-01-01T00:00:00Z"));
        assertThat(roles.get(1).key()).isEqualTo("admin");
        assertThat(roles.get(1).permissions()).as("null in the example").isEmpty();
    }

    /** organizationSettingsExample: each part as JSON by member; no pending plan. */
    private static void assertSettings(OrganizationSettings settings) {
        settings.validate();
        assertThat(settings.stripe()).hasValueSatisfying(stripe -> assertThat(stripe)
                .containsEntry("customer_id",
                        JsonValue.parse(SETTINGS.getAsJsonObject("stripe").get("customer_id").toString()))
                .containsEntry("pending_plan_id", JsonValue.nullValue()));
        assertThat(settings.plan()).hasValueSatisfying(plan -> assertThat(plan)
                .containsEntry("name", JsonValue.of("Pro")).containsEntry("amount", JsonValue.of(9900))
                .containsEntry("promotion_codes", JsonValue.parse("[]")));
        assertThat(settings.pendingPlan()).as("null in the example").isEmpty();
        assertThat(settings.subscription()).hasValueSatisfying(subscription -> assertThat(subscription)
                .containsEntry("start",
                        JsonValue.parse(SETTINGS.getAsJsonObject("subscription").get("start").toString())));
        assertThat(settings.quota())
                .hasValueSatisfying(quota -> assertThat(quota).containsEntry("used", JsonValue.of(250000)));
        assertThat(settings.features()).hasValue(Map.of());
        assertThat(settings.additionalProperties()).isEmpty();
    }
}
