package io.beyondwords.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.BeyondWordsStandInExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BeyondWordsHealthCheckTest {

    @RegisterExtension
    static final BeyondWordsStandInExtension STAND_IN = new BeyondWordsStandInExtension();

    private final SettableClock clock = new SettableClock();

    private static BeyondWordsClient client(String key, String baseUrl) {
        return BeyondWordsClient.builder().apiKey(key).baseUrl(baseUrl).build();
    }

    @Test
    void upWhenTheApiTakesTheKey(BeyondWordsStandIn standIn) {
        try (BeyondWordsClient client = client(standIn.apiKey(), standIn.baseUrl())) {
            BeyondWordsHealthCheck.Result result = new BeyondWordsHealthCheck(client, defaults(), clock).check();

            assertThat(result.up()).isTrue();
            assertThat(result.details()).containsEntry("baseUrl", standIn.baseUrl())
                    .containsEntry("check", "GET /roles?pagination[limit]=1").containsKey("checkedAt");
            assertThat(standIn.requests()).singleElement()
                    .satisfies(call -> assertThat(call.target()).isEqualTo("/v1/roles?pagination%5Blimit%5D=1"));
        }
    }

    @Test
    void oneCallPerCacheTime(BeyondWordsStandIn standIn) {
        BeyondWordsHealthProperties properties = defaults();
        properties.setCacheTime(Duration.ofMinutes(2));
        try (BeyondWordsClient client = client(standIn.apiKey(), standIn.baseUrl())) {
            BeyondWordsHealthCheck check = new BeyondWordsHealthCheck(client, properties, clock);

            check.check();
            clock.advance(Duration.ofMinutes(2).minusMillis(1));
            check.check();
            assertThat(standIn.requestCount("GET", "/v1/roles")).isEqualTo(1);

            clock.advance(Duration.ofMillis(1));
            check.check();
            assertThat(standIn.requestCount("GET", "/v1/roles")).isEqualTo(2);
        }
    }

    @Test
    void downWhenTheKeyIsRefusedWithoutShowingIt(BeyondWordsStandIn standIn) {
        try (BeyondWordsClient client = client("not-the-stand-ins-key", standIn.baseUrl())) {
            BeyondWordsHealthCheck.Result result = new BeyondWordsHealthCheck(client, defaults(), clock).check();

            assertThat(result.up()).isFalse();
            assertThat(result.details()).containsEntry("status", 401)
                    .containsEntry("error", "the API key was refused");
            assertThat(result.toString()).doesNotContain("not-the-stand-ins-key");
        }
    }

    @Test
    void downWhenTheApiIsUnreachableAndNotRetried() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (BeyondWordsClient client = client("some-key", "http://127.0.0.1:" + closedPort + "/v1")) {
            BeyondWordsHealthCheck.Result result = new BeyondWordsHealthCheck(client, defaults(), clock).check();

            assertThat(result.up()).isFalse();
            assertThat((String) result.details().get("error")).startsWith("ApiConnectionException");
            assertThat(result.toString()).doesNotContain("some-key");
        }
    }

    @Test
    void aFailureIsCachedToo(BeyondWordsStandIn standIn) {
        try (BeyondWordsClient client = client("wrong-key", standIn.baseUrl())) {
            BeyondWordsHealthCheck check = new BeyondWordsHealthCheck(client, defaults(), clock);
            check.check();
            clock.advance(Duration.ofMinutes(4));
            assertThat(check.check().up()).isFalse();
            assertThat(standIn.requestCount("GET", "/v1/roles")).isEqualTo(1);
        }
    }

    private static BeyondWordsHealthProperties defaults() {
        return new BeyondWordsHealthProperties();
    }
}
