package io.beyondwords.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.BeyondWordsStandInExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class BeyondWordsHealthAutoConfigurationTest {

    @RegisterExtension
    static final BeyondWordsStandInExtension STAND_IN = new BeyondWordsStandInExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BeyondWordsAutoConfiguration.class,
                    BeyondWordsHealthAutoConfiguration.class))
            .withPropertyValues("beyondwords.api-key=" + STAND_IN.apiKey(),
                    "beyondwords.base-url=" + STAND_IN.baseUrl());

    @Test
    void absentUnlessEnabled() {
        runner.run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(BeyondWordsHealthIndicator.class));
        runner.withPropertyValues("management.health.defaults.enabled=true").run(context ->
                assertThat(context).doesNotHaveBean(BeyondWordsHealthIndicator.class));
        runner.withPropertyValues("management.health.beyondwords.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(BeyondWordsHealthIndicator.class));
    }

    @Test
    void upAgainstTheApiNamedBeyondwords(BeyondWordsStandIn standIn) {
        runner.withPropertyValues("management.health.beyondwords.enabled=true").run(context -> {
            assertThat(context).hasBean("beyondwordsHealthIndicator");
            Health health = context.getBean(BeyondWordsHealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("baseUrl", standIn.baseUrl());
            assertThat(health.toString()).doesNotContain(standIn.apiKey());
        });
    }

    @Test
    void downWhenTheKeyIsRefusedAndTheResultIsReusedForTheCacheTime(BeyondWordsStandIn standIn) {
        SettableClock clock = new SettableClock();
        BeyondWordsHealthProperties properties = new BeyondWordsHealthProperties();
        try (BeyondWordsClient client = BeyondWordsClient.builder().apiKey("refused-key")
                .baseUrl(standIn.baseUrl()).build()) {
            BeyondWordsHealthIndicator indicator = new BeyondWordsHealthIndicator(client, properties, clock);

            Health health = indicator.health();
            clock.advance(properties.getCacheTime().minus(Duration.ofSeconds(1)));
            indicator.health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("status", 401);
            assertThat(health.toString()).doesNotContain("refused-key");
            assertThat(standIn.requestCount("GET", "/v1/roles")).isEqualTo(1);
        }
    }

    @Test
    void bindsItsProperties() {
        runner.withPropertyValues("management.health.beyondwords.enabled=true",
                "management.health.beyondwords.cache-time=30s", "management.health.beyondwords.timeout=2s")
                .run(context -> {
                    BeyondWordsHealthProperties properties = context.getBean(BeyondWordsHealthProperties.class);
                    assertThat(properties.getCacheTime()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(properties.getTimeout()).isEqualTo(Duration.ofSeconds(2));
                });
    }
}
