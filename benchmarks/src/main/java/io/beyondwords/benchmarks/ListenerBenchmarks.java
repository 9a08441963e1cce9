package io.beyondwords.benchmarks;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.micrometer.ObservationRequestListener;
import io.beyondwords.observability.RequestListener;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
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
 * What a request listener costs (issue 27): loopback throughput of the facade retrieving one track, as a user builds
 * it ({@code facade}, the baseline) and with listeners registered. The report divides every other variant by
 * {@code facade} and holds each to ≥ {@link Report#LISTENER_LIMIT}×.
 *
 * <p>To add a variant (for example the Micrometer observation): build its client in {@link #setUp()} with
 * {@code FacadeClients.loopback(server.baseUrl(), listener)}, close it in {@link #tearDown()}, add a
 * {@code <variant>_retrieve} method like {@link #noopListener_retrieve()}, and give it a label in
 * {@link Report#LISTENER_VARIANTS}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@State(Scope.Benchmark)
public class ListenerBenchmarks {

  /** A listener that does nothing: what the listener machinery itself costs. */
  static final RequestListener NO_OP = new RequestListener() {
  };

  /** Not a constant, so the id's conversion to a path segment is not folded away. */
  long id = 1;

  private LoopbackServer server;
  BeyondWordsClient facade;
  BeyondWordsClient noopListener;
  BeyondWordsClient micrometer;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new LoopbackServer();
    facade = FacadeClients.loopback(server.baseUrl());
    noopListener = FacadeClients.loopback(server.baseUrl(), NO_OP);
    // With a meter handler, as an application has one: without it Micrometer's observations are no-ops.
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
    micrometer = FacadeClients.loopback(server.baseUrl(), ObservationRequestListener.create(registry));
    // Every variant must see the same data before anything is timed.
    for (BeyondWordsClient client : new BeyondWordsClient[] {facade, noopListener, micrometer}) {
      if (!"Test track 1".equals(client.backgroundTracks().retrieve(id).name())) {
        throw new IllegalStateException("a listener variant did not read the fixture");
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    facade.close();
    noopListener.close();
    micrometer.close();
    server.close();
  }

  @Benchmark
  public BackgroundTrack facade_retrieve() {
    return facade.backgroundTracks().retrieve(id);
  }

  @Benchmark
  public BackgroundTrack noopListener_retrieve() {
    return noopListener.backgroundTracks().retrieve(id);
  }

  @Benchmark
  public BackgroundTrack micrometer_retrieve() {
    return micrometer.backgroundTracks().retrieve(id);
  }
}
