package io.beyondwords.cli;

import io.beyondwords.errors.ApiException;
import io.beyondwords.errors.AuthenticationException;
import io.beyondwords.errors.BeyondWordsException;
import io.beyondwords.errors.PermissionDeniedException;

/** How an SDK exception that stops a whole command becomes a message and an exit code. */
final class ApiFailures {
    private ApiFailures() {
    }

    static CliException stopping(BeyondWordsException e) {
        if (e instanceof AuthenticationException) {
            return new CliException(ExitCodes.CONFIG, "the API refused the key (401): check BEYONDWORDS_API_KEY");
        }
        if (e instanceof PermissionDeniedException) {
            return new CliException(ExitCodes.CONFIG, "the key may not do this (403): " + e.getMessage());
        }
        return new CliException(ExitCodes.API, e.getMessage());
    }

    /** One line for a row that failed: the status and the server's message, or the SDK's message. */
    static String describe(RuntimeException e) {
        if (e instanceof ApiException api) {
            return api.statusCode() + " " + api.errorMessage().orElse(api.getMessage());
        }
        return e.getMessage();
    }
}
