package io.beyondwords.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
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

/**
 * Client construction plus the first call, in a fresh JVM: one timed invocation per fork, no warmup, many forks.
 * The loopback server starts in the (untimed) setup; the timed method builds the client from nothing (class loading,
 * Gson/Retrofit reflection, OkHttp's first call, the TCP connect) and makes one call. Loopback rather than in-memory
 * so that every variant is built exactly as a user builds it, with no test hook.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 20, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@State(Scope.Benchmark)
public class StartupBenchmarks {
  private LoopbackServer server;
  String baseUrl;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new LoopbackServer();
    baseUrl = server.baseUrl();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  @Benchmark
  public Object raw_constructAndFirstCall() throws IOException {
    RawClient client = new RawClient(HttpClients.okHttp(null), baseUrl, HttpClients.API_KEY);
    return client.retrieve(1);
  }

  @Benchmark
  public Object retrofit_constructAndFirstCall() throws IOException {
    RetrofitClient client = new RetrofitClient(HttpClients.okHttp(null), baseUrl, HttpClients.API_KEY);
    return client.retrieve(1);
  }

  @Benchmark
  public Object facade_constructAndFirstCall() {
    return FacadeClients.loopback(baseUrl).backgroundTracks().retrieve(1);
  }
}
