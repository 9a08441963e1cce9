package io.beyondwords.consumer.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.BeyondWordsStandInExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application as it runs, on a random port, calling the stand-in; its client set by two properties only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.health.beyondwords.enabled=true", "management.endpoint.health.show-details=always"})
class TracksApplicationTest {

    @RegisterExtension
    static final BeyondWordsStandInExtension STAND_IN = new BeyondWordsStandInExtension();

    @DynamicPropertySource
    static void beyondWords(DynamicPropertyRegistry registry) {
        registry.add("beyondwords.api-key", STAND_IN::apiKey);
        registry.add("beyondwords.base-url", STAND_IN::baseUrl);
    }

    @Value("${local.server.port}")
    int port;

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void theInjectedClientCallsTheStandIn(BeyondWordsStandIn standIn) throws Exception {
        standIn.seed(2);
        assertThat(get("/tracks/2/name")).isEqualTo("Track 2");
        assertThat(standIn.requestCount("GET", "/v1/background_tracks/2")).isEqualTo(1);
    }

    @Test
    void theHealthEndpointShowsTheBeyondWordsIndicator(BeyondWordsStandIn standIn) throws Exception {
        String health = get("/actuator/health");
        // Boot 3 writes a component's status before its details, Boot 4 after.
        assertThat(health).containsPattern("\"beyondwords\":\\{(\"details\":\\{[^{}]*\\},)?\"status\":\"UP\"")
                .contains(standIn.baseUrl()).doesNotContain(standIn.apiKey());
    }

    /**
     * Boot 4.0's dependency management pins kotlin-stdlib (to Kotlin 2.2) but not OkHttp: OkHttp stays the SDK's 5.x.
     * Printed for the build log.
     */
    @Test
    void whatBootsDependencyManagementResolved() {
        System.out.println("OkHttp " + okhttp3.OkHttp.VERSION + ", Kotlin stdlib " + kotlin.KotlinVersion.CURRENT);
        assertThat(okhttp3.OkHttp.VERSION).startsWith("5.");
        assertThat(kotlin.KotlinVersion.CURRENT.toString()).startsWith("2.2.");
    }
}
