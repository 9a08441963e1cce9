package io.beyondwords.spring.boot;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.micrometer.ObservationRequestListener;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Observes every call of the auto-configured client when the application has Micrometer's
 * {@link ObservationRegistry} (Actuator provides one) and {@code beyondwords-micrometer} on its class path: an
 * {@link ObservationRequestListener} bean, which {@link BeyondWordsAutoConfiguration} registers on the client as it
 * does every request listener. Runs after Boot's observation auto-configuration (named for Boot 3 and Boot 4, whose
 * packages differ) so the registry is there to find.
 */
@AutoConfiguration(
        before = BeyondWordsAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
            "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"
        })
@ConditionalOnClass({BeyondWordsClient.class, ObservationRegistry.class, ObservationRequestListener.class})
public final class BeyondWordsObservationAutoConfiguration {
    /** Created by Spring. */
    public BeyondWordsObservationAutoConfiguration() {
    }

    /**
     * The listener that makes each call one {@code beyondwords.client.requests} observation.
     *
     * @param registry the application's observation registry
     * @return the listener
     */
    @Bean
    @ConditionalOnBean(ObservationRegistry.class)
    @ConditionalOnMissingBean(ObservationRequestListener.class)
    public ObservationRequestListener beyondWordsObservationRequestListener(ObservationRegistry registry) {
        return ObservationRequestListener.create(registry);
    }
}
