package io.beyondwords.spring.boot;

import io.beyondwords.BeyondWordsClient;

/**
 * Changes the builder of the auto-configured {@link BeyondWordsClient} after the {@code beyondwords.*} properties
 * and the application's {@link io.beyondwords.observability.RequestListener} beans are applied: for the settings
 * properties cannot hold (a proxy, a retry policy, a shared OkHttp client). Every bean of this type is applied, in
 * {@link org.springframework.core.annotation.Order} order.
 *
 * <pre>{@code
 * @Bean
 * BeyondWordsClientCustomizer patientRetries() {
 *     return builder -> builder.retryPolicy(RetryPolicy.builder().maxRetries(5).build());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface BeyondWordsClientCustomizer {
    /**
     * Changes the builder before the client is built.
     *
     * @param builder the builder, holding the properties' settings
     */
    void customize(BeyondWordsClient.Builder builder);
}
