package io.beyondwords.examples;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.Sleeper;
import io.beyondwords.errors.BeyondWordsException;
import io.beyondwords.playlists.Playlist;
import io.beyondwords.playlists.PlaylistCreateParams;
import io.beyondwords.playlists.PlaylistType;
import io.beyondwords.projects.Project;
import io.beyondwords.testkit.BeyondWordsStandIn;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * The quickstart: {@code ./quickstart.sh [--write] [--debug]}.
 *
 * <p>Without {@code BEYONDWORDS_API_KEY} it starts the testkit's stand-in on loopback and runs the whole tour against
 * it: an article turned into audio, then background tracks. With a key it talks to the real API
 * ({@code BEYONDWORDS_BASE_URL} optional), read-only unless {@code --write} is given: content costs credits, and the
 * API offers no way to delete a background track.
 *
 * <p>Exit codes: 0 success, 1 the API call failed, 2 bad configuration or arguments. A failure prints one line (no
 * stack trace unless {@code --debug}).
 */
public final class Quickstart {
    static final String API_KEY_ENV = BeyondWordsClient.API_KEY_ENV;
    static final String BASE_URL_ENV = BeyondWordsClient.BASE_URL_ENV;
    static final String DEFAULT_BASE_URL = "https://api.beyondwords.io/v1";
    static final int STAND_IN_WAIT_DIVISOR = 10;

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
        return run(args, env, out, err, UnaryOperator.identity());
    }

    /**
     * As {@link #run(List, Map, PrintStream, PrintStream)}, with a last say over the client with a key (tests give it
     * a clock and a sleeper, so a long wait takes no time).
     */
    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err,
            UnaryOperator<BeyondWordsClient.Builder> apiClient) {
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
                runAgainstApi(apiClient.apply(BeyondWordsClient.builder().apiKey(apiKey)
                        .baseUrl(env.getOrDefault(BASE_URL_ENV, DEFAULT_BASE_URL))), arguments, out);
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
                        // The stand-in processes at once; a tenth of each wait keeps the tour quick and still shows it.
                        .sleeper(wait -> Sleeper.system().sleep(wait.dividedBy(STAND_IN_WAIT_DIVISOR)))
                        .build()) {
            out.println("No " + API_KEY_ENV + " set: talking to a local stand-in of the BeyondWords API at "
                    + standIn.baseUrl());
            out.println("(set " + API_KEY_ENV + " to run against the real API; here the waits between polls are"
                    + " shortened " + STAND_IN_WAIT_DIVISOR + "-fold)");
            out.println();
            ArticleToAudio article = new ArticleToAudio(client, out);
            Project project = article.chooseProject(OptionalLong.empty()).orElseThrow();
            article.showVoices(project);
            article.createAndListen(project, "quickstart-article-1");
            showPlaylist(client, project, "quickstart-article-1", out);
            out.println();
            out.println("Background tracks:");
            Tour tour = new Tour(client, out, ZoneId.systemDefault());
            long id = tour.createRetrieveUpdate(Tour.SAMPLE_MEDIA_URL).orElseThrow();
            int seeded = 24;
            standIn.seed(seeded);
            out.println("Seeded " + seeded + " more tracks in the stand-in, so the list spans several pages.");
            tour.listEverything();
            tour.showTypedError(id + 1_000_000);
            out.println();
            out.println("Next: import a whole archive, each article exactly once and resumably, with the CLI:");
            out.println("  ./beyondwords import articles.jsonl --project " + project.id()
                    + "   (README, \"Command-line tool\")");
        }
    }

    /** A playlist holding the article: the stand-in serves every resource of the API, playlists included. */
    private static void showPlaylist(BeyondWordsClient client, Project project, String sourceId, PrintStream out) {
        Playlist playlist = client.playlists().create(project.id(), PlaylistCreateParams.builder()
                .title("Morning briefing").type(PlaylistType.MANUAL).addContentId(sourceId).build());
        out.println("Playlist  #" + playlist.id() + " \"" + playlist.title() + "\" in project #"
                + project.id() + ", which now has " + client.playlists().list(project.id()).size() + " playlist(s)");
    }

    private static void runAgainstApi(BeyondWordsClient.Builder builder, QuickstartArguments arguments,
            PrintStream out) {
        try (BeyondWordsClient client = builder.build()) {
            out.println("Talking to the BeyondWords API at " + client.options().baseUrl()
                    + (arguments.write() ? " (--write: will turn a short article into audio, and create and update"
                            + " one background track)"
                            : " (read-only; pass --write to create content and a track)"));
            out.println();
            ArticleToAudio article = new ArticleToAudio(client, out);
            Optional<Project> project = article.chooseProject(arguments.project());
            if (project.isPresent()) {
                article.showVoices(project.get());
                article.showContent(project.get());
                if (arguments.write()) {
                    // Unique per run, so a second run is a second item; and the key that makes the create retry-safe.
                    article.createAndListen(project.get(), "beyondwords-java-quickstart-" + System.currentTimeMillis());
                }
            }
            out.println();
            out.println("Background tracks:");
            Tour tour = new Tour(client, out, ZoneId.systemDefault());
            if (arguments.write()) {
                out.println();
                tour.createRetrieveUpdate(arguments.mediaUrl().orElse(Tour.SAMPLE_MEDIA_URL));
            }
            tour.listEverything().stream().findFirst().ifPresent(tour::retrieve);
        }
    }
}
