package io.beyondwords.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.BeyondWordsClientAsync;
import io.beyondwords.ClientOptions;
import io.beyondwords.LogLevel;
import io.beyondwords.RetryPolicy;
import io.beyondwords.observability.CallEnded;
import io.beyondwords.observability.RequestListener;
import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.BeyondWordsStandInExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

class BeyondWordsAutoConfigurationTest {

    @RegisterExtension
    static final BeyondWordsStandInExtension STAND_IN = new BeyondWordsStandInExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BeyondWordsAutoConfiguration.class));

    private ApplicationContextRunner againstStandIn() {
        return runner.withPropertyValues("beyondwords.api-key=" + STAND_IN.apiKey(),
                "beyondwords.base-url=" + STAND_IN.baseUrl());
    }

    @Test
    void theClientCallsTheApiWithTheKeyAndBaseUrlOnly(BeyondWordsStandIn standIn) {
        standIn.seed(3);
        againstStandIn().run(context -> {
            BeyondWordsClient client = context.getBean(BeyondWordsClient.class);
            assertThat(client.backgroundTracks().retrieve(3).name()).isEqualTo("Track 3");
            assertThat(standIn.requestCount("GET", "/v1/background_tracks/3")).isEqualTo(1);
        });
    }

    @Test
    void everyPropertyIsBound() {
        againstStandIn().withPropertyValues("beyondwords.connect-timeout=3s", "beyondwords.read-timeout=4s",
                "beyondwords.write-timeout=5s", "beyondwords.deadline=30s", "beyondwords.max-retries=4",
                "beyondwords.log-level=debug", "beyondwords.strict-responses=true",
                "beyondwords.user-agent-suffix=my-app/1.0").run(context -> {
                    ClientOptions options = context.getBean(BeyondWordsClient.class).options();
                    assertThat(options.baseUrl()).isEqualTo(STAND_IN.baseUrl());
                    assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(options.readTimeout()).isEqualTo(Duration.ofSeconds(4));
                    assertThat(options.writeTimeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(options.deadline()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(options.retryPolicy().maxRetries()).isEqualTo(4);
                    assertThat(options.logLevel()).isEqualTo(LogLevel.DEBUG);
                    assertThat(options.strictResponses()).isTrue();
                    assertThat(options.userAgentSuffix()).hasValue("my-app/1.0");
                });
    }

    @Test
    void thePropertiesDefaultsAreTheSdks() {
        BeyondWordsProperties properties = new BeyondWordsProperties();
        ClientOptions sdk = ClientOptions.builder().build();
        assertThat(properties.getBaseUrl()).isEqualTo(ClientOptions.DEFAULT_BASE_URL);
        assertThat(properties.getConnectTimeout()).isEqualTo(sdk.connectTimeout());
        assertThat(properties.getReadTimeout()).isEqualTo(sdk.readTimeout());
        assertThat(properties.getWriteTimeout()).isEqualTo(sdk.writeTimeout());
        assertThat(properties.getDeadline()).isEqualTo(sdk.deadline());
        assertThat(properties.getMaxRetries()).isEqualTo(RetryPolicy.DEFAULT_MAX_RETRIES);
        assertThat(properties.isStrictResponses()).isEqualTo(sdk.strictResponses());
        assertThat(properties.getLogLevel()).isNull();
        assertThat(properties.getUserAgentSuffix()).isNull();
    }

    @Test
    void withoutAKeyTheContextFailsToStartSayingWhichPropertyIsMissing() {
        runner.withPropertyValues("beyondwords.base-url=" + STAND_IN.baseUrl()).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("beyondwords.api-key is not set")
                    .hasMessageContaining("BEYONDWORDS_API_KEY");
        });
    }

    @Test
    void aBadKeyFailsWithTheSdksMessageWhichNeverHoldsTheKey() {
        runner.withPropertyValues("beyondwords.api-key=has space").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .message().doesNotContain("has space");
        });
    }

    @Test
    void theApplicationsClientWins() {
        BeyondWordsClient own = BeyondWordsClient.builder().apiKey("own-key").baseUrl(STAND_IN.baseUrl()).build();
        runner.withBean(BeyondWordsClient.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(BeyondWordsClient.class);
            assertThat(context.getBean(BeyondWordsClient.class)).isSameAs(own);
            assertThat(context.getBean(BeyondWordsClientAsync.class)).isSameAs(own.async());
        });
    }

    @Test
    void theAsyncViewIsTheClients(BeyondWordsStandIn standIn) {
        standIn.seed(1);
        againstStandIn().run(context -> {
            BeyondWordsClientAsync async = context.getBean(BeyondWordsClientAsync.class);
            assertThat(async).isSameAs(context.getBean(BeyondWordsClient.class).async());
            assertThat(async.backgroundTracks().retrieve(1).join().name()).isEqualTo("Track 1");
        });
    }

    @Test
    void customizersAreAppliedInOrderAfterTheProperties() {
        againstStandIn().withPropertyValues("beyondwords.user-agent-suffix=from-properties")
                .withUserConfiguration(Customizers.class).run(context -> {
                    ClientOptions options = context.getBean(BeyondWordsClient.class).options();
                    assertThat(context.getBean(Customizers.class).applied).containsExactly("first", "second");
                    assertThat(options.userAgentSuffix()).hasValue("second");
                });
    }

    @Test
    void everyRequestListenerBeanHearsTheCalls(BeyondWordsStandIn standIn) {
        standIn.seed(1);
        againstStandIn().withUserConfiguration(Listeners.class).run(context -> {
            context.getBean(BeyondWordsClient.class).backgroundTracks().retrieve(1);
            Listeners listeners = context.getBean(Listeners.class);
            assertThat(listeners.heard).containsExactly("first BackgroundTracks.retrieve",
                    "second BackgroundTracks.retrieve");
        });
    }

    @Test
    void theClientIsClosedWithTheContext() {
        BeyondWordsClient[] client = new BeyondWordsClient[1];
        againstStandIn().run(context -> client[0] = context.getBean(BeyondWordsClient.class));
        assertThatThrownBy(() -> client[0].backgroundTracks().retrieve(1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {
        final List<String> applied = new CopyOnWriteArrayList<>();

        @Bean
        @Order(2)
        BeyondWordsClientCustomizer second() {
            return builder -> {
                applied.add("second");
                builder.userAgentSuffix("second");
            };
        }

        @Bean
        @Order(1)
        BeyondWordsClientCustomizer first() {
            return builder -> {
                applied.add("first");
                builder.userAgentSuffix("first");
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Listeners {
        final List<String> heard = new CopyOnWriteArrayList<>();

        @Bean
        @Order(2)
        RequestListener second() {
            return listener("second");
        }

        @Bean
        @Order(1)
        RequestListener first() {
            return listener("first");
        }

        private RequestListener listener(String name) {
            return new RequestListener() {
                @Override
                public void callEnded(CallEnded call) {
                    heard.add(name + " " + call.operation().name());
                }
            };
        }
    }
}
