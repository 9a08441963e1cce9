package io.beyondwords.it.contract;

import static io.beyondwords.it.contract.ContractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import io.beyondwords.JsonValue;
import io.beyondwords.RawResponse;
import io.beyondwords.content.Content;
import io.beyondwords.content.ContentBatchDeleteParams;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.content.ContentListParams;
import io.beyondwords.content.ContentRetrieveParams;
import io.beyondwords.content.ContentStatus;
import io.beyondwords.content.ContentType;
import io.beyondwords.content.ContentUpdateParams;
import io.beyondwords.content.SegmentDetail;
import io.beyondwords.errors.InconsistentPagesException;
import io.beyondwords.it.support.SpecValidatingInterceptor.Exchange;
import io.beyondwords.paging.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every operation tagged Content in openapi.yaml through the facade, sync and async, against Prism: list, create
 * (with the segments query parameter and every body field), retrieve, update, delete and batch delete. Prism answers
 * with the spec's contentListExample and contentExample (204 without a body for the deletes); each value is validated
 * and compared with them.
 */
class ContentAgainstPrismIT extends ResourceAgainstPrism {

    private static final JsonObject CONTENT = SpecExamples.object("contentExample");
    private static final JsonObject LISTED = SpecExamples.firstItem("contentListExample");
    private static final String ID = CONTENT.get("id").getAsString();

    ContentAgainstPrismIT() {
        super("Content");
    }

    // ---------------------------------------------------------------- content#index

    @Test
    void listAPageAndTheNext() {
        Page<Content> page = sync.client.content().list(12, ContentListParams.builder().limit(1).offset(4).build());

        assertThat(page.items()).as(prism.output()).singleElement().satisfies(c -> assertListed(c.validate()));
        assertThat(page.hasNextPage()).as("a full page of 1").isTrue();
        assertThatThrownBy(page::nextPage).as("Prism answers every offset with the same example: the pager stops").isInstanceOf(InconsistentPagesException.class);
        assertThat(sync.exchanges()).extracting(e -> e.url().encodedPath()).containsOnly("/projects/12/content");
        assertThat(sync.exchanges()).extracting(e -> e.url().queryParameter("pagination[offset]"))
                .containsExactly("4", "5");
        assertThat(sync.exchanges()).extracting(e -> e.url().queryParameter("pagination[limit]")).containsOnly("1");
    }

    @Test
    void listWithoutParameters() {
        assertThat(sync.client.content().list(12).items()).singleElement()
                .satisfies(c -> assertListed(c.validate()));
    }

    // ---------------------------------------------------------------- content#create

    @Test
    void createWithEveryFieldAndTheSegmentsParameter() {
        Content created = sync.client.content().create(12, ContentCreateParams.builder()
                .segments(SegmentDetail.FULL)
                .type(ContentType.AUTO_SEGMENT)
                .title("<h1>Rain on Tuesday</h1>").summary("<p>Rain.</p>").body("<p>Bring an umbrella.</p>")
                .titleEnabled(true).bodyEnabled(true).summaryEnabled(false).summaryTitleEnabled(false)
                .sourceId("weather-2023-01-03").sourceUrl("https://example.com/weather/2023-01-03")
                .author("Sam Reporter").imageUrl("https://example.com/rain.jpg")
                .putMetadata("section", JsonValue.of("weather"))
                .putMetadata("tags", JsonValue.arrayBuilder().add("rain").add("uk").build())
                .published(true).publishDate(Instant.parse("2023-01-03T06:00:00Z"))
                .adsEnabled(true).autoSegmentUpdatesEnabled(false)
                .titleVoiceId(2517).summaryVoiceId(2517).bodyVoiceId(2518).language("en_GB")
                .build());

        assertContent(created.validate());
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.method()).isEqualTo("POST");
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/12/content");
        assertThat(exchange.url().queryParameter("segments")).as("a query parameter, not a body field")
                .isEqualTo("full");
        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.requestBodyValidated()).as("the body itself went through the validator").isTrue();
        assertThat(exchange.prismViolations()).isNull();
    }

    @Test
    void rawCreateWithOneField() {
        RawResponse<Content> raw = sync.client.content().withRawResponse()
                .create(12, ContentCreateParams.builder().title("Only a title").build());

        assertThat(raw.statusCode()).isEqualTo(200);
        assertContent(raw.body().validate());
        assertThat(sync.onlyExchange().url().queryParameterNames()).isEmpty();
    }

    // ---------------------------------------------------------------- content#show

    @Test
    void retrieveByIdAndBySourceIdWithSegments() {
        assertContent(sync.client.content().retrieve(12, ID).validate());
        assertContent(sync.client.content()
                .retrieve(12, "weather/2023 01", ContentRetrieveParams.builder().segments(SegmentDetail.PARTIAL)
                        .build()).validate());

        assertThat(sync.exchanges()).extracting(e -> e.url().encodedPath()).containsExactly(
                "/projects/12/content/" + ID, "/projects/12/content/weather%2F2023%2001");
        assertThat(sync.exchanges().get(1).url().queryParameter("segments")).isEqualTo("partial");
        assertThat(sync.exchanges()).extracting(e -> e.operationId().orElse("?")).containsOnly("content#show");
    }

    // ---------------------------------------------------------------- content#update

    @Test
    void updateSendsOnlyWhatWasSet() {
        Content updated = sync.client.content().update(12, ID,
                ContentUpdateParams.builder().title("<h1>Sun on Tuesday</h1>").published(false).build());

        assertContent(updated.validate());
        Exchange exchange = sync.onlyExchange();
        assertThat(exchange.method()).isEqualTo("PUT");
        assertThat(exchange.url().encodedPath()).isEqualTo("/projects/12/content/" + ID);
        assertThat(exchange.requestBodyValidated()).isTrue();
        assertThat(exchange.prismViolations()).isNull();
    }

    // ---------------------------------------------------------------- content#destroy and content#batch_delete

    @Test
    void deleteAndBatchDelete() {
        sync.client.content().delete(12, ID);
        RawResponse<Void> raw = sync.client.content().withRawResponse()
                .batchDelete(12, ContentBatchDeleteParams.builder().addId(ID).addId("weather-2023-01-04").build());

        assertThat(raw.statusCode()).isEqualTo(204);
        assertThat(raw.body()).isNull();
        assertThat(sync.exchanges()).extracting(Exchange::method, e -> e.url().encodedPath(), Exchange::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DELETE", "/projects/12/content/" + ID, 204),
                        org.assertj.core.groups.Tuple.tuple("POST", "/projects/12/content/batch_delete", 204));
        assertThat(sync.exchanges().get(1).requestBodyValidated()).isTrue();
    }

    // ---------------------------------------------------------------- the async API, every operation

    @Test
    void asyncEveryOperation() throws Exception {
        var content = async.client.async().content();
        assertThat(await(content.list(12, ContentListParams.builder().limit(10).build())).items())
                .singleElement().satisfies(c -> assertListed(c.validate()));
        assertContent(await(content.create(12, ContentCreateParams.builder().title("T").sourceId("s-1").build()))
                .validate());
        assertContent(await(content.retrieve(12, ID)).validate());
        assertContent(await(content.update(12, ID, ContentUpdateParams.builder().author("A. N. Other").build()))
                .validate());
        assertThat(await(content.delete(12, ID))).isNull();
        assertThat(await(content.batchDelete(12, ContentBatchDeleteParams.builder().ids(List.of(ID)).build())))
                .isNull();

        assertThat(async.exchanges()).extracting(e -> e.operationId().orElse("?")).containsExactly(
                "content#index", "content#create", "content#show", "content#update", "content#destroy",
                "content#batch_delete");
    }

    // ---------------------------------------------------------------- against the spec's examples

    /** contentExample: a processed item with two audio files, an empty video list and metadata. */
    private static void assertContent(Content content) {
        assertThat(content.id()).isEqualTo(ID);
        assertThat(content.status()).hasValue(ContentStatus.PROCESSED);
        assertThat(content.type()).hasValue(ContentType.AUTO_SEGMENT);
        assertThat(content.sourceId()).hasValue(CONTENT.get("source_id").getAsString());
        assertThat(content.sourceUrl()).hasValue(CONTENT.get("source_url").getAsString());
        assertThat(content.audio()).hasValueSatisfying(audio -> {
            assertThat(audio).hasSize(CONTENT.getAsJsonArray("audio").size());
            JsonObject first = CONTENT.getAsJsonArray("audio").get(0).getAsJsonObject();
            assertThat(audio.get(0).url()).isEqualTo(first.get("url").getAsString());
            assertThat(audio.get(0).duration()).hasValue(Duration.ofMillis(first.get("duration").getAsLong()));
            assertThat(audio.get(1).contentType()).hasValue("application/vnd.apple.mpegurl");
        });
        assertThat(content.video()).hasValue(List.of());
        assertThat(content.metadata()).hasValueSatisfying(metadata -> assertThat(
                metadata.get("section")).isEqualTo(
                JsonValue.parse(CONTENT.getAsJsonObject("metadata").get("section").toString())));
        assertThat(content.titleVoiceId()).hasValue(CONTENT.get("title_voice_id").getAsLong());
        assertThat(content.publishDate()).hasValue(Instant.parse("2023-01-03T06:00:00Z"));
    }

    /** contentListExample: an item as the list shows it. */
    private static void assertListed(Content content) {
        assertThat(content.id()).isEqualTo(LISTED.get("id").getAsString());
        assertThat(content.title()).hasValue(LISTED.get("title").getAsString());
        assertThat(content.audio()).hasValueSatisfying(audio -> assertThat(audio).singleElement()
                .satisfies(a -> assertThat(a.id()).hasValue(101)));
        assertThat(content.created()).hasValue(Instant.parse("2023-01-03T05:59:00Z"));
    }
}
