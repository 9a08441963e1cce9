package io.beyondwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ClientOptions.Builder} is the one place each setting lives: the client's builder, {@code toBuilder()} and
 * {@link BeyondWordsClient#withOptions} all go through it, so a setting set anywhere arrives everywhere.
 */
class ClientOptionsTest {
    private static final Proxy PROXY = new Proxy(Proxy.Type.HTTP,
            InetSocketAddress.createUnresolved("proxy.example", 8080));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final Sleeper SLEEPER = d -> { };
    private static final DoubleSupplier JITTER = () -> 1.0;

    private final TestServer api = new TestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    /** Every setting away from its default. */
    private static ClientOptions.Builder everySetting(ClientOptions.Builder b) {
        return b.baseUrl(" http://api.example.com/v2 ").allowInsecureHttp(true)
                .connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(2))
                .writeTimeout(Duration.ofSeconds(3)).deadline(Duration.ofSeconds(4)).maxRetries(5).proxy(PROXY)
                .userAgentSuffix("my-app/1.0").logLevel(LogLevel.DEBUG).clock(CLOCK).sleeper(SLEEPER)
                .jitterSource(JITTER).strictResponses(true);
    }

    private static void assertEverySetting(ClientOptions o) {
        assertThat(o.baseUrl()).isEqualTo("http://api.example.com/v2");
        assertThat(o.allowInsecureHttp()).isTrue();
        assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(o.readTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(o.writeTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(o.deadline()).isEqualTo(Duration.ofSeconds(4));
        assertThat(o.retryPolicy().maxRetries()).isEqualTo(5);
        assertThat(o.proxy()).contains(PROXY);
        assertThat(o.userAgentSuffix()).contains("my-app/1.0");
        assertThat(o.userAgent()).endsWith(") my-app/1.0");
        assertThat(o.logLevel()).isEqualTo(LogLevel.DEBUG);
        assertThat(o.clock()).isSameAs(CLOCK);
        assertThat(o.sleeper()).isSameAs(SLEEPER);
        assertThat(o.jitterSource()).isSameAs(JITTER);
        assertThat(o.strictResponses()).isTrue();
    }

    @Test
    void aNewBuilderHoldsTheDocumentedDefaults() {
        ClientOptions o = new ClientOptions.Builder(Map.<String, String>of()::get).build();

        assertThat(o.baseUrl()).isEqualTo(ClientOptions.DEFAULT_BASE_URL);
        assertThat(o.allowInsecureHttp()).isFalse();
        assertThat(o.connectTimeout()).isEqualTo(ClientOptions.DEFAULT_CONNECT_TIMEOUT);
        assertThat(o.readTimeout()).isEqualTo(ClientOptions.DEFAULT_READ_TIMEOUT);
        assertThat(o.writeTimeout()).isEqualTo(ClientOptions.DEFAULT_WRITE_TIMEOUT);
        assertThat(o.deadline()).isEqualTo(ClientOptions.DEFAULT_DEADLINE);
        assertThat(o.retryPolicy()).isEqualTo(RetryPolicy.defaults());
        assertThat(o.proxy()).isEmpty();
        assertThat(o.userAgentSuffix()).isEmpty();
        assertThat(o.logLevel()).isEqualTo(LogLevel.OFF);
        assertThat(o.clock()).isEqualTo(Clock.systemUTC());
        assertThat(o.strictResponses()).isFalse();
        assertThat(o.jitterSource().getAsDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void toBuilderKeepsEverySetting() {
        ClientOptions o = everySetting(ClientOptions.builder()).build();

        assertEverySetting(o);
        assertEverySetting(o.toBuilder().build());
        assertThat(o.toBuilder().readTimeout(Duration.ZERO).build().readTimeout()).isZero();
        assertThat(o.readTimeout()).as("the original is unchanged").isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void anUnsetLogLevelIsReadFromTheEnvironmentAtBuild() {
        ClientOptions.Builder b = new ClientOptions.Builder(Map.of(BeyondWordsClient.LOG_ENV, "debug")::get);

        assertThat(b.build().logLevel()).isEqualTo(LogLevel.DEBUG);
        assertThat(b.logLevel(LogLevel.INFO).build().logLevel()).isEqualTo(LogLevel.INFO);
    }

    @Test
    void buildChecksTheBaseUrlAndEachSetterItsArgumentWithTheClientBuildersMessages() {
        assertThatThrownBy(() -> ClientOptions.builder().baseUrl("http://api.example.com/v1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl must use https");
        assertThatThrownBy(() -> BeyondWordsClient.builder().apiKey(TestServer.FAKE_KEY)
                .baseUrl("http://api.example.com/v1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl must use https");
        assertThatThrownBy(() -> ClientOptions.builder().connectTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("connectTimeout must not be negative, was PT-1S");
        assertThatThrownBy(() -> BeyondWordsClient.builder().connectTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("connectTimeout must not be negative, was PT-1S");
        assertThatThrownBy(() -> ClientOptions.builder().proxy(null))
                .isInstanceOf(NullPointerException.class).hasMessage("proxy");
    }

    @Test
    void theClientsBuilderTakesOptionsWholeAndLaterSettersChangeThem() {
        ClientOptions options = everySetting(ClientOptions.builder()).baseUrl(api.baseUrl()).build();

        try (BeyondWordsClient client = BeyondWordsClient.builder().apiKey(TestServer.FAKE_KEY).options(options)
                .readTimeout(Duration.ofSeconds(9)).build()) {
            assertThat(client.options().readTimeout()).isEqualTo(Duration.ofSeconds(9));
            assertThat(client.options().toBuilder().readTimeout(Duration.ofSeconds(2)).baseUrl(
                    " http://api.example.com/v2 ").build()).satisfies(ClientOptionsTest::assertEverySetting);
            assertThat(options.readTimeout()).as("the options given are unchanged").isEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void everySettingOfTheClientsBuilderReachesItsOptionsAndTheClientsDerivedFromIt() {
        try (BeyondWordsClient client = BeyondWordsClient.builder().apiKey(TestServer.FAKE_KEY)
                .baseUrl(" http://api.example.com/v2 ").allowInsecureHttp(true)
                .connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(2))
                .writeTimeout(Duration.ofSeconds(3)).deadline(Duration.ofSeconds(4)).maxRetries(5).proxy(PROXY)
                .userAgentSuffix("my-app/1.0").logLevel(LogLevel.DEBUG).clock(CLOCK).sleeper(SLEEPER)
                .jitterSource(JITTER).strictResponses(true).build()) {
            assertEverySetting(client.options());
            assertEverySetting(client.withOptions(b -> { }).options());
            BeyondWordsClient derived = client.withOptions(b -> b.options(ClientOptions.builder().build()));
            assertThat(derived.options().baseUrl()).isEqualTo(ClientOptions.DEFAULT_BASE_URL);
            assertThat(derived.options().retryPolicy()).isEqualTo(RetryPolicy.defaults());
        }
    }

    @Test
    void aDerivedClientKeepsTheKeyUnlessChangedAndChecksAChangedOne() {
        api.enqueueJson(200, TestServer.track(1, "a"));
        try (BeyondWordsClient client = api.builder().build()) {
            client.withOptions(b -> b.maxRetries(0)).backgroundTracks().retrieve(1);

            assertThat(api.take().getHeader("X-Api-Key")).isEqualTo(TestServer.FAKE_KEY);
            assertThatThrownBy(() -> client.withOptions(b -> b.apiKey(" ")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiKey(");
        }
    }
}
