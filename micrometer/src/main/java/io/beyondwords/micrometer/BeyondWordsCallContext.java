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

    BeyondWordsCallContext(CallStarted call) {
        super((carrier, name, value) -> {
            if (carrier != null) {
                carrier.put(name, value);
            }
        });
        this.call = call;
        setCarrier(new ConcurrentHashMap<>());
        setRemoteServiceName("beyondwords");
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
