package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import io.beyondwords.errors.InconsistentPagesException;
import io.beyondwords.BeyondWordsClient;
import io.beyondwords.RawResponse;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import io.beyondwords.backgroundtracks.BackgroundTrackUpdateParams;
import io.beyondwords.errors.NotFoundException;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.it.support.ValidatingProxy;
import io.beyondwords.paging.Page;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Every operation in openapi.yaml driven through the facade (sync and async) against Prism, with a
 * {@code ValidatingProxy} in between so swagger-request-validator checks every request the facade sends and every
 * response Prism returns. Prism rejects a request that breaks the spec (422/400/401 with {@code sl-violations}), so
 * a wrong shape fails twice. Prism serves the paths without {@code /v1}: the facade's base URL is the proxy's root,
 * and the validator is told the base path is {@code /}, so a facade that put {@code /v1} in front of every path would
 * fail here. The last test (in {@link ResourceAgainstPrism}) fails if an operation of the Background tracks tag was not
 * exercised through both the sync and async API.
 */
class FacadeAgainstPrismIT extends ResourceAgainstPrism {

    /** What Prism answers for every track operation: the spec's backgroundTrackExample. */
    private static final BackgroundTrack EXAMPLE = BackgroundTrack.builder()
            .id(1)
            .name("Test track 1")
            .volume(100)
            .created(Instant.parse("2023-01-01T00:00:00Z"))
            .updated(Instant.parse("2023-01-01T00:00:05Z"))
            .build();

    FacadeAgainstPrismIT() {
        super("Background tracks");
    }

    // ---------------------------------------------------------------- background_tracks#index

    @Test
    void listSendsEveryQueryParameterUnderItsSpecName() {
        BackgroundTrackListParams params = BackgroundTrackListParams.builder()
                .limit(5).offset(3).name("Test track 1").addScope("primary").addScope("secondary").custom(true)
                .build();

        Page<BackgroundTrack> page = sync.client.backgroundTracks().list(params);

        assertThat(page.items()).as(prism.output()).containsExactly(EXAMPLE);
        assertThat(page.offset()).isEqualTo(3);
        // Prism sends X-Pagination-Limit: 0 (generated from the schema); the facade ignores a non-positive size.
        assertThat(page.limit()).hasValue(5);
        assertThat(page.hasNextPage()).as("1 item on a page of 5 is the last page").isFalse();

        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.operationId()).hasValue("background_tracks#index");
        assertThat(exchange.prismViolations()).as("Prism found nothing wrong").isNull();
        HttpUrl url = exchange.url();
        assertThat(url.encodedPath()).isEqualTo("/background_tracks");
        assertThat(url.queryParameter("pagination[limit]")).isEqualTo("5");
        assertThat(url.queryParameter("pagination[offset]")).isEqualTo("3");
        assertThat(url.queryParameter("filter[name]")).isEqualTo("Test track 1");
        assertThat(url.queryParameterValues("filter[scopes][]")).containsExactly("primary", "secondary");
        assertThat(url.queryParameter("filter[custom]")).isEqualTo("true");
    }

    @Test
    void listWithCustomFalseAndASingleScope() {
        Page<BackgroundTrack> page = sync.client.backgroundTracks()
                .list(BackgroundTrackListParams.builder().custom(false).addScope("library").build());

        assertThat(page.items()).containsExactly(EXAMPLE);
        HttpUrl url = sync.onlyExchange().url();
        assertThat(url.queryParameter("filter[custom]")).isEqualTo("false");
        assertThat(url.queryParameterValues("filter[scopes][]")).containsExactly("library");
        assertThat(url.queryParameterNames()).doesNotContain("filter[name]", "pagination[limit]");
    }

    @Test
    void listWithoutParameters() {
        Page<BackgroundTrack> page = sync.client.backgroundTracks().list();

        assertThat(page.items()).containsExactly(EXAMPLE);
        assertThat(page.offset()).isZero();
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.url().queryParameterNames())
                .as("nothing but (possibly) the offset").isSubsetOf("pagination[offset]");
    }

    @Test
    void autoPagerAdvancesTheOffsetByTheItemsReceived() {
        // Prism answers every page with the same single track, as a server that ignores the offset would: the pager
        // asks for the next page after the item received, sees the page repeat, and stops with the typed error.
        BackgroundTrackListParams params = BackgroundTrackListParams.builder().limit(1).name("Test track 1").build();

        Iterator<BackgroundTrack> items = sync.client.backgroundTracks().list(params).autoPager().iterator();

        assertThat(items.next()).isEqualTo(EXAMPLE);
        assertThatThrownBy(items::hasNext).isInstanceOf(InconsistentPagesException.class);
        assertThat(sync.exchanges()).as("one request per page read, none ahead").hasSize(2);
        assertThat(sync.exchanges()).extracting(e -> e.url().queryParameter("pagination[offset]"))
                .as("offset 0 is the default and not sent").containsExactly(null, "1");
        assertThat(sync.exchanges()).extracting(e -> e.url().queryParameter("pagination[limit]"))
                .containsOnly("1");
        assertThat(sync.exchanges()).extracting(e -> e.url().queryParameter("filter[name]"))
                .as("filters are kept on every page").containsOnly("Test track 1");
        assertThat(params.offset()).as("the caller's params are never modified").isZero();
    }

    @Test
    void autoPagerStopsAfterAShortPage() {
        List<BackgroundTrack> items = sync.client.backgroundTracks()
                .list(BackgroundTrackListParams.builder().limit(2).build()).autoPager().stream()
                .collect(Collectors.toList());

        assertThat(items).containsExactly(EXAMPLE);
        assertThat(sync.exchanges()).hasSize(1);
    }

    @Test
    void rawListExposesThePagingHeader() {
        RawResponse<Page<BackgroundTrack>> raw = sync.client.backgroundTracks().withRawResponse()
                .list(BackgroundTrackListParams.builder().limit(3).build());

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.header("x-pagination-limit")).as("case-insensitive").hasValue("0");
        assertThat(raw.body().items()).containsExactly(EXAMPLE);
    }

    // ---------------------------------------------------------------- background_tracks#create

    @Test
    void createWithEveryField() {
        BackgroundTrack created = sync.client.backgroundTracks().create(BackgroundTrackCreateParams.builder()
                .name("Bed").volume(40).projectId(3).mediaUrl("https://example.com/bed.mp3").build());

        assertThat(created).isEqualTo(EXAMPLE);
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.method()).isEqualTo("POST");
        assertThat(exchange.status()).isEqualTo(201);
        assertThat(exchange.requestBodyValidated()).as("the body itself went through the validator").isTrue();
        assertThat(exchange.prismViolations()).isNull();
    }

    @Test
    void createWithTheNameOnly() {
        BackgroundTrack created = sync.client.backgroundTracks()
                .create(BackgroundTrackCreateParams.builder().name("Only a name").build());

        assertThat(created).isEqualTo(EXAMPLE);
        assertThat(sync.onlyExchange().status()).isEqualTo(201);
    }

    @Test
    void rawCreateReportsTheStatus() {
        RawResponse<BackgroundTrack> raw = sync.client.backgroundTracks().withRawResponse()
                .create(BackgroundTrackCreateParams.builder().name("Bed").volume(0).build());

        assertThat(raw.statusCode()).isEqualTo(201);
        assertThat(raw.body()).isEqualTo(EXAMPLE);
    }

    // ---------------------------------------------------------------- background_tracks#show

    @Test
    void retrieve() {
        BackgroundTrack track = sync.client.backgroundTracks().retrieve(1);

        assertThat(track).isEqualTo(EXAMPLE);
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.url().encodedPath()).isEqualTo("/background_tracks/1");
        assertThat(exchange.operationId()).hasValue("background_tracks#show");
    }

    @Test
    void retrieveALargeId() {
        sync.client.backgroundTracks().retrieve(9_007_199_254_740_993L); // beyond a double's exact range

        assertThat(sync.onlyExchange().url().encodedPath()).isEqualTo("/background_tracks/9007199254740993");
    }

    // ---------------------------------------------------------------- background_tracks#update

    @Test
    void updateWithEveryField() {
        BackgroundTrack updated = sync.client.backgroundTracks().update(1, BackgroundTrackUpdateParams.builder()
                .name("Renamed").volume(80).projectId(2).mediaUrl("https://example.com/other.mp3").build());

        assertThat(updated).isEqualTo(EXAMPLE);
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.method()).isEqualTo("PUT");
        assertThat(exchange.url().encodedPath()).isEqualTo("/background_tracks/1");
        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.requestBodyValidated()).isTrue();
        assertThat(exchange.prismViolations()).isNull();
    }

    @Test
    void updateWithOneField() {
        BackgroundTrack updated = sync.client.backgroundTracks()
                .update(7, BackgroundTrackUpdateParams.builder().volume(10).build());

        assertThat(updated).isEqualTo(EXAMPLE);
        assertThat(sync.onlyExchange().status()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- the async API, every operation

    @Test
    void asyncListWithEveryQueryParameterAndTheNextPage() throws Exception {
        BackgroundTrackListParams params = BackgroundTrackListParams.builder()
                .limit(1).name("Test track 1").addScope("primary").custom(true).build();

        Page<BackgroundTrack> first = await(async.client.async().backgroundTracks().list(params));
        assertThat(first.items()).containsExactly(EXAMPLE);
        assertThat(first.hasNextPage()).isTrue();
        assertThatThrownBy(() -> await(first.nextPageAsync())).as("Prism answers every offset with the same example: the pager stops")
                .hasCauseInstanceOf(InconsistentPagesException.class);

        assertThat(async.exchanges()).extracting(e -> e.url().queryParameter("pagination[offset]"))
                .containsExactly(null, "1");
        assertThat(async.exchanges()).allSatisfy(e -> {
            assertThat(e.url().queryParameterValues("filter[scopes][]")).containsExactly("primary");
            assertThat(e.url().queryParameter("filter[custom]")).isEqualTo("true");
            assertThat(e.url().queryParameter("filter[name]")).isEqualTo("Test track 1");
        });
    }

    @Test
    void asyncCreate() throws Exception {
        BackgroundTrack created = await(async.client.async().backgroundTracks().create(BackgroundTrackCreateParams
                .builder().name("Bed").volume(40).projectId(3).mediaUrl("https://example.com/bed.mp3").build()));

        assertThat(created).isEqualTo(EXAMPLE);
        assertThat(async.onlyExchange().status()).isEqualTo(201);
    }

    @Test
    void asyncRetrieve() throws Exception {
        BackgroundTrack track = await(async.client.async().backgroundTracks().retrieve(1));

        assertThat(track).isEqualTo(EXAMPLE);
        assertThat(async.onlyExchange().operationId()).hasValue("background_tracks#show");
    }

    @Test
    void asyncUpdate() throws Exception {
        BackgroundTrack updated = await(async.client.async().backgroundTracks()
                .update(1, BackgroundTrackUpdateParams.builder().name("Renamed").volume(80).build()));

        assertThat(updated).isEqualTo(EXAMPLE);
        assertThat(async.onlyExchange().operationId()).hasValue("background_tracks#update");
    }

    @Test
    void asyncRawRetrieve() throws Exception {
        RawResponse<BackgroundTrack> raw = await(async.client.async().backgroundTracks().withRawResponse()
                .retrieve(1));

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).isEqualTo(EXAMPLE);
    }

    // ---------------------------------------------------------------- negative control

    /**
     * The same facade pointed at {@code <proxy>/v1} (the live API's layout) sends {@code /v1/background_tracks/1}:
     * both checkers must object, or the tests above would prove nothing about the paths the facade builds. Uses a
     * proxy of its own, so its deliberate errors stay out of the shared fixtures.
     */
    @Test
    void aWrongBasePathIsCaughtByBothCheckers() {
        try (ValidatingProxy own = ValidatingProxy.start(prism.baseUrl());
             BeyondWordsClient misconfigured = BeyondWordsClient.builder().apiKey(FAKE_KEY)
                     .baseUrl(own.baseUrlString() + "/v1").maxRetries(0).build()) {

            Throwable failure = catchThrowable(() -> misconfigured.backgroundTracks().retrieve(1));

            assertThat(failure).as("Prism knows no /v1 path").isExactlyInstanceOf(NotFoundException.class);
            assertThat(own.validator().exchanges()).singleElement().satisfies(e -> {
                assertThat(e.url().encodedPath()).isEqualTo("/v1/background_tracks/1");
                assertThat(e.requestErrors()).as("swagger-request-validator").isNotEmpty();
            });
            assertThat(own.validator().errors()).anyMatch(line -> line.contains("[request]")
                    && line.contains("/v1/background_tracks/1"));
        }
    }
}
