package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.beyondwords.errors.InconsistentPagesException;
import io.beyondwords.RawResponse;
import io.beyondwords.ads.Ad;
import io.beyondwords.ads.AdCreateParams;
import io.beyondwords.ads.AdListParams;
import io.beyondwords.ads.AdPlacement;
import io.beyondwords.ads.AdServiceAsync;
import io.beyondwords.ads.AdTheme;
import io.beyondwords.ads.AdType;
import io.beyondwords.ads.AdUpdateParams;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.paging.Page;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Every operation tagged Ads in openapi.yaml through the facade, sync and async, against Prism: list (paged, with its
 * filter), create (every body member, themes and time range sent as the objects the docs show), retrieve, update
 * (listed only in the docs: the create body, the ad back) and delete (listed only: no body read). Prism answers with
 * the spec's adListExample and adExample; each value is validated and compared with them.
 */
class AdsAgainstPrismIT extends ResourceAgainstPrism {

    private static final JsonObject AD = SpecExamples.object("adExample");
    private static final JsonObject LISTED = SpecExamples.firstItem("adListExample");

    AdsAgainstPrismIT() {
        super("Ads");
    }

    // ---------------------------------------------------------------- ads#index

    @Test
    void listSendsPagingAndTheTitleFilter() {
        Page<Ad> page = sync.client.ads().list(12, AdListParams.builder().limit(5).offset(2).title("My first ad")
                .build());

        assertThat(page.items()).as(prism.output()).hasSize(2);
        assertListed(page.items().get(0).validate());
        Ad vast = page.items().get(1).validate();
        assertThat(vast.type()).hasValue(AdType.VAST);
        assertThat(vast.vastUrl()).hasValue("https://example.com/vast.xml");
        assertThat(vast.theme()).hasValue(AdTheme.AUTO);
        assertThat(vast.timeRange()).as("null in the example").isEmpty();
        assertThat(vast.media()).hasValue(List.of());
        assertThat(page.offset()).isEqualTo(2);
        assertThat(page.hasNextPage()).as("2 items on a page of 5 is the last page").isFalse();
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("ads#index");
        assertThat(exchange.prismViolations()).isNull();
        HttpUrl url = exchange.url();
        assertThat(url.encodedPath()).isEqualTo("/projects/12/ads");
        assertThat(url.queryParameter("pagination[limit]")).isEqualTo("5");
        assertThat(url.queryParameter("pagination[offset]")).isEqualTo("2");
        assertThat(url.queryParameter("filter[title]")).isEqualTo("My first ad");
    }

    @Test
    void listWithoutParameters() {
        assertThat(sync.client.ads().list(12).items()).hasSize(2).first().satisfies(a -> assertListed(a.validate()));
        assertThat(sync.onlyExchange().url().queryParameterNames()).isSubsetOf("pagination[offset]");
    }

    // ---------------------------------------------------------------- ads#create

    @Test
    void createWithEveryMember() {
        Ad created = sync.client.ads().create(12, everyMember(AdCreateParams.builder()).build());

        assertAd(created.validate());
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("ads#create");
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/12/ads");
        assertThat(exchange.status()).isEqualTo(201);
        assertThat(exchange.requestBodyValidated()).as("the body itself went through the validator").isTrue();
        assertThat(exchange.prismViolations()).isNull();
    }

    /** The body as the facade sends it, seen by a fixture that records what goes through its proxy. */
    @Test
    void createAndUpdateSendTheBodiesTheDocsShow() throws Exception {
        List<String> bodies = Collections.synchronizedList(new ArrayList<>());
        try (ContractFixture recording = ContractFixture.start("recording", prism.baseUrl(), FAKE_KEY, chain -> {
            Buffer buffer = new Buffer();
            if (chain.request().body() != null) {
                chain.request().body().writeTo(buffer);
            }
            bodies.add(buffer.readUtf8());
            return chain.proceed(chain.request());
        })) {
            recording.client.ads().create(12, everyMember(AdCreateParams.builder()).build());
            recording.client.ads().update(12, 1, AdUpdateParams.builder().enabled(false).darkThemeIconColor("#0f0")
                    .build());

            assertThat(recording.validator().errors()).isEmpty();
            assertThat(recording.exchanges()).extracting(Exchange::prismViolations).containsOnlyNulls();
        }
        assertThat(JsonParser.parseString(bodies.get(0))).isEqualTo(JsonParser.parseString("""
                {"type":"vast","enabled":true,"placement":"mid-roll","vast_url":"https://example.com/vast.xml",
                 "title":"My Ad","click_through_url":"https://example.com","image_url":"https://example.com/image.png",
                 "media_url":"https://example.com/advert.mp3","theme":"dark",
                 "dark_theme":{"text_color":"#fff","background_color":"#333","icon_color":"#ff0"},
                 "light_theme":{"text_color":"#000","background_color":"#eee","icon_color":"#00f"},
                 "video_theme":{"text_color":"#111","background_color":"#222","icon_color":"#333"},
                 "time_range":{"start":"2023-12-01T00:00:00Z","end":"2023-12-31T23:59:59Z"}}"""));
        assertThat(JsonParser.parseString(bodies.get(1))).as("update sends only what was set")
                .isEqualTo(JsonParser.parseString("{\"enabled\":false,\"dark_theme\":{\"icon_color\":\"#0f0\"}}"));
    }

    @Test
    void rawCreateWithTheTypeOnly() {
        RawResponse<Ad> raw = sync.client.ads().withRawResponse()
                .create(12, AdCreateParams.builder().type(AdType.CUSTOM).build());

        assertThat(raw.statusCode()).isEqualTo(201);
        assertAd(raw.body().validate());
    }

    // ---------------------------------------------------------------- ads#show

    @Test
    void retrieve() {
        assertAd(sync.client.ads().retrieve(12, 1).validate());

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("ads#show");
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/12/ads/1");
        assertThat(exchange.prismViolations()).isNull();
    }

    // ---------------------------------------------------------------- ads#update

    @Test
    void updateSendsOnlyWhatWasSet() {
        Ad updated = sync.client.ads().update(12, 1, AdUpdateParams.builder().title("Renamed")
                .placement(AdPlacement.POST_ROLL).build());

        assertAd(updated.validate());
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.operationId()).hasValue("ads#update");
        assertThat(exchange.method()).isEqualTo("PUT");
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/12/ads/1");
        assertThat(exchange.requestBodyValidated()).isTrue();
        assertThat(exchange.prismViolations()).isNull();
    }

    // ---------------------------------------------------------------- ads#destroy

    @Test
    void deleteAndRawDelete() {
        sync.client.ads().delete(12, 1);
        RawResponse<Void> raw = sync.client.ads().withRawResponse().delete(12, 2);

        assertThat(raw.statusCode()).isEqualTo(204);
        assertThat(raw.body()).isNull();
        assertThat(sync.exchanges()).extracting(Exchange::method, e -> e.url().encodedPath(), Exchange::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DELETE", "/projects/12/ads/1", 204),
                        org.assertj.core.groups.Tuple.tuple("DELETE", "/projects/12/ads/2", 204));
        assertThat(sync.exchanges()).extracting(e -> e.operationId().orElse("?")).containsOnly("ads#destroy");
    }

    // ---------------------------------------------------------------- the async API, every operation

    @Test
    void asyncEveryOperation() throws Exception {
        AdServiceAsync ads = async.client.async().ads();
        Page<Ad> first = await(ads.list(12, AdListParams.builder().limit(2).title("ad").build()));
        assertThat(first.items()).hasSize(2).first().satisfies(a -> assertListed(a.validate()));
        assertThatThrownBy(() -> await(first.nextPageAsync())).as("Prism answers every offset with the same example: the pager stops")
                .hasCauseInstanceOf(InconsistentPagesException.class);
        assertAd(await(ads.create(12, AdCreateParams.builder().type(AdType.CUSTOM).title("My Ad")
                .mediaUrl("https://example.com/advert.mp3").build())).validate());
        assertAd(await(ads.retrieve(12, 1)).validate());
        assertAd(await(ads.update(12, 1, AdUpdateParams.builder().enabled(false).build())).validate());
        assertThat(await(ads.delete(12, 1))).isNull();
        RawResponse<Ad> raw = await(ads.withRawResponse().retrieve(12, 1));
        assertThat(raw.statusCode()).isEqualTo(200);
        assertAd(raw.body());

        assertThat(async.exchanges()).extracting(e -> e.operationId().orElse("?")).containsExactly(
                "ads#index", "ads#index", "ads#create", "ads#show", "ads#update", "ads#destroy", "ads#show");
        assertThat(async.exchanges().get(1).url().queryParameter("filter[title]"))
                .as("the filter is kept on the next page").isEqualTo("ad");
    }

    // ---------------------------------------------------------------- against the spec's examples

    private static AdCreateParams.Builder everyMember(AdCreateParams.Builder builder) {
        return builder.type(AdType.VAST).enabled(true).placement(AdPlacement.MID_ROLL)
                .vastUrl("https://example.com/vast.xml").title("My Ad").clickThroughUrl("https://example.com")
                .imageUrl("https://example.com/image.png").mediaUrl("https://example.com/advert.mp3")
                .theme(AdTheme.DARK)
                .darkThemeTextColor("#fff").darkThemeBackgroundColor("#333").darkThemeIconColor("#ff0")
                .lightThemeTextColor("#000").lightThemeBackgroundColor("#eee").lightThemeIconColor("#00f")
                .videoThemeTextColor("#111").videoThemeBackgroundColor("#222").videoThemeIconColor("#333")
                .timeRangeStart(Instant.parse("2023-12-01T00:00:00Z"))
                .timeRangeEnd(Instant.parse("2023-12-31T23:59:59Z"));
    }

    /** adExample: a custom ad with media, one theme set and two null, a time range in the docs' format. */
    private static void assertAd(Ad ad) {
        assertThat(ad.id()).isEqualTo(AD.get("id").getAsLong());
        assertThat(ad.type()).hasValue(AdType.CUSTOM);
        assertThat(ad.placement()).hasValue(AdPlacement.PRE_ROLL);
        assertThat(ad.title()).hasValue(AD.get("title").getAsString());
        assertThat(ad.vastUrl()).as("null in the example").isEmpty();
        assertThat(ad.mediaUrl()).hasValue(AD.get("media_url").getAsString());
        assertThat(ad.media()).hasValueSatisfying(media -> {
            assertThat(media).hasSize(2);
            assertThat(media.get(1).contentType()).hasValue("application/vnd.apple.mpegurl");
            assertThat(media.get(0).duration()).hasValue(Duration.ofMillis(15000));
        });
        assertThat(ad.theme()).hasValue(AdTheme.DARK);
        assertThat(ad.darkTheme()).hasValueSatisfying(theme -> assertThat(theme.iconColor())
                .hasValue(AD.getAsJsonObject("dark_theme").get("icon_color").getAsString()));
        assertThat(ad.lightTheme()).as("null in the example").isEmpty();
        assertThat(ad.timeRange()).hasValueSatisfying(range -> {
            assertThat(range.start()).hasValue(Instant.parse("2023-12-01T00:00:00Z"));
            assertThat(range.end()).hasValue(Instant.parse("2023-12-31T23:59:59Z"));
        });
        assertThat(ad.updated()).hasValue(Instant.parse("2023-01-01T00:00:05Z"));
    }

    /** adListExample's first item. */
    private static void assertListed(Ad ad) {
        assertThat(ad.id()).isEqualTo(LISTED.get("id").getAsLong());
        assertThat(ad.title()).hasValue(LISTED.get("title").getAsString());
        assertThat(ad.enabled()).hasValue(true);
        assertThat(ad.theme()).as("null in the example").isEmpty();
        assertThat(ad.clickThroughUrl()).hasValue(LISTED.get("click_through_url").getAsString());
    }
}
