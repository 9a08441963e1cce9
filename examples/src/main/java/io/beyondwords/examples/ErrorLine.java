package io.beyondwords.examples;

import io.beyondwords.errors.ApiException;
import io.beyondwords.errors.BeyondWordsException;

/** One readable line for a failed call: the error type, the status, the message and the request id if any. */
final class ErrorLine {
    private ErrorLine() {
    }

    static String describe(BeyondWordsException e) {
        StringBuilder line = new StringBuilder("Error: ").append(e.getClass().getSimpleName());
        if (e instanceof ApiException api) {
            line.append(" (HTTP ").append(api.statusCode()).append(')');
            // The parsed server message reads better than the exception message, which repeats the status.
            line.append(": ").append(api.errorMessage().orElse(e.getMessage()));
            api.requestId().ifPresent(id -> line.append(" [request id ").append(id).append(']'));
        } else {
            line.append(": ").append(e.getMessage());
        }
        if (e.isOutcomeUnknown()) {
            line.append(" (the request may have been processed: check before retrying)");
        }
        return line.toString();
    }
}
