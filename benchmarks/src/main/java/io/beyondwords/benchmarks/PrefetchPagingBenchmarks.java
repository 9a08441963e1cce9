package io.beyondwords.benchmarks;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A full listing where the server and the consumer each take {@value #PAGE_MILLIS} ms per page ({@value #PAGES}
 * pages of 100 over loopback, plus the empty page that ends the list): the sequential auto-pager makes them take
 * turns, {@code prefetch(1)} overlaps them. One invocation = the whole listing, first page included; each checks it saw
 * ids 1 … {@value #TOTAL} in order. The report compares the prefetching variants with {@code sequential} (target: at
 * most 0.6×; the ideal is about 0.5×).
 *
 * <p>The consumer's 20 ms are a sleep once per page: it stands for work that waits (a write to a database, a call to
 * another service) and leaves the CPUs to the client, as such work does.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@State(Scope.Benchmark)
public class PrefetchPagingBenchmarks {
  static final int PAGES = 20;
  static final int TOTAL = PAGES * Fixtures.PAGE_SIZE;
  static final long PAGE_MILLIS = 20;
  private static final BackgroundTrackListParams FIRST_PAGE =
      BackgroundTrackListParams.builder().limit(Fixtures.PAGE_SIZE).build();

  private LoopbackServer server;
  private BeyondWordsClient facade;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new LoopbackServer(new SlowPages(TOTAL, PAGE_MILLIS));
    facade = FacadeClients.loopback(server.baseUrl());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    facade.close();
    server.close();
  }

  /** The auto-pager as it is by default: each page fetched when iteration reaches it. */
  @Benchmark
  public long sequential_slowListing(Blackhole bh) {
    SlowConsumer consumer = new SlowConsumer(bh);
    for (BackgroundTrack track : facade.backgroundTracks().list(FIRST_PAGE).autoPager()) {
      consumer.accept(track);
    }
    return consumer.checked();
  }

  /** {@code prefetch(1)}: the next page is requested while the consumer works through the current one. */
  @Benchmark
  public long prefetch_slowListing(Blackhole bh) {
    SlowConsumer consumer = new SlowConsumer(bh);
    try (Stream<BackgroundTrack> tracks = facade.backgroundTracks().list(FIRST_PAGE).autoPager().prefetch(1)
        .stream()) {
      tracks.forEach(consumer::accept);
    }
    return consumer.checked();
  }

  /** {@code autoPagerAsync().prefetch(1).forEach}: the consumer runs on the dispatcher threads; the caller waits. */
  @Benchmark
  public long prefetchAsync_slowListing(Blackhole bh) {
    SlowConsumer consumer = new SlowConsumer(bh);
    facade.async().backgroundTracks().list(FIRST_PAGE)
        .thenCompose(first -> first.autoPagerAsync().prefetch(1).forEach(consumer::accept))
        .join();
    return consumer.checked();
  }

  /** Spends {@value #PAGE_MILLIS} ms after each page's last item, and checks the ids arrive as 1, 2, 3, … */
  static final class SlowConsumer {
    private final Blackhole bh;
    private long seen;

    SlowConsumer(Blackhole bh) {
      this.bh = bh;
    }

    void accept(BackgroundTrack track) {
      seen++;
      if (track.id() != seen) {
        throw new IllegalStateException("item " + seen + " has id " + track.id() + ": out of order");
      }
      bh.consume(track);
      if (seen % Fixtures.PAGE_SIZE == 0) {
        try {
          Thread.sleep(PAGE_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }

    long checked() {
      if (seen != TOTAL) {
        throw new IllegalStateException("saw " + seen + " tracks, expected " + TOTAL);
      }
      return seen;
    }
  }
}
