package io.beyondwords.cli;

import java.util.concurrent.atomic.AtomicLong;

/** The running tallies of one import, shared by the reader, the workers and the progress display. */
final class ImportCounts {
    final AtomicLong created = new AtomicLong();
    final AtomicLong existing = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong malformed = new AtomicLong();
    final AtomicLong journaled = new AtomicLong();
    final AtomicLong processed = new AtomicLong();
    final AtomicLong processingError = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong stillProcessing = new AtomicLong();

    /** Rows finished by this run's requests. */
    long sent() {
        return created.get() + existing.get() + failed.get();
    }

    /** Rows accounted for in any way: sent, malformed, or already in the journal. */
    long accountedFor() {
        return sent() + malformed.get() + journaled.get();
    }
}
