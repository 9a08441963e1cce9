package io.beyondwords.spring.boot;

import io.beyondwords.BeyondWordsClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Configures the {@code beyondwords} health indicator when Boot's health module (spring-boot-health) is present
 * and {@code management.health.beyondwords.enabled=true}. Off otherwise, even with {@code management.health.defaults}
 * on, since every check is a call to a paid API.
 */
@AutoConfiguration(after = BeyondWordsAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(BeyondWordsClient.class)
@ConditionalOnProperty(prefix = "management.health.beyondwords", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(BeyondWordsHealthProperties.class)
public final class BeyondWordsHealthAutoConfiguration {
    /**
     * The indicator, named {@code beyondwords} in {@code /actuator/health}.
     *
     * @param client the application's client
     * @param properties the cache time and time limit
     * @return the indicator
     */
    @Bean(name = "beyondwordsHealthIndicator")
    @ConditionalOnMissingBean(name = "beyondwordsHealthIndicator")
    public BeyondWordsHealthIndicator beyondwordsHealthIndicator(BeyondWordsClient client,
            BeyondWordsHealthProperties properties) {
        return new BeyondWordsHealthIndicator(client, properties);
    }
}
