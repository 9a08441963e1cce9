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
    /**
     * The observations of the calls in flight, by call id; each call removes its own when it ends. Sized well past the
     * calls a client runs at once, so that concurrent calls rarely lock the same bin and the table never resizes.
     */
    private final Map<Long, Observation> running = new ConcurrentHashMap<>(512);

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
        Observation started = observation.start();
        if (!started.isNoop()) { // a predicate of the registry refused it: nothing to stop, nothing to keep
            running.put(call.callId(), started);
        }
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
