package io.beyondwords.it.virtualthreads;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.content.Content;
import io.beyondwords.content.ContentCreateParams;
import io.beyondwords.content.ContentStatus;
import io.beyondwords.testkit.BeyondWordsStandIn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.Recording;

/**
 * Runs {@value #CALLS} SDK calls at once, each on its own virtual thread, against the stand-in: plain reads, and every
 * tenth a content create-and-wait (which polls, sleeping between polls). Compiled for Java 17 like the SDK, so it
 * reaches the virtual-thread executor by reflection; {@link VirtualThreadPinningTest} runs it on a newer JDK.
 *
 * <p>A warm-up of {@value #WARM_UP} calls of the same mix runs first: loading and initialising classes pins a
 * virtual thread that waits for another thread's loading (a one-time JVM matter, whoever's classes they are). Then a
 * JFR recording of every
 * {@code jdk.VirtualThreadPinned} event (threshold 0, with stacks) covers the concurrent calls, and is written to the
 * path given as the first argument. Prints one summary line and exits 0 only when every call succeeded.
 */
public final class VirtualThreadCalls {
    static final int CALLS = 10_000;
    /** Calls on the wire at once: every thread exists and waits at once, but loopback sockets are finite. */
    static final int ON_THE_WIRE = 200;
    /** Calls run before the recording starts, to load every class their path needs. */
    static final int WARM_UP = 500;

    private VirtualThreadCalls() {
    }

    public static void main(String[] args) throws Exception {
        Path recordingFile = Path.of(args[0]);
        ExecutorService virtualThreads = (ExecutorService) java.util.concurrent.Executors.class
                .getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        try (BeyondWordsStandIn standIn = BeyondWordsStandIn.builder().pollsUntilProcessed(2).build().start();
                BeyondWordsClient client = BeyondWordsClient.builder().apiKey(standIn.apiKey())
                        .baseUrl(standIn.baseUrl())
                        // A real sleep, on the virtual thread, between polls and retries: short, to keep the run brief.
                        .sleeper(wait -> Thread.sleep(Duration.ofMillis(1).toMillis()))
                        .build()) {
            standIn.seed(3);
            long project = BeyondWordsStandIn.DEFAULT_PROJECT_ID;
            run(virtualThreads, client, project, WARM_UP);
            Recording recording = new Recording();
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
            // Written once per recording: proof that the recording worked even when nothing pinned.
            recording.enable("jdk.JVMInformation");
            recording.start();
            Tally tally = run(virtualThreads, client, project, CALLS);
            System.out.println("calls=" + CALLS + " reads=" + tally.reads + " waits=" + tally.waits + " failed="
                    + tally.failed + " java=" + Runtime.version());
            virtualThreads.shutdown();
            recording.stop();
            recording.dump(recordingFile);
            recording.close();
            if (tally.failed > 0 || tally.reads.get() + tally.waits.get() != CALLS) {
                System.exit(1);
            }
        }
    }

    /** What a batch did. */
    private static final class Tally {
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger waits = new AtomicInteger();
        int failed;
    }

    private static Tally run(ExecutorService virtualThreads, BeyondWordsClient client, long project, int count)
            throws InterruptedException {
        Tally tally = new Tally();
        Semaphore wire = new Semaphore(ON_THE_WIRE);
        List<Future<?>> calls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = i;
            calls.add(virtualThreads.submit(() -> {
                wire.acquire();
                try {
                    if (n % 10 == 0) {
                        Content done = client.content().createAndWait(project,
                                ContentCreateParams.builder().title("item " + n).build());
                        if (done.status().filter(ContentStatus.PROCESSED::equals).isPresent()) {
                            tally.waits.incrementAndGet();
                        }
                    } else {
                        client.backgroundTracks().list();
                        tally.reads.incrementAndGet();
                    }
                } finally {
                    wire.release();
                }
                return null;
            }));
        }
        for (Future<?> call : calls) {
            try {
                call.get();
            } catch (ExecutionException e) {
                if (tally.failed++ == 0) {
                    e.getCause().printStackTrace();
                }
            }
        }
        return tally;
    }
}
