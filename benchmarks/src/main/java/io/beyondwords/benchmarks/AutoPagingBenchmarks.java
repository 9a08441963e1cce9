package io.beyondwords.benchmarks;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
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
 * Walks 1,000,000 tracks (10,000 pages of 100, then an empty page) over the in-memory transport in a JVM limited to
 * {@code -Xmx64m}. One invocation = all 1,000,000 tracks; the report turns seconds into items/s. A variant that runs
 * out of heap fails its fork, and the report marks the target failed. Each invocation checks it saw every track.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
@State(Scope.Benchmark)
public class AutoPagingBenchmarks {
  public static final int TOTAL = 1_000_000;

  private OkHttpClient rawHttp;
  private OkHttpClient retrofitHttp;
  private RawClient raw;
  private RetrofitClient retrofit;
  private BeyondWordsClient facade;

  @Setup(Level.Trial)
  public void setUp() {
    rawHttp = HttpClients.okHttp(new FixedResponseInterceptor(TOTAL));
    retrofitHttp = HttpClients.okHttp(new FixedResponseInterceptor(TOTAL));
    raw = new RawClient(rawHttp, HttpClients.IN_MEMORY_BASE_URL, HttpClients.API_KEY);
    retrofit = new RetrofitClient(retrofitHttp, HttpClients.IN_MEMORY_BASE_URL, HttpClients.API_KEY);
    facade = FacadeClients.inMemory(new FixedResponseInterceptor(TOTAL), true);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    facade.close();
    HttpClients.shutdown(rawHttp);
    HttpClients.shutdown(retrofitHttp);
  }

  /** The loop a raw user writes: fetch by offset until a short page. */
  @Benchmark
  public long raw_autoPage1M(Blackhole bh) throws IOException {
    long seen = 0;
    for (long offset = 0; ; offset += Fixtures.PAGE_SIZE) {
      List<PlainTrack> page = raw.list(Fixtures.PAGE_SIZE, offset);
      for (PlainTrack track : page) {
        bh.consume(track);
        seen++;
      }
      if (page.size() < Fixtures.PAGE_SIZE) {
        break;
      }
    }
    return checked(seen);
  }

  @Benchmark
  public long retrofit_autoPage1M(Blackhole bh) throws IOException {
    long seen = 0;
    for (long offset = 0; ; offset += Fixtures.PAGE_SIZE) {
      List<?> page = retrofit.list(Fixtures.PAGE_SIZE, offset);
      for (Object track : page) {
        bh.consume(track);
        seen++;
      }
      if (page.size() < Fixtures.PAGE_SIZE) {
        break;
      }
    }
    return checked(seen);
  }

  /** The facade's auto-pager from the first page; it fetches each next page only when needed. */
  @Benchmark
  public long facade_autoPage1M(Blackhole bh) {
    long seen = 0;
    for (BackgroundTrack track : facade.backgroundTracks().list(ClientBenchmarks.FIRST_PAGE).autoPager()) {
      bh.consume(track);
      seen++;
    }
    return checked(seen);
  }

  static long checked(long seen) {
    if (seen != TOTAL) {
      throw new IllegalStateException("saw " + seen + " tracks, expected " + TOTAL);
    }
    return seen;
  }
}
