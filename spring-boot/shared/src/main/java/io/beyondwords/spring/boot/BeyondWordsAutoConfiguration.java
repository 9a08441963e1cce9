package io.beyondwords.spring.boot;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.BeyondWordsClientAsync;
import io.beyondwords.observability.RequestListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures a {@link BeyondWordsClient} from the {@code beyondwords.*} properties, with every
 * {@link RequestListener} bean registered on it and every {@link BeyondWordsClientCustomizer} bean applied, and its
 * async view. Each bean gives way to one the application declares; the client is closed with the context.
 *
 * <p>Without {@code beyondwords.api-key} (or {@code BEYONDWORDS_API_KEY}) the context fails to start, saying so: an
 * application that has the starter means to call the API. Exclude this class to go without the client.
 */
@AutoConfiguration
@ConditionalOnClass(BeyondWordsClient.class)
@EnableConfigurationProperties(BeyondWordsProperties.class)
public final class BeyondWordsAutoConfiguration {
    /**
     * The client, built from the properties, the listener beans and the customizer beans, in that order.
     *
     * @param properties the {@code beyondwords.*} properties
     * @param listeners the application's request listeners
     * @param customizers the application's customizers
     * @return the client
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public BeyondWordsClient beyondWordsClient(BeyondWordsProperties properties,
            ObjectProvider<RequestListener> listeners, ObjectProvider<BeyondWordsClientCustomizer> customizers) {
        if (properties.getApiKey() == null || properties.getApiKey().isBlank()) {
            throw new IllegalStateException("beyondwords.api-key is not set: set the property (or the "
                    + BeyondWordsClient.API_KEY_ENV + " environment variable) to the API key from the BeyondWords "
                    + "dashboard, or exclude " + BeyondWordsAutoConfiguration.class.getName());
        }
        BeyondWordsClient.Builder builder = BeyondWordsClient.builder()
                .apiKey(properties.getApiKey())
                .baseUrl(properties.getBaseUrl())
                .connectTimeout(properties.getConnectTimeout())
                .readTimeout(properties.getReadTimeout())
                .writeTimeout(properties.getWriteTimeout())
                .deadline(properties.getDeadline())
                .maxRetries(properties.getMaxRetries())
                .strictResponses(properties.isStrictResponses());
        if (properties.getLogLevel() != null) {
            builder.logLevel(properties.getLogLevel());
        }
        if (properties.getUserAgentSuffix() != null) {
            builder.userAgentSuffix(properties.getUserAgentSuffix());
        }
        listeners.orderedStream().forEach(builder::addRequestListener);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /**
     * The client's async view: the same calls returning {@link java.util.concurrent.CompletableFuture}.
     *
     * @param client the client
     * @return {@link BeyondWordsClient#async()}
     */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    public BeyondWordsClientAsync beyondWordsClientAsync(BeyondWordsClient client) {
        return client.async();
    }
}
