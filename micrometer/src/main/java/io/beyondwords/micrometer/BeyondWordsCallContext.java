package io.beyondwords.micrometer;

import io.beyondwords.observability.CallEnded;
import io.beyondwords.observability.CallStarted;
import io.beyondwords.observability.Operation;
import io.micrometer.observation.transport.RequestReplySenderContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Micrometer context of one BeyondWords API call: the operation, and once the call has ended its outcome (the
 * context's response). Its carrier is the headers each attempt of the call is sent with, so a propagating tracing
 * handler (Micrometer Tracing's) sends the trace context to the API.
 */
public final class BeyondWordsCallContext extends RequestReplySenderContext<Map<String, String>, CallEnded> {
    private final CallStarted call;
    /**
     * The default convention's key values of the operation, once it looked them up: the same for any instance of it,
     * and asked for several times per call. Set and read by the thread that starts or stops the observation.
     */
    DefaultBeyondWordsObservationConvention.OperationKeys operationKeys;

    BeyondWordsCallContext(CallStarted call) {
        super((carrier, name, value) -> {
            if (carrier != null) {
                carrier.put(name, value);
            }
        });
        this.call = call;
        setRemoteServiceName("beyondwords");
    }

    /**
     * The headers each attempt is sent with, made on first use: only a propagating handler asks for them, and a call
     * observed without one need not build a map.
     *
     * @return the carrier
     */
    @Override
    public Map<String, String> getCarrier() {
        Map<String, String> carrier = super.getCarrier();
        if (carrier == null) {
            carrier = new ConcurrentHashMap<>();
            setCarrier(carrier);
        }
        return carrier;
    }

    /** @return the headers a handler put, or {@code null} if none asked for the carrier */
    Map<String, String> carrierIfMade() {
        return super.getCarrier();
    }

    /** @return the operation the call runs */
    public Operation operation() {
        return call.operation();
    }

    /** @return the call's number, as its listener events carry it */
    public long callId() {
        return call.callId();
    }

    /** @return how the call ended, or empty while it runs */
    public Optional<CallEnded> ended() {
        return Optional.ofNullable(getResponse());
    }
}
