package io.beyondwords.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.micrometer.ObservationRequestListener;
import io.beyondwords.testkit.BeyondWordsStandIn;
import io.beyondwords.testkit.BeyondWordsStandInExtension;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class BeyondWordsObservationAutoConfigurationTest {

    @RegisterExtension
    static final BeyondWordsStandInExtension STAND_IN = new BeyondWordsStandInExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BeyondWordsObservationAutoConfiguration.class,
                    BeyondWordsAutoConfiguration.class))
            .withPropertyValues("beyondwords.api-key=" + STAND_IN.apiKey(),
                    "beyondwords.base-url=" + STAND_IN.baseUrl());

    @Test
    void withARegistryEveryCallIsOneObservation(BeyondWordsStandIn standIn) {
        standIn.seed(3);
        TestObservationRegistry registry = TestObservationRegistry.create();
        runner.withBean(ObservationRegistry.class, () -> registry).run(context -> {
            assertThat(context).hasSingleBean(ObservationRequestListener.class);
            context.getBean(BeyondWordsClient.class).backgroundTracks().retrieve(3);
            TestObservationRegistryAssert.assertThat(registry)
                    .hasNumberOfObservationsEqualTo(1)
                    .hasObservationWithNameEqualTo("beyondwords.client.requests")
                    .that()
                    .hasLowCardinalityKeyValue("operation", "BackgroundTracks.retrieve")
                    .hasBeenStopped();
        });
    }

    @Test
    void withoutARegistryThereIsNoObservationListener() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(ObservationRequestListener.class);
        });
    }

    @Test
    void withoutTheMicrometerModuleTheClientIsStillConfigured() {
        runner.withClassLoader(new FilteredClassLoader(ObservationRequestListener.class))
                .withBean(ObservationRegistry.class, TestObservationRegistry::create)
                .run(context -> {
                    assertThat(context).hasSingleBean(BeyondWordsClient.class);
                    assertThat(context).doesNotHaveBean(ObservationRequestListener.class);
                });
    }

    @Test
    void anApplicationsOwnObservationListenerWins() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        ObservationRequestListener own = ObservationRequestListener.create(registry);
        runner.withBean(ObservationRegistry.class, () -> registry)
                .withBean(ObservationRequestListener.class, () -> own)
                .run(context -> assertThat(context.getBean(ObservationRequestListener.class)).isSameAs(own));
    }
}
