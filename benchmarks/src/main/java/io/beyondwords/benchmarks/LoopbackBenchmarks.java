package io.beyondwords.benchmarks;

import io.beyondwords.BeyondWordsClient;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link ClientBenchmarks} against {@link LoopbackServer} on 127.0.0.1 (same JVM, TCP_NODELAY on): the SDK's cost
 * next to a real, if short, round trip. At least 10 warmup iterations of 2 s: throughput settles only after ~12 s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class LoopbackBenchmarks extends ClientBenchmarks {
  /** A median above this means Nagle + delayed ACK are back (~40 ms per request). */
  static final long MAX_MEDIAN_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  /**
   * Whether the setup measures the loopback latency before a run. The sanity test turns it off: a wall-clock bound
   * belongs to the benchmark run, not to a unit test on a busy machine.
   */
  boolean measuresLatency = true;

  private LoopbackServer server;

  @Override
  String startTransport() throws IOException {
    server = new LoopbackServer();
    return server.baseUrl();
  }

  @Override
  Interceptor transportInterceptor() {
    return null;
  }

  @Override
  BeyondWordsClient facadeClient(String baseUrl) {
    return FacadeClients.loopback(baseUrl);
  }

  @Override
  void verify() throws IOException {
    super.verify();
    if (!measuresLatency) {
      return;
    }
    long[] nanos = new long[21];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      raw.retrieve(id);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    long median = nanos[nanos.length / 2];
    if (median > MAX_MEDIAN_NANOS) {
      throw new IllegalStateException("loopback median " + median / 1000 + " µs per request: TCP_NODELAY is not in"
          + " effect (run with -Dsun.net.httpserver.nodelay=true)");
    }
  }

  @Override
  void stopTransport() {
    if (server != null) {
      server.close();
    }
  }
}
