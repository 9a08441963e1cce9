package io.beyondwords.micrometer;

import io.beyondwords.observability.CallEnded;
import io.beyondwords.observability.ErrorType;
import io.beyondwords.observability.Operation;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * How many operations' key values are kept: a client's operations are a fixed set of a few dozen; past this (only
     * operations made up by hand, one by one) each call builds its own.
     */
    private static final int MAX_OPERATIONS = 1024;
    /** The attempts most calls take, as key values built once. */
    private static final KeyValue[] ATTEMPTS = new KeyValue[16];

    static {
        for (int i = 0; i < ATTEMPTS.length; i++) {
            ATTEMPTS[i] = KeyValue.of("attempts", Integer.toString(i));
        }
    }

    /**
     * The key values of each operation seen, built once: every call of an operation has the same, and building them
     * (each a sorted array) per call was a measurable part of an observed call's cost.
     */
    private final ConcurrentHashMap<Operation, OperationKeys> operations = new ConcurrentHashMap<>();

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(BeyondWordsCallContext context) {
        return keysOf(context).contextualName;
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(BeyondWordsCallContext context) {
        OperationKeys keys = keysOf(context);
        CallEnded call = context.getResponse();
        return call == null ? keys.known : keys.ended(call);
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(BeyondWordsCallContext context) {
        CallEnded call = context.getResponse();
        if (call == null) {
            return KeyValues.empty();
        }
        int n = call.attempts();
        KeyValue attempts = n >= 0 && n < ATTEMPTS.length ? ATTEMPTS[n] : KeyValue.of("attempts", Integer.toString(n));
        String requestId = call.requestId().orElse(null);
        return requestId == null
                ? KeyValues.of(attempts)
                : KeyValues.of(attempts, KeyValue.of("request.id", requestId));
    }

    /** The keys of the context's operation: looked up once per call, the context keeping them for the next ask. */
    private OperationKeys keysOf(BeyondWordsCallContext context) {
        OperationKeys keys = context.operationKeys;
        if (keys == null) {
            keys = keysOf(context.operation());
            context.operationKeys = keys;
        }
        return keys;
    }

    private OperationKeys keysOf(Operation operation) {
        OperationKeys keys = operations.get(operation);
        if (keys == null) {
            keys = new OperationKeys(operation);
            if (operations.size() < MAX_OPERATIONS) {
                OperationKeys raced = operations.putIfAbsent(operation, keys);
                keys = raced == null ? keys : raced;
            }
        }
        return keys;
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

    /** An ending's packed code and its key values. */
    private record Ending(int code, KeyValues values) {
    }

    /** One operation's key values: those known while a call runs, and those of each way a call of it ended. */
    static final class OperationKeys {
        /** Statuses whose ended key values are kept: 0 (no response) and every three-digit HTTP status. */
        private static final int MAX_KEPT_STATUS = 999;
        /** Error types as indexes of an ending: 0 for none, then each {@link ErrorType} by ordinal plus one. */
        private static final ErrorType[] ERROR_TYPES = ErrorType.values();

        final String contextualName;
        final KeyValues known;
        /** By {@link #endingOf}: status, error type and whether the outcome is unknown, packed in an int. */
        private final ConcurrentHashMap<Integer, KeyValues> endings = new ConcurrentHashMap<>();
        /** The ending looked up last: most calls of an operation end alike, and this one needs no boxed key. */
        private volatile Ending last = new Ending(-1, KeyValues.empty());

        OperationKeys(Operation operation) {
            contextualName = operation.method() + " " + operation.pathTemplate();
            known = KeyValues.of("operation", operation.name(), "method", operation.method(), "uri",
                    operation.pathTemplate());
        }

        KeyValues ended(CallEnded call) {
            int status = call.statusCode();
            ErrorType type = call.errorType().orElse(null);
            if (status < 0 || status > MAX_KEPT_STATUS) {
                return build(status, type, call.outcomeUnknown());
            }
            int ending = (status * (ERROR_TYPES.length + 1) + (type == null ? 0 : type.ordinal() + 1)) * 2
                    + (call.outcomeUnknown() ? 1 : 0);
            Ending seen = last;
            if (seen.code == ending) {
                return seen.values;
            }
            KeyValues values = endings.get(ending);
            if (values == null) {
                values = build(status, type, call.outcomeUnknown());
                endings.putIfAbsent(ending, values);
            }
            last = new Ending(ending, values);
            return values;
        }

        private KeyValues build(int status, ErrorType type, boolean outcomeUnknown) {
            return known.and(
                    "status", status == 0 ? NO_STATUS : Integer.toString(status),
                    "outcome", outcomeOf(status),
                    "error.type", type == null ? "none" : type.name().toLowerCase(Locale.ROOT),
                    "outcome.unknown", Boolean.toString(outcomeUnknown));
        }
    }
}
