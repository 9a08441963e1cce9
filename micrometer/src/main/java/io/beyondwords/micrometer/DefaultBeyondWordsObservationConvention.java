package io.beyondwords.micrometer;

import io.beyondwords.observability.CallEnded;
import io.beyondwords.observability.Operation;
import io.micrometer.common.KeyValues;
import java.util.Locale;
import java.util.Optional;

/**
 * The observation {@value #NAME} per call, keyed as Micrometer's HTTP client observations are ({@code method},
 * {@code uri}, {@code status}, {@code outcome}) plus the SDK's {@code operation}, {@code error.type} and
 * {@code outcome.unknown}. Every low-cardinality value comes from a short fixed list or the spec (the URI is the
 * path template, never a filled path); the API key is in none.
 *
 * <p>While the call runs only {@code operation}, {@code method} and {@code uri} are known: they are the key values of
 * what is recorded then (the active-calls timer, and the retry counter {@code beyondwords.client.requests.retry}).
 * The call's timer has all of them. The request id and the number of attempts are high-cardinality (trace-only).
 */
public final class DefaultBeyondWordsObservationConvention implements BeyondWordsObservationConvention {
    /** The observation's name: a timer of this name under Micrometer's default meter handler. */
    public static final String NAME = "beyondwords.client.requests";

    /** The status of a call that got no response, as Micrometer's OkHttp observations name it. */
    static final String NO_STATUS = "IO_ERROR";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(BeyondWordsCallContext context) {
        Operation operation = context.operation();
        return operation.method() + " " + operation.pathTemplate();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(BeyondWordsCallContext context) {
        Operation operation = context.operation();
        KeyValues known = KeyValues.of("operation", operation.name(), "method", operation.method(), "uri",
                operation.pathTemplate());
        Optional<CallEnded> ended = context.ended();
        if (ended.isEmpty()) {
            return known;
        }
        CallEnded call = ended.get();
        int status = call.statusCode();
        return known.and(
                "status", status == 0 ? NO_STATUS : Integer.toString(status),
                "outcome", outcomeOf(status),
                "error.type", call.errorType().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse("none"),
                "outcome.unknown", Boolean.toString(call.outcomeUnknown()));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(BeyondWordsCallContext context) {
        return context.ended()
                .map(call -> KeyValues.of("attempts", Integer.toString(call.attempts()))
                        .and(call.requestId().map(id -> KeyValues.of("request.id", id)).orElse(KeyValues.empty())))
                .orElse(KeyValues.empty());
    }

    /** The status class, in the words of Micrometer's {@code Outcome}. */
    private static String outcomeOf(int status) {
        if (status >= 100 && status < 200) {
            return "INFORMATIONAL";
        }
        if (status >= 200 && status < 300) {
            return "SUCCESS";
        }
        if (status >= 300 && status < 400) {
            return "REDIRECTION";
        }
        if (status >= 400 && status < 500) {
            return "CLIENT_ERROR";
        }
        if (status >= 500 && status < 600) {
            return "SERVER_ERROR";
        }
        return "UNKNOWN";
    }
}
