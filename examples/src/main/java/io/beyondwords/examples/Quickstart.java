package io.beyondwords.examples;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.errors.BeyondWordsException;
import io.beyondwords.testkit.BeyondWordsStandIn;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The quickstart: {@code ./quickstart.sh [--write] [--debug]}.
 *
 * <p>Without {@code BEYONDWORDS_API_KEY} it starts the testkit's stand-in on loopback and runs the whole tour against
 * it. With a key it talks to the real API ({@code BEYONDWORDS_BASE_URL} optional), read-only unless {@code --write} is
 * given, because the API offers no way to delete a background track.
 *
 * <p>Exit codes: 0 success, 1 the API call failed, 2 bad configuration or arguments. A failure prints one line (no
 * stack trace unless {@code --debug}).
 */
public final class Quickstart {
    static final String API_KEY_ENV = BeyondWordsClient.API_KEY_ENV;
    static final String BASE_URL_ENV = BeyondWordsClient.BASE_URL_ENV;
    static final String DEFAULT_BASE_URL = "https://api.beyondwords.io/v1";

    private Quickstart() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv(), System.out, System.err));
    }

    /**
     * Runs the quickstart with the given arguments and environment; what {@link #main} does, minus the exit.
     *
     * @return the process exit code
     */
    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        QuickstartArguments arguments;
        try {
            arguments = QuickstartArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("Usage error: " + e.getMessage());
            err.println(QuickstartArguments.USAGE);
            return 2;
        }
        if (arguments.help()) {
            out.println(QuickstartArguments.USAGE);
            return 0;
        }
        String apiKey = env.get(API_KEY_ENV);
        try {
            if (apiKey == null || apiKey.isBlank()) {
                runAgainstStandIn(out);
            } else {
                runAgainstApi(apiKey, env.getOrDefault(BASE_URL_ENV, DEFAULT_BASE_URL), arguments, out);
            }
            return 0;
        } catch (BeyondWordsException e) {
            err.println(ErrorLine.describe(e));
            if (arguments.debug()) {
                e.printStackTrace(err);
            }
            return 1;
        } catch (IllegalArgumentException e) {
            // The client rejects a bad key or base URL before any request; its message names the setting.
            err.println("Configuration error: " + e.getMessage());
            if (arguments.debug()) {
                e.printStackTrace(err);
            }
            return 2;
        }
    }

    private static void runAgainstStandIn(PrintStream out) {
        try (BeyondWordsStandIn standIn = BeyondWordsStandIn.builder().build().start();
                BeyondWordsClient client = BeyondWordsClient.builder()
                        .apiKey(standIn.apiKey())
                        .baseUrl(standIn.baseUrl())
                        .build()) {
            out.println("No " + API_KEY_ENV + " set: talking to a local stand-in of the BeyondWords API at "
                    + standIn.baseUrl());
            out.println("(set " + API_KEY_ENV + " to run against the real API)");
            out.println();
            Tour tour = new Tour(client, out, ZoneId.systemDefault());
            long id = tour.createRetrieveUpdate(Tour.SAMPLE_MEDIA_URL).orElseThrow();
            int seeded = 24;
            standIn.seed(seeded);
            out.println("Seeded " + seeded + " more tracks in the stand-in, so the list spans several pages.");
            tour.listEverything();
            tour.showTypedError(id + 1_000_000);
        }
    }

    private static void runAgainstApi(String apiKey, String baseUrl, QuickstartArguments arguments, PrintStream out) {
        try (BeyondWordsClient client = BeyondWordsClient.builder().apiKey(apiKey).baseUrl(baseUrl).build()) {
            out.println("Talking to the BeyondWords API at " + baseUrl
                    + (arguments.write() ? " (--write: will create and update one track)"
                            : " (read-only; pass --write to create and update a track)"));
            Tour tour = new Tour(client, out, ZoneId.systemDefault());
            if (arguments.write()) {
                out.println();
                tour.createRetrieveUpdate(arguments.mediaUrl().orElse(Tour.SAMPLE_MEDIA_URL));
            }
            tour.listEverything().stream().findFirst().ifPresent(tour::retrieve);
        }
    }
}
