package io.beyondwords.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.JsonValue;
import io.beyondwords.TestServer;
import io.beyondwords.errors.InvalidResponseException;
import java.math.BigDecimal;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Free-form JSON in content values and params: metadata and unknown members as {@link JsonValue}, both ways. */
class ContentJsonValuesTest {
    private static final long PROJECT = 7;
    private static final String ID = "9279c9e0-e0b5-4789-9040-f44478ed3e9e";
    private static final String METADATA = "{\"desk\":\"weather\",\"tags\":[\"rain\",\"uk\"],"
            + "\"geo\":{\"lat\":51.5,\"exact\":false},\"edition\":null,\"big\":12345678901234567890.5}";

    private final TestServer api = new TestServer();
    private final BeyondWordsClient client = api.client();

    @AfterEach
    void close() throws Exception {
        client.close();
        api.close();
    }

    @Test
    void nestedMetadataIsReadAsJsonValues() {
        api.enqueueJson(200, "{\"id\":\"" + ID + "\",\"title\":\"Rain\",\"metadata\":" + METADATA + "}");

        Content content = client.content().retrieve(PROJECT, ID);

        Map<String, JsonValue> metadata = content.metadata().orElseThrow();
        assertThat(metadata).containsOnlyKeys("desk", "tags", "geo", "edition", "big");
        assertThat(metadata.get("desk").asString()).contains("weather");
        assertThat(metadata.get("tags").asArray().orElseThrow()).containsExactly(JsonValue.of("rain"),
                JsonValue.of("uk"));
        assertThat(metadata.get("geo").member("lat").flatMap(JsonValue::asNumber)).contains(new BigDecimal("51.5"));
        assertThat(metadata.get("geo").member("exact").flatMap(JsonValue::asBoolean)).contains(false);
        assertThat(metadata.get("edition").isNull()).isTrue();
        assertThat(metadata.get("big").asNumber()).as("no rounding through double")
                .contains(new BigDecimal("12345678901234567890.5"));
        assertThat(JsonValue.ofMap(metadata)).isEqualTo(JsonValue.parse(METADATA));
    }

    @Test
    void anUnknownMemberIsKeptAsAJsonValue() {
        api.enqueueJson(200, "{\"id\":\"" + ID + "\",\"title\":\"Rain\",\"reading_time\":{\"minutes\":3,"
                + "\"words\":[1,2]},\"flagged\":true}");

        Content content = client.content().retrieve(PROJECT, ID);

        assertThat(content.additionalProperties()).containsOnlyKeys("reading_time", "flagged");
        assertThat(content.additionalProperties().get("reading_time").member("minutes").flatMap(JsonValue::asNumber))
                .contains(BigDecimal.valueOf(3));
        assertThat(content.additionalProperties().get("reading_time").toJson())
                .isEqualTo("{\"minutes\":3,\"words\":[1,2]}");
        assertThat(content.additionalProperties().get("flagged")).isEqualTo(JsonValue.of(true));
        assertThat(content.title()).contains("Rain");
        assertThat(content.toBuilder().build()).isEqualTo(content);
    }

    @Test
    void metadataOfAnotherJsonTypeFailsOnlyItsAccessor() {
        api.enqueueJson(200, "{\"id\":\"" + ID + "\",\"title\":\"Rain\",\"metadata\":\"desk=weather\"}");

        Content content = client.content().retrieve(PROJECT, ID);

        assertThatThrownBy(content::metadata).isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("'metadata' is \"desk=weather\", not a JSON object");
        assertThat(content.title()).contains("Rain");
        assertThatThrownBy(content::validate).isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("'metadata'");
    }

    @Test
    void metadataBuiltAsJsonValuesRoundTripsThroughARequest() throws Exception {
        JsonValue geo = JsonValue.objectBuilder().put("lat", 51.5).put("exact", false).build();
        ContentCreateParams params = ContentCreateParams.builder().title("Rain").body("<p>Rain</p>")
                .putMetadata("desk", JsonValue.of("weather"))
                .putMetadata("tags", JsonValue.arrayBuilder().add("rain").add("uk").build())
                .putMetadata("geo", geo)
                .build();
        assertThat(params.metadata()).containsOnlyKeys("desk", "tags", "geo");
        api.enqueueJson(201, "{\"id\":\"" + ID + "\",\"title\":\"Rain\",\"metadata\":{\"desk\":\"weather\","
                + "\"tags\":[\"rain\",\"uk\"],\"geo\":{\"lat\":51.5,\"exact\":false}}}");

        Content created = client.content().create(PROJECT, params);

        RecordedRequest request = api.server.takeRequest();
        JsonValue sent = JsonValue.parse(request.getBody().readUtf8());
        assertThat(sent.member("metadata")).contains(JsonValue.ofMap(params.metadata()));
        assertThat(sent.member("metadata").orElseThrow().toJson())
                .isEqualTo("{\"desk\":\"weather\",\"tags\":[\"rain\",\"uk\"],\"geo\":{\"lat\":51.5,\"exact\":false}}");
        assertThat(created.metadata()).contains(params.metadata());

        Content built = Content.builder().id(ID).title("Rain").metadata(params.metadata())
                .additionalProperties(Map.of("reading_time", JsonValue.of(3))).build();
        assertThat(built.metadata()).contains(params.metadata());
        assertThat(built.toBuilder().build()).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(built.toString()).contains("desk").contains("reading_time");
    }
}
