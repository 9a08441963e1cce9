package io.beyondwords.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.beyondwords.TestServer;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackCreateParams;
import io.beyondwords.backgroundtracks.BackgroundTrackService;
import io.beyondwords.backgroundtracks.Media;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A 2xx body the SDK cannot read is reported in the SDK's own words (what was expected, where, and what came), never
 * with the JSON parser's text, which carries advice and troubleshooting links for the parser's own users. Each case
 * asserts the whole message, over a real loopback server, through the public client.
 */
class InvalidResponseMessageTest {
    private static final String NGINX_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    /** What must never show: the parser's name, its advice, its links, Java's exception names. */
    private static final List<String> NOT_OURS = List.of("gson", "jsonreader", "setstrictness", "lenient", "github",
            "troubleshooting", "https://", "exception", "java.", "line 1 column");

    private final TestServer api = new TestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    private BackgroundTrackService tracks() {
        return api.client().backgroundTracks();
    }

    private String one() {
        return "GET " + api.baseUrl() + "/background_tracks/1: HTTP 200 but ";
    }

    private String page() {
        return "GET " + api.baseUrl() + "/background_tracks: HTTP 200 but ";
    }

    private void answer(String contentType, String body) {
        MockResponse response = new MockResponse().setBody(body);
        api.enqueue(contentType == null ? response : response.setHeader("Content-Type", contentType));
    }

    private void answer(String contentType, byte[] body) {
        api.enqueue(new MockResponse().setHeader("Content-Type", contentType).setBody(new Buffer().write(body)));
    }

    /** @return the message of the {@link InvalidResponseException} the call throws, checked to be ours */
    private static String messageOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidResponseException.class).hasNoCause();
        String message = thrown.getMessage();
        assertThat(message).doesNotContain("\n", "\r");
        for (String word : NOT_OURS) {
            assertThat(message).doesNotContainIgnoringCase(word);
        }
        return message;
    }

    @Test
    void anHtmlPageIsNotJsonAndItsStartIsShownEscaped() {
        answer("text/html; charset=utf-8", "<html><body>Bad gateway</body></html>");
        answer("text/html", NGINX_502);

        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body is not JSON "
                + "(Content-Type text/html; charset=utf-8, starts with \"<html><body>Bad gateway</body></html>\")");
        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body is not JSON "
                + "(Content-Type text/html, starts with \"<html>\\r\\n<head><title>502 Bad Gateway</title></head>"
                + "\\r\\n<body>\\r\\n<center><h1>502 Bad Gateway</h1></cente…\")");
    }

    @Test
    void truncatedJsonSaysWhereItEnds() {
        answer("application/json", "{\"id\":1,\"name\":");
        answer("application/json", "{\"id\":1,\"name\":\"Pia");
        answer("application/json", "[" + TestServer.track(1, "a") + ",{\"id\":2,\"vol");

        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body is truncated JSON: "
                + "it ends at $.name (Content-Type application/json, starts with \"{\\\"id\\\":1,\\\"name\\\":\")");
        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body is truncated JSON: "
                + "it ends at $.name (Content-Type application/json, starts with "
                + "\"{\\\"id\\\":1,\\\"name\\\":\\\"Pia\")");
        // Cut inside a member name: Gson's path still names the member before it.
        assertThat(messageOf(() -> tracks().list())).isEqualTo(page() + "the response body is truncated JSON: "
                + "it ends at $[1].id (Content-Type application/json, starts with \"[{\\\"id\\\":1,\\\"name\\\":"
                + "\\\"a\\\",\\\"volume\\\":100,\\\"created\\\":\\\"2023-01-01 00:00:00 UTC\\\","
                + "\\\"updated\\\":\\\"2023-01-01 00:00:05 …\")");
    }

    @Test
    void aLargeBodyReadInChunksIsDescribedWithoutItsStart() {
        // The in-memory reader keeps the body's start only while its first chunk is unread-over; copying it aside
        // for every body would cost the success path, so a longer body's message goes without it.
        String page = TestServer.tracks(1, 30);
        answer("application/json", page.substring(0, page.length() - 20));

        assertThat(messageOf(() -> tracks().list()))
                .isEqualTo(page() + "the response body is truncated JSON: it ends at $[29].updated "
                        + "(Content-Type application/json)");
    }

    @Test
    void brokenJsonBeforeTheEndSaysWhere() {
        answer("application/json", "{\"id\":1,\"name\" \"a\"}");

        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body is not valid JSON at "
                + "$.name (Content-Type application/json, starts with \"{\\\"id\\\":1,\\\"name\\\" \\\"a\\\"}\")");
    }

    @Test
    void dataAfterTheJsonValueIsNamed() {
        answer("application/json", "{\"id\":1}{\"id\":2}");

        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body has more data after "
                + "its JSON value (Content-Type application/json, starts with \"{\\\"id\\\":1}{\\\"id\\\":2}\")");
    }

    @Test
    void anArrayWhereAnObjectIsExpectedAndTheOtherWayRound() {
        answer("application/json", "[1,2]");
        answer("application/json", "{\"error\":\"x\"}");

        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body does not match: "
                + "expected a JSON object (a background track) at $ but found a JSON array "
                + "(Content-Type application/json, starts with \"[1,2]\")");
        assertThat(messageOf(() -> tracks().list())).isEqualTo(page() + "the response body does not match: "
                + "expected a JSON array (of background tracks) at $ but found a JSON object "
                + "(Content-Type application/json, starts with \"{\\\"error\\\":\\\"x\\\"}\")");
    }

    // A member of the wrong type costs only itself: the call succeeds and the accessor that reads it says what came.

    @Test
    void aStringWhereANumberIsExpectedNamesTheItemAndFieldWhenRead() {
        String item = "{\"id\":4,\"name\":\"d\",\"volume\":\"loud\","
                + "\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-01-01 00:00:00 UTC\"}";
        answer("application/json", "[" + TestServer.tracks(1, 3).substring(1, TestServer.tracks(1, 3).length() - 1)
                + "," + item + "]");

        BackgroundTrack fourth = tracks().list().items().get(3);

        assertThat(messageOf(fourth::volume)).isEqualTo(page()
                + "background track 4's 'volume' is \"loud\", not a whole number");
    }

    @Test
    void aNumberOutOfTheFieldsRangeIsShownAsSent() {
        answer("application/json", "{\"id\":1,\"name\":\"a\",\"volume\":99999999999}");
        answer("application/json", "{\"id\":1e400}");
        answer("application/json", "{\"id\":1,\"volume\":1.5}");

        assertThat(messageOf(tracks().retrieve(1)::volume)).isEqualTo(one()
                + "background track 1's 'volume' is 99999999999, not a whole number");
        assertThat(messageOf(tracks().retrieve(1)::id)).isEqualTo(one()
                + "the background track's 'id' is 1e400, not a whole number");
        assertThat(messageOf(tracks().retrieve(1)::volume)).isEqualTo(one()
                + "background track 1's 'volume' is 1.5, not a whole number");
    }

    @Test
    void otherWrongTypesInsideATrackAreShownAsSent() {
        answer("application/json", "{\"id\":1,\"name\":{}}");
        answer("application/json", "{\"id\":1,\"media\":5}");
        answer("application/json", "{\"id\":1,\"media\":{\"duration\":\"long\\n\"}}");
        answer("application/json; charset=iso-8859-1", "{\"id\":1,\"media\":\"piano.mp3\"}");

        assertThat(messageOf(tracks().retrieve(1)::name)).isEqualTo(one()
                + "background track 1's 'name' is {}, not a string");
        assertThat(messageOf(tracks().retrieve(1)::media)).isEqualTo(one()
                + "background track 1's 'media' is 5, not a JSON object");
        Media media = tracks().retrieve(1).media().orElseThrow();
        assertThat(messageOf(media::duration)).isEqualTo(one()
                + "background track 1's 'media.duration' is \"long\\n\", not a duration in milliseconds (0 or more)");
        assertThat(messageOf(tracks().retrieve(1)::media)).isEqualTo(one()
                + "background track 1's 'media' is \"piano.mp3\", not a JSON object");
    }

    @Test
    void textThatStartsLikeANumberIsShownWithItsStart() {
        answer("text/plain", "404 Not Found");

        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body does not match: "
                + "expected a JSON object (a background track) at $ but found 404 "
                + "(Content-Type text/plain, starts with \"404 Not Found\")");
    }

    @Test
    void anEmptyBodyNamesWhatWasExpected() {
        api.enqueue(new MockResponse().setResponseCode(201));
        answer("application/json", "");
        answer("application/json", " \r\n");

        assertThat(messageOf(() -> tracks().create(BackgroundTrackCreateParams.builder().name("x").build())))
                .isEqualTo("POST " + api.baseUrl() + "/background_tracks: HTTP 201 but the response body is empty "
                        + "where a JSON object (a background track) was expected (no Content-Type)");
        assertThat(messageOf(() -> tracks().list())).isEqualTo(page() + "the response body is empty where "
                + "a JSON array (of background tracks) was expected (Content-Type application/json)");
        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body has no JSON value "
                + "where a JSON object (a background track) was expected "
                + "(Content-Type application/json, starts with \" \\r\\n\")");
    }

    @Test
    void jsonNull() {
        answer("application/json", "null");

        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body does not match: "
                + "expected a JSON object (a background track) at $ but found null");
    }

    @Test
    void invalidUtf8AndNulBytesAreEscaped() {
        answer("application/json", "{\"id\":1}".getBytes(StandardCharsets.UTF_16));
        answer("text/plain; charset=utf-8", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'a', 'u', ' ', 'l', 'a', 'i',
            't'});
        answer("application/json", "{\"id\":1}\u0000\u0000\u0000");

        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body is not JSON "
                + "(Content-Type application/json, starts with "
                + "\"\\xFE\\xFF\\u0000{\\u0000\\\"\\u0000i\\u0000d\\u0000\\\"\\u0000:\\u00001\\u0000}\")");
        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body is not JSON "
                + "(Content-Type text/plain; charset=utf-8, starts with \"caf\\xE9 au lait\")");
        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body has more data after "
                + "its JSON value (Content-Type application/json, starts with "
                + "\"{\\\"id\\\":1}\\u0000\\u0000\\u0000\")");
    }

    @Test
    void controlAndInvisibleCharactersCannotBreakALogLine() {
        answer("text/plain", "line1\r\nline2\t\"q\" \\ \u202Eevil\u2028\u0085\u00A0\u200B end \uD83C\uDFB5");

        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body is not JSON "
                + "(Content-Type text/plain, starts with \"line1\\r\\nline2\\t\\\"q\\\" \\\\ \\u202Eevil\\u2028"
                + "\\u0085\\u00A0\\u200B end \uD83C\uDFB5\")");
    }

    @Test
    void aBodyInAnotherDeclaredCharsetIsShownDecodedWithIt() {
        answer("text/html; charset=iso-8859-1", "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body is not JSON "
                + "(Content-Type text/html; charset=iso-8859-1, starts with \"<p>caf\u00e9</p>\")");
    }

    @Test
    void aBodyOverOneMebibyteIsStreamedAndStillShowsItsStart() {
        StringBuilder html = new StringBuilder("<html><body>");
        while (html.length() < 2 * 1024 * 1024) {
            html.append("<p>Bad gateway</p>\n");
        }
        answer("text/html", html.toString());

        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body is not JSON "
                + "(Content-Type text/html, starts with \"<html><body><p>Bad gateway</p>\\n<p>Bad gateway</p>\\n"
                + "<p>Bad gateway</p>\\n<p>Bad gateway</p>\\n<p>Bad gatew…\")");
    }

    @Test
    void theApiKeyInAnEchoedBodyIsMasked() {
        answer("text/plain", "X-Api-Key: " + TestServer.FAKE_KEY);

        assertThat(messageOf(() -> tracks().retrieve(1))).isEqualTo(one() + "the response body is not JSON "
                + "(Content-Type text/plain, starts with \"X-Api-Key: [redacted]\")");
    }

    @Test
    void theAsyncCallReportsTheSameMessage() {
        answer("text/html; charset=utf-8", "<html><body>Bad gateway</body></html>");

        assertThatExceptionOfType(ExecutionException.class)
                .isThrownBy(() -> api.client().async().backgroundTracks().retrieve(1).get(10, TimeUnit.SECONDS))
                .havingCause().isInstanceOf(InvalidResponseException.class)
                .withMessage(one() + "the response body is not JSON (Content-Type text/html; charset=utf-8, "
                        + "starts with \"<html><body>Bad gateway</body></html>\")");
    }
}
