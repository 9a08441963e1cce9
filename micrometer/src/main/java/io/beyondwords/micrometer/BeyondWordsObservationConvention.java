package io.beyondwords.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names a BeyondWords call's observation and its key values. Implement it to replace
 * {@link DefaultBeyondWordsObservationConvention} (delegating to it to add a key value), and pass it to
 * {@link ObservationRequestListener.Builder#observationConvention}, or register it as a global convention on the
 * {@code ObservationRegistry}.
 */
public interface BeyondWordsObservationConvention extends ObservationConvention<BeyondWordsCallContext> {
    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof BeyondWordsCallContext;
    }
}
