package io.beyondwords.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.beyondwords.BeyondWordsClient;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a user sees on each OkHttp setup of pom.xml (system property okhttp.setup names the profile). */
class OkHttpSetupTest {
    private static final String SETUP = System.getProperty("okhttp.setup", "");

    @Test
    void theClientWorksOrSaysWhatToChange() throws Exception {
        switch (SETUP) {
            case "okhttp-4":
                assertEquals("4.12.0", okhttp3.OkHttp.VERSION);
                retrievesATrackFromALoopbackServer();
                break;
            case "no-okhttp":
                assertTrue(failure().contains("its classes are not on the class path"), failure());
                assertTrue(failure().contains("add com.squareup.okhttp3:okhttp-jvm"), failure());
                break;
            case "okhttp-4-beside-5":
                assertTrue(failure().contains("found 2 copies of OkHttp"), failure());
                assertTrue(failure().contains("okhttp-4.12.0.jar") && failure().contains("okhttp-jvm-"), failure());
                break;
            default:
                throw new AssertionError("run with one of the profiles okhttp-4, no-okhttp, okhttp-4-beside-5");
        }
    }

    private static String failure() {
        return assertThrows(IllegalStateException.class,
                () -> BeyondWordsClient.builder().apiKey("key").build()).getMessage();
    }

    /** The JDK's own HTTP server, so that nothing here needs OkHttp 5 (the testkit does). */
    private static void retrievesATrackFromALoopbackServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/background_tracks/7", exchange -> {
            byte[] body = ("{\"id\":7,\"name\":\"On OkHttp 4\",\"volume\":90,\"created\":\"2023-01-01 00:00:00 UTC\","
                    + "\"updated\":\"2023-01-01 00:00:00 UTC\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (BeyondWordsClient client = BeyondWordsClient.builder().apiKey("key")
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1").maxRetries(0).build()) {
            BackgroundTrack track = client.backgroundTracks().retrieve(7);
            assertEquals("On OkHttp 4", track.name());
            assertEquals(90, track.volume());
        } finally {
            server.stop(0);
        }
    }
}
