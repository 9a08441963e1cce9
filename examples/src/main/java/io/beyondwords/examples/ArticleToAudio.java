package io.beyondwords.examples;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.RequestOptions;
import io.beyondwords.content.Content;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.content.ContentListParams;
import io.beyondwords.content.ContentMedia;
import io.beyondwords.content.ContentStatus;
import io.beyondwords.errors.ApiTimeoutException;
import io.beyondwords.player.Player;
import io.beyondwords.player.PlayerContent;
import io.beyondwords.player.PlayerMedia;
import io.beyondwords.projects.Project;
import io.beyondwords.projects.ProjectListParams;
import io.beyondwords.projects.ProjectVoice;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What publishers use BeyondWords for, step by step: pick a project, look at its voices, turn a short article into a
 * content item, wait for its audio with a line per poll, then print the audio and video URLs and the player's view of
 * the item. Everything goes through the public facade.
 */
final class ArticleToAudio {
    static final String TITLE = "Rain clears by evening";
    static final String BODY = "<p>Showers move east through the morning and ease by mid-afternoon.</p>"
            + "<p>Expect a dry, mild evening, with light winds and the odd clear spell.</p>";
    /**
     * How long the tour waits for the audio. A short article usually takes seconds; past this the tour says where
     * processing stands and goes on (the item stays, and a later wait picks up from there).
     */
    static final Duration WAIT_LIMIT = Duration.ofMinutes(5);

    private final BeyondWordsClient client;
    private final PrintStream out;
    private final Readings readings = new Readings();

    ArticleToAudio(BeyondWordsClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    /**
     * @param wanted the project to use, or empty for the first one listed
     * @return the project, or empty (with a line saying so) if the organisation has none
     */
    Optional<Project> chooseProject(OptionalLong wanted) {
        if (wanted.isPresent()) {
            Project project = client.projects().retrieve(wanted.getAsLong());
            out.println("Project   " + describe(project));
            readings.printWarnings(out);
            return Optional.of(project);
        }
        List<Project> first = client.projects().list(ProjectListParams.builder().limit(10).build()).items();
        if (first.isEmpty()) {
            out.println("This organisation has no projects yet; create one in the BeyondWords dashboard.");
            return Optional.empty();
        }
        Project project = first.get(0);
        out.println("Project   " + describe(project) + (first.size() > 1 ? " (the first of several; --project ID picks"
                + " another)" : ""));
        readings.printWarnings(out);
        return Optional.of(project);
    }

    /** Prints how many voices the project offers, and the first of them. */
    void showVoices(Project project) {
        List<ProjectVoice> voices = client.projects().voices(project.id());
        out.println("Voices    " + voices.size() + " in this project" + voices.stream().findFirst()
                .map(v -> ", e.g. #" + v.id() + " " + v.name() + v.language().map(l -> " (" + l + ")").orElse(""))
                .orElse(""));
    }

    /** Prints the titles of the project's latest content items (one page). */
    void showContent(Project project) {
        List<Content> items = client.content().list(project.id(), ContentListParams.builder().limit(5).build())
                .items();
        out.println("Content   " + (items.isEmpty() ? "none yet" : "the first " + items.size() + ":"));
        for (Content item : items) {
            out.println("  " + readings.show("title", () -> item.title().orElse("(untitled)")) + "  ["
                    + readings.show("status", () -> item.status().map(ContentStatus::value).orElse("?")) + "]");
        }
        readings.printWarnings(out);
    }

    /**
     * Creates a content item from the short article, waits until its audio is ready, and prints where it is.
     *
     * @param sourceId the item's source_id: the key that makes the create safe to retry
     * @return the processed item, or empty if it was still being processed at {@link #WAIT_LIMIT}
     */
    Optional<Content> createAndListen(Project project, String sourceId) {
        out.println();
        out.println("Turning the article \"" + TITLE + "\" into audio:");
        Content created = client.content().create(project.id(), ContentCreateParams.builder()
                .title(TITLE)
                .body(BODY)
                .sourceId(sourceId)
                .build());
        out.println("Created   content " + created.id() + " (source_id " + sourceId + ")");

        AtomicInteger reads = new AtomicInteger();
        AtomicReference<String> lastStatus = new AtomicReference<>("(no status)");
        Content processed;
        try {
            processed = client.content().waitUntilProcessed(project.id(), created.id(),
                    RequestOptions.builder().deadline(WAIT_LIMIT).build(),
                    item -> {
                        lastStatus.set(item.status().map(ContentStatus::value).orElse("(no status)"));
                        out.println("  poll " + reads.incrementAndGet() + ": " + lastStatus.get());
                    });
        } catch (ApiTimeoutException e) {
            // Not a failure: BeyondWords is still working on it. The item stays in the project.
            out.println("Still " + lastStatus.get() + " after " + WAIT_LIMIT.toMinutes() + " minutes: the item stays"
                    + " in the project, and client.content().waitUntilProcessed(" + project.id() + ", \""
                    + sourceId + "\") picks up from here.");
            return Optional.empty();
        }
        out.println("Processed content " + processed.id());

        printMedia("Audio", processed.audio().orElse(List.of()));
        printMedia("Video", processed.video().orElse(List.of()));
        showPlayer(project, sourceId);
        readings.printWarnings(out);
        return Optional.of(processed);
    }

    private void printMedia(String kind, List<ContentMedia> media) {
        if (media.isEmpty()) {
            out.println(kind + "     none");
        }
        for (ContentMedia m : media) {
            out.println(kind + "     " + readings.show("content_type", () -> m.contentType().orElse("?")) + "  "
                    + readings.show("url", m::url) + "  "
                    + readings.show("duration", () -> m.duration().map(ArticleToAudio::seconds).orElse("-")));
        }
    }

    /** What the player is given for this item: the embeddable player's own view, by the item's source_id. */
    private void showPlayer(Project project, String sourceId) {
        Player player = client.player().retrieveBySourceId(project.id(), sourceId);
        List<PlayerContent> items = player.content().orElse(List.of());
        out.println("Player    " + items.size() + (items.size() == 1 ? " item" : " items")
                + player.language().map(l -> ", language " + l).orElse(""));
        for (PlayerContent item : items) {
            for (PlayerMedia m : item.audio().orElse(List.of())) {
                out.println("  plays   " + readings.show("url", () -> m.url().map(Object::toString).orElse("?")));
            }
        }
    }

    private String describe(Project project) {
        return "#" + project.id() + " \"" + readings.show("name", project::name) + "\""
                + readings.show("language", () -> project.language().map(l -> " (" + l + ")").orElse(""));
    }

    private static String seconds(Duration d) {
        return String.format("%d.%01d s", d.toSeconds(), d.toMillisPart() / 100);
    }
}
