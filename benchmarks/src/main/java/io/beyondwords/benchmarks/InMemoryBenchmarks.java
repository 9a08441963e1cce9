package io.beyondwords.benchmarks;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.content.Content;
import io.beyondwords.content.ContentListParams;
import io.beyondwords.paging.Page;
import java.util.List;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link ClientBenchmarks} over the in-memory transport ({@link FixedResponseInterceptor}): the SDK's own cost.
 * The annotations are the defaults for a direct {@code java -jar benchmarks.jar InMemory}; {@link Suite} sets its own.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class InMemoryBenchmarks extends ClientBenchmarks {
  private static final long PROJECT = 7;
  private static final ContentListParams CONTENT_PAGE = ContentListParams.builder().limit(Fixtures.PAGE_SIZE).build();

  private final FixedResponseInterceptor transport = new FixedResponseInterceptor();
  /** The facade with its retry interceptor taken out: the other half of "the retry layer's cost". */
  private BeyondWordsClient facadeNoRetry;

  @Override
  String startTransport() {
    return HttpClients.IN_MEMORY_BASE_URL;
  }

  @Override
  Interceptor transportInterceptor() {
    return transport;
  }

  @Override
  BeyondWordsClient facadeClient(String baseUrl) {
    return FacadeClients.inMemory(transport, true);
  }

  @Override
  void verify() throws IOException {
    facadeNoRetry = FacadeClients.inMemory(transport, false);
    super.verify();
    if (raw_contentPage().size() != Fixtures.PAGE_SIZE || facade_contentPage().items().size() != Fixtures.PAGE_SIZE) {
      throw new IllegalStateException("a content page did not hold " + Fixtures.PAGE_SIZE + " items");
    }
    if (!"Test track 1".equals(facadeNoRetry.backgroundTracks().retrieve(id).name())) {
      throw new IllegalStateException("facadeNoRetry retrieve returned the wrong track");
    }
  }

  /**
   * The page, then every value the facade reads on first access: both timestamps and the media URL of each track.
   * A reference row: the floor keeps them as strings, and {@code facade_listPage} does not read them.
   */
  @Benchmark
  public long facadeReadAll_listPage() {
    long sum = 0;
    for (BackgroundTrack track : facade.backgroundTracks().list(FIRST_PAGE).items()) {
      sum += track.created().getEpochSecond() + track.updated().getNano()
          + track.media().orElseThrow().url().length();
    }
    return sum;
  }

  /** A page of 100 large content items (issue 15): the floor reads it into {@link PlainContent}. */
  @Benchmark
  public List<PlainContent> raw_contentPage() throws IOException {
    return raw.listContent(PROJECT, Fixtures.PAGE_SIZE);
  }

  @Benchmark
  public Page<Content> facade_contentPage() {
    return facade.content().list(PROJECT, CONTENT_PAGE);
  }

  @Benchmark
  public BackgroundTrack facadeNoRetry_retrieve() {
    return facadeNoRetry.backgroundTracks().retrieve(id);
  }

  @Override
  void stopTransport() {
    if (facadeNoRetry != null) {
      facadeNoRetry.close();
    }
  }
}
