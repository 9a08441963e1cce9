package io.beyondwords.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where {@link WebhookDeduplicator} remembers the deliveries it has seen, by key. {@link #inMemory(int)} keeps them
 * in this process; implement it over a shared store (a database table with a unique key, Redis {@code SET NX} with an
 * expiry) when several instances receive webhooks or a restart must not forget. Implementations must be thread-safe.
 */
public interface DeliveryStore {
    /**
     * Remembers a key, atomically: of two concurrent calls with one key, one alone returns {@code true}.
     *
     * @param key the key
     * @return {@code true} if the key was not remembered before
     */
    boolean add(String key);

    /**
     * @param key the key
     * @return whether the key is remembered
     */
    boolean contains(String key);

    /**
     * A store in this process's memory that remembers the {@code capacity} most recently added keys and forgets the
     * oldest beyond them. Keys are 43 characters, so 10,000 keys take about 1.5 MB.
     *
     * @param capacity how many keys to remember, 1 or more
     * @return the store
     * @throws IllegalArgumentException if capacity is below 1
     */
    static DeliveryStore inMemory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be 1 or more, not " + capacity);
        }
        Map<String, Boolean> keys = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
        // A lock, not a monitor: the SDK holds none, so no virtual thread pins on it (NoMonitorsTest).
        Lock lock = new ReentrantLock();
        return new DeliveryStore() {
            @Override
            public boolean add(String key) {
                lock.lock();
                try {
                    return keys.putIfAbsent(key, Boolean.TRUE) == null;
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public boolean contains(String key) {
                lock.lock();
                try {
                    return keys.containsKey(key);
                } finally {
                    lock.unlock();
                }
            }
        };
    }
}
