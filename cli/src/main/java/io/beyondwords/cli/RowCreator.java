package io.beyondwords.cli;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.RequestOptions;
import io.beyondwords.content.Content;
import io.beyondwords.errors.AuthenticationException;
import io.beyondwords.errors.BeyondWordsException;
import io.beyondwords.errors.PermissionDeniedException;
import io.beyondwords.errors.UnprocessableEntityException;
import java.io.IOException;
import java.util.Queue;

/** Creates one row's item, exactly once, and records what happened. */
final class RowCreator {
    private final BeyondWordsClient client;
    private final long project;
    private final AdaptiveLimit limit;
    private final ImportCounts counts;
    private final ImportJournal journal;
    private final ImportProgress progress;
    private final RequestOptions options;
    private final Queue<String> toWaitFor;

    RowCreator(BeyondWordsClient client, long project, AdaptiveLimit limit, ImportCounts counts,
            ImportJournal journal, ImportProgress progress, RequestOptions options, Queue<String> toWaitFor) {
        this.client = client;
        this.project = project;
        this.limit = limit;
        this.counts = counts;
        this.journal = journal;
        this.progress = progress;
        this.options = options;
        this.toWaitFor = toWaitFor;
    }

    void create(Article article) throws IOException, InterruptedException {
        String outcome;
        String id = null;
        String error = null;
        limit.acquire();
        try {
            // Keyed by source_id: the SDK retries it like a safe request, and resolves a duplicate refusal of
            // its own retry to the item its earlier attempt created.
            Content created = client.content().create(project, article.params(), options);
            limit.onSuccess();
            outcome = "created";
            id = created.id();
        } catch (UnprocessableEntityException e) {
            if (e.fieldErrors().stream().anyMatch(f -> f.location().equals("source_id"))) {
                // It existed before this create was sent (an earlier run, or another tool): adopt it.
                limit.onSuccess();
                outcome = "existing";
                id = adopt(article);
            } else {
                outcome = "failed";
                error = ApiFailures.describe(e);
            }
        } catch (BeyondWordsException e) {
            if (e instanceof AuthenticationException || e instanceof PermissionDeniedException) {
                throw e;
            }
            outcome = "failed";
            error = ApiFailures.describe(e);
        } finally {
            limit.release();
        }
        if (id == null && error == null) {
            outcome = "failed";
            error = "the existing item could not be read";
        }
        switch (outcome) {
            case "created" -> counts.created.incrementAndGet();
            case "existing" -> counts.existing.incrementAndGet();
            default -> {
                counts.failed.incrementAndGet();
                progress.message("line " + article.line() + ": source_id " + article.sourceId() + " failed: "
                        + error);
            }
        }
        journal.record(article, outcome, id, error);
        if (id != null && toWaitFor != null) {
            toWaitFor.add(id);
        }
    }

    private String adopt(Article article) {
        try {
            return client.content().retrieve(project, article.sourceId()).id();
        } catch (BeyondWordsException e) {
            return null;
        }
    }
}
