package io.beyondwords.benchmarks;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.BackgroundTrackListParams;
import io.beyondwords.generated.model.BackgroundTrackModel;
import io.beyondwords.paging.Page;
import java.io.IOException;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The per-call benchmarks, shared by both transports ({@link InMemoryBenchmarks}, {@link LoopbackBenchmarks}).
 *
 * <p>Method names are {@code <variant>_<operation>}; the report groups by them and divides every variant by
 * {@code raw} of the same operation, transport, mode and thread count:
 * <ul>
 *   <li>{@code raw} — OkHttp + Gson into {@link PlainTrack} (the floor);</li>
 *   <li>{@code retrofit} — the bare generated Retrofit interface ({@link RetrofitClient});</li>
 *   <li>{@code facade} — {@link BeyondWordsClient} as a user builds it (in memory: see {@link FacadeClients}).</li>
 * </ul>
 * Operations: {@code retrieve} (one track), {@code listPage} (a 100-track page), {@code retrieveAsync} (one track
 * through the variant's async API; the caller waits for it). All clients are thread-safe and shared by all benchmark
 * threads ({@code Scope.Benchmark}), as an application shares one client.
 */
@State(Scope.Benchmark)
public abstract class ClientBenchmarks {

  /** The list benchmarks' parameters, built once as an application would keep them. */
  static final BackgroundTrackListParams FIRST_PAGE =
      BackgroundTrackListParams.builder().limit(Fixtures.PAGE_SIZE).build();

  /** Not a constant, so the id's conversion to a path segment is not folded away. */
  long id = 1;

  RawClient raw;
  RetrofitClient retrofit;
  BeyondWordsClient facade;

  private OkHttpClient rawHttp;
  private OkHttpClient retrofitHttp;

  /** Starts the transport; returns the base URL (with trailing slash). */
  abstract String startTransport() throws IOException;

  /** The in-memory interceptor, or null when the transport is a real server. */
  abstract Interceptor transportInterceptor();

  /** The facade as a user builds it, on this transport. */
  abstract BeyondWordsClient facadeClient(String baseUrl);

  abstract void stopTransport();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    String baseUrl = startTransport();
    rawHttp = HttpClients.okHttp(transportInterceptor());
    retrofitHttp = HttpClients.okHttp(transportInterceptor());
    raw = new RawClient(rawHttp, baseUrl, HttpClients.API_KEY);
    retrofit = new RetrofitClient(retrofitHttp, baseUrl, HttpClients.API_KEY);
    facade = facadeClient(baseUrl);
    verify();
  }

  /** Every variant must see the same data before anything is timed. */
  void verify() throws IOException {
    check(raw.retrieve(id).name, "raw retrieve");
    check(retrofit.retrieve(id).getName(), "retrofit retrieve");
    check(raw.retrieveAsync(id).join().name, "raw retrieveAsync");
    check(retrofit.retrieveAsync(id).join().getName(), "retrofit retrieveAsync");
    checkSize(raw.list(Fixtures.PAGE_SIZE, 0).size(), "raw listPage");
    checkSize(retrofit.list(Fixtures.PAGE_SIZE, 0).size(), "retrofit listPage");
    check(facade.backgroundTracks().retrieve(id).name(), "facade retrieve");
    check(facade.async().backgroundTracks().retrieve(id).join().name(), "facade retrieveAsync");
    checkSize(facade.backgroundTracks().list(FIRST_PAGE).items().size(), "facade listPage");
  }

  private static void check(String name, String what) {
    if (!"Test track 1".equals(name)) {
      throw new IllegalStateException(what + " returned name " + name);
    }
  }

  private static void checkSize(int size, String what) {
    if (size != Fixtures.PAGE_SIZE) {
      throw new IllegalStateException(what + " returned " + size + " tracks");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    facade.close();
    HttpClients.shutdown(rawHttp);
    HttpClients.shutdown(retrofitHttp);
    stopTransport();
  }

  // ---- one track ----------------------------------------------------------------------------------------------

  @Benchmark
  public PlainTrack raw_retrieve() throws IOException {
    return raw.retrieve(id);
  }

  @Benchmark
  public BackgroundTrackModel retrofit_retrieve() throws IOException {
    return retrofit.retrieve(id);
  }

  @Benchmark
  public BackgroundTrack facade_retrieve() {
    return facade.backgroundTracks().retrieve(id);
  }

  // ---- a 100-track page ---------------------------------------------------------------------------------------

  @Benchmark
  public List<PlainTrack> raw_listPage() throws IOException {
    return raw.list(Fixtures.PAGE_SIZE, 0);
  }

  @Benchmark
  public List<BackgroundTrackModel> retrofit_listPage() throws IOException {
    return retrofit.list(Fixtures.PAGE_SIZE, 0);
  }

  @Benchmark
  public Page<BackgroundTrack> facade_listPage() {
    return facade.backgroundTracks().list(FIRST_PAGE);
  }

  // ---- one track, async: the caller waits for the future ------------------------------------------------------

  @Benchmark
  public PlainTrack raw_retrieveAsync() {
    return raw.retrieveAsync(id).join();
  }

  @Benchmark
  public BackgroundTrackModel retrofit_retrieveAsync() {
    return retrofit.retrieveAsync(id).join();
  }

  @Benchmark
  public BackgroundTrack facade_retrieveAsync() {
    return facade.async().backgroundTracks().retrieve(id).join();
  }
}
