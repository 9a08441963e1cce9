package io.beyondwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.errors.ApiTimeoutException;
import io.beyondwords.errors.InternalServerException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BeyondWordsClientTest {
    private final TestServer api = new TestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    private static BeyondWordsClient.Builder builderWithEnv(Map<String, String> env) {
        return new BeyondWordsClient.Builder(env::get);
    }

    @Test
    void aMissingKeyFailsAtBuildNamingTheSettingAndTheVariableAndSendsNothing() {
        assertThatThrownBy(() -> builderWithEnv(Map.of()).baseUrl(api.baseUrl()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiKey(")
                .hasMessageContaining("BEYONDWORDS_API_KEY");
        assertThat(api.requestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "bw_test_FAKE key", "bw_test_FAKE_KEY\n", "\tbw_test_FAKE", "bw_test_FÄKE"})
    void aBlankOrWhitespaceKeyFailsWithoutEchoingIt(String key) {
        assertThatThrownBy(() -> BeyondWordsClient.builder().apiKey(key).baseUrl(api.baseUrl()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiKey(")
                .hasMessageContaining("BEYONDWORDS_API_KEY")
                .satisfies(e -> {
                    if (!key.isBlank()) {
                        assertThat(e.getMessage()).doesNotContain(key.trim());
                    }
                });
        assertThat(api.requestCount()).isZero();
    }

    @Test
    void plainHttpToARemoteHostIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> BeyondWordsClient.builder().apiKey(TestServer.FAKE_KEY)
                .baseUrl("http://api.example.com/v1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https")
                .hasMessageNotContaining(TestServer.FAKE_KEY);
        assertThat(BeyondWordsClient.builder().apiKey(TestServer.FAKE_KEY).baseUrl("http://api.example.com/v1")
                .allowInsecureHttp(true).build().options().allowInsecureHttp()).isTrue();
    }

    @Test
    void negativeTimeoutsAreRejected() {
        assertThatThrownBy(() -> BeyondWordsClient.builder().readTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
        assertThatThrownBy(() -> RequestOptions.builder().deadline(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deadline");
        assertThatThrownBy(() -> BeyondWordsClient.builder().maxRetries(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fromEnvPrefersSystemPropertiesOverTheEnvironment() {
        Map<String, String> env = Map.of(
                "BEYONDWORDS_API_KEY", "bw_test_FROM_ENV",
                "BEYONDWORDS_BASE_URL", "https://env.example.com/v1",
                "beyondwords.baseUrl", api.baseUrl(),
                "beyondwords.apiKey", TestServer.FAKE_KEY,
                "BEYONDWORDS_LOG", "debug");
        api.enqueueJson(200, TestServer.track(1, "a"));

        try (BeyondWordsClient client = builderWithEnv(env).fromEnv().sleeper(d -> { }).build()) {
            client.backgroundTracks().retrieve(1);

            assertThat(client.options().baseUrl()).isEqualTo(api.baseUrl());
            assertThat(client.options().logLevel()).isEqualTo(LogLevel.DEBUG);
            assertThat(api.take().getHeader("X-Api-Key")).isEqualTo(TestServer.FAKE_KEY);
        }
    }

    @Test
    void fromEnvFallsBackToTheEnvironmentAndDefaults() {
        Map<String, String> env = Map.of("BEYONDWORDS_API_KEY", "bw_test_FROM_ENV", "beyondwords.apiKey", " ");

        try (BeyondWordsClient client = builderWithEnv(env).fromEnv().build()) {
            ClientOptions o = client.options();
            assertThat(o.baseUrl()).isEqualTo("https://api.beyondwords.io/v1");
            assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(o.readTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertThat(o.writeTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertThat(o.deadline()).isEqualTo(Duration.ofMinutes(3));
            assertThat(o.retryPolicy()).isEqualTo(RetryPolicy.defaults());
            assertThat(o.retryPolicy().maxRetries()).isEqualTo(2);
            assertThat(o.logLevel()).isEqualTo(LogLevel.OFF);
            assertThat(o.proxy()).isEmpty();
        }
    }

    @Test
    void theKeyIsInNoToString() {
        BeyondWordsClient.Builder builder = api.builder().userAgentSuffix("my-app/1.0")
                .proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.example", 8080)));
        try (BeyondWordsClient client = builder.build()) {
            for (Object o : new Object[] {builder, client, client.options(), client.async(),
                    client.backgroundTracks(), client.withOptions(b -> b.maxRetries(1))}) {
                assertThat(o.toString()).doesNotContain(TestServer.FAKE_KEY);
            }
            assertThat(client.toString()).contains("[redacted]");
        }
    }

    @Test
    void theUserAgentNamesSdkJavaOsAndSuffix() {
        api.enqueueJson(200, TestServer.track(1, "a"));
        try (BeyondWordsClient client = api.builder().userAgentSuffix("my-app/1.0").build()) {
            client.backgroundTracks().retrieve(1);

            assertThat(api.take().getHeader("User-Agent")).isEqualTo("beyondwords-java/" + UserAgent.SDK_VERSION
                    + " (Java " + System.getProperty("java.version") + "; " + System.getProperty("os.name")
                    + ") my-app/1.0");
            assertThat(UserAgent.SDK_VERSION).isNotEqualTo("unknown");
        }
    }

    @Test
    void withOptionsSharesThePoolAndClosingTheOwnerClosesBoth() {
        BeyondWordsClient root = api.builder().build();
        BeyondWordsClient derived = root.withOptions(b -> b.maxRetries(0).readTimeout(Duration.ofSeconds(5)));
        api.enqueueJson(200, TestServer.track(1, "a"));
        api.enqueueJson(200, TestServer.track(2, "b"));

        assertThat(derived.options().retryPolicy().maxRetries()).isZero();
        assertThat(derived.options().readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(root.options().retryPolicy().maxRetries()).isEqualTo(2);
        assertThat(root.backgroundTracks().retrieve(1).id()).isEqualTo(1);
        assertThat(derived.backgroundTracks().retrieve(2).id()).isEqualTo(2);
        assertThat(api.take().getSequenceNumber()).isZero();
        // One pooled connection served both clients: the second request reused it.
        assertThat(api.take().getSequenceNumber()).isEqualTo(1);

        derived.close();
        api.enqueueJson(200, TestServer.track(1, "a"));
        assertThat(root.backgroundTracks().retrieve(1).id()).isEqualTo(1);

        root.close();
        root.close();
        assertThatThrownBy(() -> derived.backgroundTracks().retrieve(1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void requestOptionsOverrideTheRetryPolicyForOneCall() {
        api.enqueueJson(503, "{}");
        api.enqueueJson(200, TestServer.track(1, "a"));

        assertThatThrownBy(() -> api.client().backgroundTracks().retrieve(1,
                RequestOptions.builder().retryPolicy(RetryPolicy.none()).build()))
                .isInstanceOf(InternalServerException.class);
        assertThat(api.client().backgroundTracks().retrieve(1).id()).isEqualTo(1);
        assertThat(api.sleeps).isEmpty();
    }

    @Test
    void requestOptionsOverrideTheReadTimeoutForOneCall() {
        api.enqueue(new MockResponse().setBody(TestServer.track(1, "slow")).setHeadersDelay(500,
                TimeUnit.MILLISECONDS));
        api.enqueue(new MockResponse().setBody(TestServer.track(1, "slow")).setHeadersDelay(500,
                TimeUnit.MILLISECONDS));

        RequestOptions impatient = RequestOptions.builder().readTimeout(Duration.ofMillis(100))
                .retryPolicy(RetryPolicy.none()).build();
        assertThatThrownBy(() -> api.client().backgroundTracks().retrieve(1, impatient))
                .isInstanceOf(ApiTimeoutException.class);
        assertThat(api.client().backgroundTracks().retrieve(1).name()).isEqualTo("slow");
    }

    @Test
    void theDeadlineBoundsTheWholeCall() {
        api.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

        long start = System.nanoTime();
        assertThatThrownBy(() -> api.client().backgroundTracks().retrieve(1,
                RequestOptions.builder().deadline(Duration.ofMillis(300)).build()))
                .isInstanceOf(ApiTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }
}
