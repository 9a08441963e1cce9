package io.beyondwords.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows how far an import is, on standard error: a bar redrawn in place on a terminal, a plain line every few
 * seconds otherwise (a log, a CI job), or nothing. Messages about single rows go through {@link #message} so that
 * they never tear the bar.
 */
final class ImportProgress implements AutoCloseable {
    enum Mode { BAR, LINES, NONE }

    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final Mode mode;
    private final ImportCounts counts;
    private final long total;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private boolean barShown;

    /**
     * @param total the rows the file holds (estimated from its line count), or 0 if unknown
     */
    ImportProgress(PrintWriter err, Mode mode, ImportCounts counts, long total) {
        this.err = err;
        this.mode = mode;
        this.counts = counts;
        this.total = total;
        if (mode == Mode.NONE) {
            ticker = null;
        } else {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "beyondwords-progress");
                thread.setDaemon(true);
                return thread;
            });
            long period = mode == Mode.BAR ? 200 : 5000;
            ticker.scheduleAtFixedRate(this::show, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /** Prints one line about one row (a malformed row, a failure), above the bar if there is one. */
    synchronized void message(String line) {
        if (barShown) {
            err.print("\r\033[K");
            barShown = false;
        }
        err.println(line);
        err.flush();
    }

    synchronized void show() {
        String status = status();
        if (mode == Mode.BAR) {
            err.print("\r\033[K" + bar() + " " + status);
            barShown = true;
        } else if (mode == Mode.LINES) {
            err.println("progress: " + status);
        }
        err.flush();
    }

    private String bar() {
        if (total <= 0) {
            return "";
        }
        int filled = (int) Math.min(BAR_WIDTH, counts.accountedFor() * BAR_WIDTH / total);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    }

    String status() {
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        double rate = counts.sent() / seconds;
        StringBuilder text = new StringBuilder();
        text.append(counts.accountedFor());
        if (total > 0) {
            text.append('/').append(total);
        }
        text.append(String.format(Locale.ROOT, "  created %d  existing %d  failed %d  malformed %d  %.0f/s",
                counts.created.get(), counts.existing.get(), counts.failed.get(), counts.malformed.get(), rate));
        if (total > 0 && rate > 0) {
            long left = Math.max(0, total - counts.accountedFor());
            text.append("  ETA ").append(clock(Duration.ofSeconds((long) Math.ceil(left / rate))));
        }
        return text.toString();
    }

    private static String clock(Duration duration) {
        long s = duration.getSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (barShown) {
            show();
            err.println();
            err.flush();
            barShown = false;
        }
    }
}
