package io.beyondwords.spring.boot;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.errors.ApiException;
import io.beyondwords.errors.AuthenticationException;
import io.beyondwords.errors.BeyondWordsException;
import io.beyondwords.roles.RoleListParams;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Whether the API is reachable and takes the key, found with the cheapest authenticated read the API has (a page of
 * one role, {@code GET /roles?pagination[limit]=1}: organisation-wide, no project, a few hundred bytes) and reused
 * for a while, so that health polls cost at most one call per cache time. Any answer but a 2xx, and any failure to
 * get one, is down. Boot-agnostic: each starter's health indicator reports it.
 */
final class BeyondWordsHealthCheck {
    /** The path of the call, for the details. */
    static final String PROBE = "GET /roles?pagination[limit]=1";

    /**
     * What one check found.
     *
     * @param up whether the call succeeded
     * @param checkedAt when it was made
     * @param details what to show: base URL, time, and on failure the status or error (never the key)
     */
    record Result(boolean up, Instant checkedAt, Map<String, Object> details) {
    }

    private final BeyondWordsClient client;
    private final Duration cacheTime;
    private final Clock clock;
    /** A lock rather than synchronized: the call blocks, and a virtual thread would pin on a monitor. */
    private final ReentrantLock lock = new ReentrantLock();
    private Result last;

    /**
     * @param client the application's client; the check uses a derived one without retries
     * @param properties the cache time and time limit
     * @param clock the time source of the cache
     */
    BeyondWordsHealthCheck(BeyondWordsClient client, BeyondWordsHealthProperties properties, Clock clock) {
        Duration timeout = Objects.requireNonNull(properties.getTimeout(), "timeout");
        this.client = client.withOptions(b -> b.maxRetries(0).deadline(timeout));
        this.cacheTime = Objects.requireNonNull(properties.getCacheTime(), "cacheTime");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the last result if younger than the cache time, else a new one (one call to the API) */
    Result check() {
        lock.lock();
        try {
            Instant now = clock.instant();
            if (last == null || !now.isBefore(last.checkedAt().plus(cacheTime))) {
                last = call(now);
            }
            return last;
        } finally {
            lock.unlock();
        }
    }

    private Result call(Instant now) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("baseUrl", client.options().baseUrl());
        details.put("checkedAt", now.toString());
        details.put("check", PROBE);
        try {
            client.roles().list(RoleListParams.builder().limit(1).build());
            return new Result(true, now, Collections.unmodifiableMap(details));
        } catch (ApiException e) {
            details.put("status", e.statusCode());
            details.put("error", e instanceof AuthenticationException
                    ? "the API key was refused"
                    : e.getClass().getSimpleName());
            e.requestId().ifPresent(id -> details.put("requestId", id));
        } catch (BeyondWordsException e) {
            // The SDK's messages never hold the key; they name the host and what failed.
            details.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return new Result(false, now, Collections.unmodifiableMap(details));
    }
}
