package io.beyondwords.spring.boot;

import io.beyondwords.BeyondWordsClient;
import java.time.Clock;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Reports whether the BeyondWords API is reachable and takes the key, from one cheap call reused for
 * {@code management.health.beyondwords.cache-time}. Its details name the base URL and, when down, the status or
 * error; never the key.
 */
public final class BeyondWordsHealthIndicator extends AbstractHealthIndicator {
    private final BeyondWordsHealthCheck check;

    /**
     * @param client the application's client
     * @param properties the cache time and time limit
     */
    public BeyondWordsHealthIndicator(BeyondWordsClient client, BeyondWordsHealthProperties properties) {
        this(client, properties, Clock.systemUTC());
    }

    BeyondWordsHealthIndicator(BeyondWordsClient client, BeyondWordsHealthProperties properties, Clock clock) {
        super("BeyondWords health check failed");
        this.check = new BeyondWordsHealthCheck(client, properties, clock);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        BeyondWordsHealthCheck.Result result = check.check();
        (result.up() ? builder.up() : builder.down()).withDetails(result.details());
    }
}
