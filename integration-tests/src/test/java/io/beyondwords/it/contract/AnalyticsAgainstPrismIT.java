package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import com.google.gson.JsonObject;
import io.beyondwords.errors.InconsistentPagesException;
import io.beyondwords.RawResponse;
import io.beyondwords.analytics.Aggregation;
import io.beyondwords.analytics.AnalyticsAdsParams;
import io.beyondwords.analytics.AnalyticsBillingParams;
import io.beyondwords.analytics.AnalyticsContentParams;
import io.beyondwords.analytics.AnalyticsContentsParams;
import io.beyondwords.analytics.AnalyticsPeriod;
import io.beyondwords.analytics.AnalyticsProjectsParams;
import io.beyondwords.analytics.AnalyticsServiceAsync;
import io.beyondwords.analytics.AnalyticsSortDirection;
import io.beyondwords.analytics.AnalyticsSummary;
import io.beyondwords.analytics.BillingAnalytics;
import io.beyondwords.analytics.BillingEntityType;
import io.beyondwords.analytics.BillingEventType;
import io.beyondwords.analytics.ContentAnalyticsOrder;
import io.beyondwords.analytics.ContentAnalyticsSummary;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.paging.Page;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Every operation tagged Analytics in openapi.yaml through the facade, sync and async, against Prism: the overviews of
 * a project's ads and content and of the organisation's projects, the figures of one ad, content item and project and
 * of the organisation, and billing analytics, each with every query parameter under its spec name. Several paths sit
 * beside another resource's ({@code /projects/analytics} beside {@code /projects/{id}}, {@code
 * /projects/{id}/content/analytics} beside {@code /projects/{id}/content/{id}}), so each test checks which operation
 * both checkers matched. Prism answers with the spec's analytics examples; each value is validated and compared with
 * them.
 */
class AnalyticsAgainstPrismIT extends ResourceAgainstPrism {

    private static final JsonObject SUMMARY = SpecExamples.firstItem("analyticsSummaryListExample");
    private static final JsonObject CONTENT_SUMMARY = SpecExamples.firstItem("contentAnalyticsSummaryListExample");
    private static final JsonObject PERIOD = SpecExamples.firstItem("analyticsPeriodsExample");
    private static final JsonObject BILLING = SpecExamples.object("billingAnalyticsExample");
    private static final String CONTENT_ID = "b48ddb68-9a70-4443-9990-4f0479095f77";

    AnalyticsAgainstPrismIT() {
        super("Analytics");
    }

    // ---------------------------------------------------------------- ads#analytics_list

    @Test
    void adsWithEveryQueryParameter() {
        List<AnalyticsSummary> summaries = sync.client.analytics().ads(12, AnalyticsAdsParams.builder()
                .addMetric("listens").addMetric("player_impressions").addMediaVariant("article")
                .addMediaVariant("summary").addMediaFormat("audio").build());

        assertThat(summaries).singleElement().satisfies(s -> assertSummary(s.validate()));
        Exchange exchange = matched("ads#analytics_list", "/projects/12/ads/analytics");
        HttpUrl url = exchange.url();
        assertThat(url.queryParameterValues("metrics[]")).containsExactly("listens", "player_impressions");
        assertThat(url.queryParameterValues("media_variants[]")).containsExactly("article", "summary");
        assertThat(url.queryParameterValues("media_formats[]")).containsExactly("audio");
    }

    // ---------------------------------------------------------------- ads#analytics

    @Test
    void ad() {
        assertPeriods(sync.client.analytics().ad(12, 7));
        assertThat(matched("ads#analytics", "/projects/12/ads/7/analytics").url().queryParameterNames()).isEmpty();
    }

    // ---------------------------------------------------------------- content#analytics_list

    @Test
    void contentsWithEveryQueryParameter() {
        Page<ContentAnalyticsSummary> page = sync.client.analytics().contents(12, AnalyticsContentsParams.builder()
                .addMediaVariant("article").addMediaFormat("audio").addMediaFormat("video")
                .startDate("2024-01-01").endDate("2024-01-31").limit(10).offset(20)
                .orderBy(ContentAnalyticsOrder.AVG_LISTEN_DURATION).orderDirection(AnalyticsSortDirection.DESC)
                .title("Rain").playerImpressionsFrom(1).playerImpressionsTo(2).listensFrom(3).listensTo(4)
                .listenRateFrom(5).listenRateTo(6).avgListenTimeFrom(7).avgListenTimeTo(8).build());

        assertThat(page.items()).singleElement().satisfies(s -> assertContentSummary(s.validate()));
        assertThat(page.offset()).isEqualTo(20);
        assertThat(page.hasNextPage()).as("1 item on a page of 10 is the last page").isFalse();
        HttpUrl url = matched("content#analytics_list", "/projects/12/content/analytics").url();
        assertThat(url.queryParameterValues("media_variants[]")).containsExactly("article");
        assertThat(url.queryParameterValues("media_formats[]")).containsExactly("audio", "video");
        assertThat(url.queryParameter("time_range[start]")).isEqualTo("2024-01-01");
        assertThat(url.queryParameter("time_range[end]")).isEqualTo("2024-01-31");
        assertThat(url.queryParameter("pagination[limit]")).isEqualTo("10");
        assertThat(url.queryParameter("pagination[offset]")).isEqualTo("20");
        assertThat(url.queryParameter("order[by]")).isEqualTo("avg_listen_duration");
        assertThat(url.queryParameter("order[dir]")).isEqualTo("desc");
        assertThat(url.queryParameter("filter[title]")).isEqualTo("Rain");
        assertThat(url.queryParameter("filter[player_impressions][from]")).isEqualTo("1");
        assertThat(url.queryParameter("filter[player_impressions][to]")).isEqualTo("2");
        assertThat(url.queryParameter("filter[listens][from]")).isEqualTo("3");
        assertThat(url.queryParameter("filter[listens][to]")).isEqualTo("4");
        assertThat(url.queryParameter("filter[listen_rate][from]")).isEqualTo("5");
        assertThat(url.queryParameter("filter[listen_rate][to]")).isEqualTo("6");
        assertThat(url.queryParameter("filter[avg_listen_time][from]")).isEqualTo("7");
        assertThat(url.queryParameter("filter[avg_listen_time][to]")).isEqualTo("8");
    }

    @Test
    void contentsWithoutParametersAndADateTheDocsRuleOut() {
        assertThat(sync.client.analytics().contents(12).items()).singleElement()
                .satisfies(s -> assertContentSummary(s.validate()));
        assertThat(matched("content#analytics_list", "/projects/12/content/analytics").url().queryParameterNames())
                .isSubsetOf("pagination[offset]");

        assertThatThrownBy(() -> AnalyticsContentsParams.builder().startDate("2024-1-1"))
                .as("yyyy-mm-dd, checked before any request").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("startDate");
    }

    // ---------------------------------------------------------------- content#analytics

    @Test
    void contentByIdAndBySourceIdWithAggregation() {
        assertPeriods(sync.client.analytics().content(12, CONTENT_ID,
                AnalyticsContentParams.builder().aggregation(Aggregation.DAY).build()));
        assertPeriods(sync.client.analytics().content(12, "weather/2023 01"));

        assertThat(sync.exchanges()).extracting(e -> e.url().encodedPath()).containsExactly(
                "/projects/12/content/" + CONTENT_ID + "/analytics", "/projects/12/content/weather%2F2023%2001/analytics");
        assertThat(sync.exchanges()).extracting(e -> e.operationId().orElse("?")).containsOnly("content#analytics");
        assertThat(sync.exchanges()).extracting(Exchange::prismViolations).containsOnlyNulls();
        assertThat(sync.exchanges().get(0).url().queryParameter("aggregation")).isEqualTo("day");
        assertThat(sync.exchanges().get(1).url().queryParameterNames()).isEmpty();
    }

    // ---------------------------------------------------------------- organization#analytics

    @Test
    void organization() {
        assertPeriods(sync.client.analytics().organization());
        matched("organization#analytics", "/organization/analytics");
    }

    // ---------------------------------------------------------------- projects#analytics

    @Test
    void project() {
        assertPeriods(sync.client.analytics().project(12));
        matched("projects#analytics", "/projects/12/analytics");
    }

    // ---------------------------------------------------------------- project#analytics_list

    @Test
    void projectsWithEveryQueryParameterIsNotTakenForAProject() {
        List<AnalyticsSummary> summaries = sync.client.analytics().projects(AnalyticsProjectsParams.builder()
                .addMediaVariant("summary").addMediaFormat("video").startDate("2024-02-29").build());

        assertThat(summaries).singleElement().satisfies(s -> assertSummary(s.validate()));
        HttpUrl url = matched("project#analytics_list", "/projects/analytics").url();
        assertThat(url.queryParameterValues("media_variants[]")).containsExactly("summary");
        assertThat(url.queryParameterValues("media_formats[]")).containsExactly("video");
        assertThat(url.queryParameter("time_range[start]")).isEqualTo("2024-02-29");
    }

    // ---------------------------------------------------------------- organization#billing_analytics

    @Test
    void billingWithEveryQueryParameter() {
        BillingAnalytics billing = sync.client.analytics().billing(AnalyticsBillingParams.builder()
                .aggregation(Aggregation.MONTH).startDate("2024-01-01").endDate("2024-03-31")
                .eventType(BillingEventType.TOTAL_CHARACTERS).entityType(BillingEntityType.PODCAST)
                .addGrouping("by_project").addGrouping("by_voice")
                .addProjectId(1L).addProjectId(2L).addVoiceId(2517L).addContentId(CONTENT_ID)
                .addSourceId("weather-2023-01-03").build());

        assertBilling(billing.validate());
        HttpUrl url = matched("organization#billing_analytics", "/organization/billing_analytics").url();
        assertThat(url.queryParameter("aggregation")).isEqualTo("month");
        assertThat(url.queryParameter("time_range[start]")).isEqualTo("2024-01-01");
        assertThat(url.queryParameter("time_range[end]")).isEqualTo("2024-03-31");
        assertThat(url.queryParameter("event_type")).isEqualTo("total_characters");
        assertThat(url.queryParameter("entity_type")).isEqualTo("podcast");
        assertThat(url.queryParameterValues("group_by[]")).containsExactly("by_project", "by_voice");
        assertThat(url.queryParameterValues("filter[project_ids][]")).containsExactly("1", "2");
        assertThat(url.queryParameterValues("filter[voice_ids][]")).containsExactly("2517");
        assertThat(url.queryParameterValues("filter[content_ids][]")).containsExactly(CONTENT_ID);
        assertThat(url.queryParameterValues("filter[source_ids][]")).containsExactly("weather-2023-01-03");
    }

    @Test
    void rawBillingWithoutParameters() {
        RawResponse<BillingAnalytics> raw = sync.client.analytics().withRawResponse()
                .billing(AnalyticsBillingParams.none());

        assertThat(raw.statusCode()).isEqualTo(200);
        assertBilling(raw.body().validate());
        assertThat(matched("organization#billing_analytics", "/organization/billing_analytics").url()
                .queryParameterNames()).isEmpty();
    }

    // ---------------------------------------------------------------- the async API, every operation

    @Test
    void asyncEveryOperation() throws Exception {
        AnalyticsServiceAsync analytics = async.client.async().analytics();
        assertThat(await(analytics.ads(12))).singleElement().satisfies(s -> assertSummary(s.validate()));
        assertPeriods(await(analytics.ad(12, 7)));
        Page<ContentAnalyticsSummary> first = await(analytics.contents(12, AnalyticsContentsParams.builder().limit(1)
                .title("Rain").build()));
        assertThat(first.items()).singleElement().satisfies(s -> assertContentSummary(s.validate()));
        assertThatThrownBy(() -> await(first.nextPageAsync())).as("Prism answers every offset with the same example: the pager stops")
                .hasCauseInstanceOf(InconsistentPagesException.class);
        assertPeriods(await(analytics.content(12, CONTENT_ID)));
        assertPeriods(await(analytics.organization()));
        assertPeriods(await(analytics.project(12)));
        assertThat(await(analytics.projects())).singleElement().satisfies(s -> assertSummary(s.validate()));
        assertBilling(await(analytics.billing()).validate());
        RawResponse<List<AnalyticsPeriod>> raw = await(analytics.withRawResponse().project(12));
        assertThat(raw.statusCode()).isEqualTo(200);
        assertPeriods(raw.body());

        assertThat(async.exchanges()).extracting(e -> e.operationId().orElse("?")).containsExactly(
                "ads#analytics_list", "ads#analytics", "content#analytics_list", "content#analytics_list",
                "content#analytics", "organization#analytics", "projects#analytics", "project#analytics_list",
                "organization#billing_analytics", "projects#analytics");
        assertThat(async.exchanges().get(3).url().queryParameter("filter[title]"))
                .as("the filter is kept on the next page").isEqualTo("Rain");
        assertThat(async.exchanges()).extracting(Exchange::prismViolations).containsOnlyNulls();
    }

    // ---------------------------------------------------------------- helpers and the spec's examples

    /** The test's one exchange, matched to {@code operationId} by both checkers, at {@code path}. */
    private Exchange matched(String operationId, String path) {
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).as("the operation swagger-request-validator matched").hasValue(operationId);
        assertThat(exchange.prismViolations()).as("Prism found nothing wrong").isNull();
        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.url().encodedPath()).isEqualTo(path);
        return exchange;
    }

    /** analyticsSummaryListExample. */
    private static void assertSummary(AnalyticsSummary summary) {
        assertThat(summary.listens()).hasValue(SUMMARY.get("listens").getAsLong());
        assertThat(summary.avgListenTime()).hasValue(SUMMARY.get("avg_listen_time").getAsDouble());
        assertThat(summary.avgListenDuration()).hasValue(SUMMARY.get("avg_listen_duration").getAsDouble());
    }

    /** contentAnalyticsSummaryListExample. */
    private static void assertContentSummary(ContentAnalyticsSummary summary) {
        assertThat(summary.id()).hasValue(CONTENT_SUMMARY.get("id").getAsString());
        assertThat(summary.sourceId()).hasValue("12345");
        assertThat(summary.title()).hasValue(CONTENT_SUMMARY.get("title").getAsString());
        assertThat(summary.listens()).hasValue(CONTENT_SUMMARY.get("listens").getAsLong());
        assertThat(summary.avgListenDuration()).hasValue(86.52);
        assertThat(summary.published()).hasValue(Instant.parse("2022-12-31T23:59:59Z"));
    }

    /** analyticsPeriodsExample: one period, every metric per platform, retention for two platforms. */
    private static void assertPeriods(List<AnalyticsPeriod> periods) {
        assertThat(periods).singleElement().satisfies(period -> {
            period.validate();
            assertThat(period.start()).hasValue(Instant.parse(PERIOD.get("start").getAsString()));
            assertThat(period.listens()).hasValueSatisfying(listens -> {
                assertThat(listens.total()).hasValue(PERIOD.getAsJsonObject("listens").get("total").getAsDouble());
                assertThat(listens.mobileWeb()).hasValue(
                        PERIOD.getAsJsonObject("listens").get("mobile_web").getAsDouble());
            });
            assertThat(period.avgListenTime()).hasValueSatisfying(time -> assertThat(time.total()).hasValue(95.5));
            assertThat(period.listenerRetention()).hasValueSatisfying(retention -> {
                assertThat(retention.total()).hasValue(List.of(100.0, 80.0, 55.0));
                // An array the response leaves out reads as empty (the wire models start with empty lists).
                assertThat(retention.ios().orElse(List.of())).as("not in the example").isEmpty();
            });
        });
    }

    /** billingAnalyticsExample: projects and counts; no voices or content. */
    private static void assertBilling(BillingAnalytics billing) {
        assertThat(billing.projects()).hasValueSatisfying(projects -> {
            assertThat(projects).hasSize(2);
            assertThat(projects.get(1).name()).hasValue(BILLING.getAsJsonArray("projects").get(1).getAsJsonObject()
                    .get("name").getAsString());
        });
        assertThat(billing.analytics()).hasValueSatisfying(counts -> {
            assertThat(counts).hasSize(2);
            assertThat(counts.get(0).projectId()).hasValue(1);
            assertThat(counts.get(0).counter()).hasValue(5);
            assertThat(counts.get(0).start()).hasValue(Instant.parse("2099-12-31T23:59:59Z"));
        });
        assertThat(billing.voices().orElse(List.of())).as("not in the example").isEmpty();
    }
}
