package io.beyondwords.micrometer;

import io.beyondwords.errors.BeyondWordsException;
import io.beyondwords.observability.AttemptEnded;
import io.beyondwords.observability.AttemptStarted;
import io.beyondwords.observability.CallEnded;
import io.beyondwords.observability.CallStarted;
import io.beyondwords.observability.RequestListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A Micrometer {@link Observation} per BeyondWords API call: register it with
 * {@code BeyondWordsClient.builder().addRequestListener(ObservationRequestListener.create(registry))}.
 *
 * <p>Each call is one observation named {@value DefaultBeyondWordsObservationConvention#NAME}, started when the call
 * starts and stopped when it ends (with the SDK exception as its error, if it failed), with the key values of
 * {@link DefaultBeyondWordsObservationConvention} or of the convention given. Each retry is the observation's event
 * {@code retry}, which Micrometer's default meter handler counts as {@code beyondwords.client.requests.retry}. Each
 * attempt is sent with the headers a tracing handler put in the context's carrier (the trace context).
 */
public final class ObservationRequestListener implements RequestListener {
    /** The event of a retry: a counter under the default meter handler, an annotation on a span. */
    static final Observation.Event RETRY = Observation.Event.of("retry", "retry");

    private static final BeyondWordsObservationConvention DEFAULT_CONVENTION =
            new DefaultBeyondWordsObservationConvention();

    private final ObservationRegistry registry;
    private final BeyondWordsObservationConvention convention;
    /** The observations of the calls in flight, by call id; each call removes its own when it ends. */
    private final CallsInFlight running = new CallsInFlight();

    private ObservationRequestListener(Builder builder) {
        this.registry = builder.registry;
        this.convention = builder.convention;
    }

    /**
     * @param registry where the observations go
     * @return a listener observing each call with the default convention
     */
    public static ObservationRequestListener create(ObservationRegistry registry) {
        return builder(registry).build();
    }

    /**
     * @param registry where the observations go
     * @return a builder, to give a convention of one's own
     */
    public static Builder builder(ObservationRegistry registry) {
        return new Builder(registry);
    }

    @Override
    public void callStarted(CallStarted call) {
        if (registry.isNoop()) {
            return;
        }
        BeyondWordsCallContext context = new BeyondWordsCallContext(call);
        Observation observation = Observation.createNotStarted(convention, DEFAULT_CONVENTION, () -> context,
                registry);
        running.put(call.callId(), observation.start());
    }

    @Override
    public Map<String, String> headersFor(AttemptStarted attempt) {
        Observation observation = running.get(attempt.callId());
        if (observation == null || !(observation.getContext() instanceof BeyondWordsCallContext context)) {
            return Map.of();
        }
        // Without a propagating handler there is no carrier, or an empty one: nothing to copy.
        Map<String, String> carrier = context.carrierIfMade();
        return carrier == null || carrier.isEmpty() ? Map.of() : Map.copyOf(carrier);
    }

    @Override
    public void attemptEnded(AttemptEnded attempt) {
        if (attempt.willRetry()) {
            Observation observation = running.get(attempt.callId());
            if (observation != null) {
                observation.event(RETRY);
            }
        }
    }

    @Override
    public void callEnded(CallEnded call) {
        Observation observation = running.remove(call.callId());
        if (observation == null) {
            return;
        }
        if (observation.getContext() instanceof BeyondWordsCallContext context) {
            context.setResponse(call);
        }
        BeyondWordsException failure = call.failure().orElse(null);
        if (failure != null) {
            observation.error(failure);
        }
        observation.stop();
    }

    @Override
    public String toString() {
        return "ObservationRequestListener{convention=" + (convention == null ? DEFAULT_CONVENTION : convention) + '}';
    }

    /**
     * The observations of the calls in flight by call id: a slot per id in a fixed table, the id's bits mixed so that
     * the consecutive ids of concurrent calls fall on different cache lines; a call whose slot another call holds
     * goes to a map. Each call's slot is written by that call alone (taken when empty, emptied by its owner), so
     * most calls box no id and take no map entry, as a map by id would cost on each event.
     */
    private static final class CallsInFlight {
        /** A power of two, well above the calls a client runs at once. */
        private static final int SLOTS = 1024;
        private static final int SHIFT = Long.SIZE - Integer.numberOfTrailingZeros(SLOTS);
        /** The golden ratio's multiplier (Fibonacci hashing): spreads consecutive ids over the table. */
        private static final long SPREAD = 0x9E3779B97F4A7C15L;

        private final AtomicReferenceArray<Observation> slots = new AtomicReferenceArray<>(SLOTS);
        private final Map<Long, Observation> overflow = new ConcurrentHashMap<>();

        private static int slotOf(long callId) {
            return (int) ((callId * SPREAD) >>> SHIFT);
        }

        private static boolean holds(Observation observation, long callId) {
            return observation != null && observation.getContext() instanceof BeyondWordsCallContext context
                    && context.callId() == callId;
        }

        void put(long callId, Observation observation) {
            if (!holds(observation, callId)) {
                return; // a no-op observation (a predicate of the registry refused it): nothing to stop
            }
            if (!slots.compareAndSet(slotOf(callId), null, observation)) {
                overflow.put(callId, observation);
            }
        }

        Observation get(long callId) {
            Observation inSlot = slots.get(slotOf(callId));
            if (holds(inSlot, callId)) {
                return inSlot;
            }
            return overflow.isEmpty() ? null : overflow.get(callId);
        }

        Observation remove(long callId) {
            int slot = slotOf(callId);
            Observation inSlot = slots.get(slot);
            if (holds(inSlot, callId)) {
                // Only this call empties its slot, and no other call writes a slot that is not empty.
                slots.set(slot, null);
                return inSlot;
            }
            return overflow.isEmpty() ? null : overflow.remove(callId);
        }
    }

    /** Builds an {@link ObservationRequestListener}. */
    public static final class Builder {
        private final ObservationRegistry registry;
        private BeyondWordsObservationConvention convention;

        private Builder(ObservationRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
        }

        /**
         * @param convention names the observation and its key values in place of the default, and of a global
         *     convention registered on the registry (Micrometer's order: this one, then a global one, then the
         *     default)
         * @return this builder
         */
        public Builder observationConvention(BeyondWordsObservationConvention convention) {
            this.convention = Objects.requireNonNull(convention, "convention");
            return this;
        }

        /** @return the listener */
        public ObservationRequestListener build() {
            return new ObservationRequestListener(this);
        }
    }
}
