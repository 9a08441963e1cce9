package io.beyondwords.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The benchmarks measure what they claim: each variant returns the fixture's data over each transport. */
class BenchmarkSanityTest {

  @Test
  void inMemoryVariantsReturnTheFixture() throws Exception {
    InMemoryBenchmarks b = new InMemoryBenchmarks();
    b.setUp();
    try {
      assertThat(b.raw_retrieve().name).isEqualTo("Test track 1");
      assertThat(b.raw_retrieve().media.duration).isEqualTo(15000);
      assertThat(b.retrofit_retrieve().getProject().getName()).isEqualTo("News");
      assertThat(b.raw_listPage()).hasSize(100);
      assertThat(b.retrofit_listPage()).hasSize(100);
      assertThat(b.raw_retrieveAsync().created).isEqualTo("2023-01-01 00:00:00 UTC");
      assertThat(b.retrofit_retrieveAsync().getUpdated()).isEqualTo("2023-01-01 00:00:05 UTC");
      assertThat(b.facade_retrieve().created()).isEqualTo(java.time.Instant.parse("2023-01-01T00:00:00Z"));
      assertThat(b.facade_listPage().items()).hasSize(100);
      assertThat(b.facade_retrieveAsync().media().orElseThrow().duration()).contains(java.time.Duration.ofSeconds(15));
      assertThat(b.facadeNoRetry_retrieve().name()).isEqualTo("Test track 1");
      // 100 × (created 1672531200 s + updated's 0 ns + the length of the media URL "https://example.com/a.mp3", 25)
      assertThat(b.facadeReadAll_listPage()).isEqualTo(100 * (1_672_531_200L + 0 + 25));
      // the content page: both sides read every item, its segments and media, and nothing is left invalid
      List<PlainContent> plain = b.raw_contentPage();
      assertThat(plain).hasSize(100);
      assertThat(plain.get(99).segments).hasSize(4);
      var page = b.facade_contentPage();
      assertThat(page.items()).hasSize(100);
      var last = page.items().get(99);
      assertThat(last.sourceId()).contains("article-100");
      assertThat(last.segments().orElseThrow()).hasSize(4);
      assertThat(last.audio().orElseThrow()).hasSize(2);
      assertThat(last.metadata().orElseThrow()).containsEntry("section", io.beyondwords.JsonValue.of("weather"));
      assertThat(last.publishDate()).contains(java.time.Instant.parse("2023-01-01T06:00:00Z"));
      last.validate(); // every member of every item came through
    } finally {
      b.tearDown();
    }
  }

  @Test
  void loopbackVariantsReturnTheFixture() throws Exception {
    LoopbackBenchmarks b = new LoopbackBenchmarks();
    b.measuresLatency = false; // the benchmark run checks it; a unit test asserts no wall-clock bound
    b.setUp();
    try {
      assertThat(System.getProperty("sun.net.httpserver.nodelay")).as("TCP_NODELAY for HttpServer").isEqualTo("true");
      assertThat(b.raw_retrieve().id).isEqualTo(1);
      assertThat(b.retrofit_listPage().get(99).getId()).isEqualTo(100);
      assertThat(b.retrofit_retrieveAsync().getVolume()).isEqualTo(100);
      assertThat(b.facade_retrieve().id()).isEqualTo(1);
      assertThat(b.facade_listPage().items().get(99).id()).isEqualTo(100);
      assertThat(b.facade_retrieveAsync().volume()).isEqualTo(100);
    } finally {
      b.tearDown();
    }
  }

  @Test
  void interceptorPagesUntilTotalThenAnswersAnEmptyPage() throws Exception {
    OkHttpClient http = HttpClients.okHttp(new FixedResponseInterceptor(250));
    try {
      RawClient raw = new RawClient(http, HttpClients.IN_MEMORY_BASE_URL, HttpClients.API_KEY);
      RetrofitClient retrofit = new RetrofitClient(http, HttpClients.IN_MEMORY_BASE_URL, HttpClients.API_KEY);
      assertThat(raw.list(100, 200)).hasSize(100);
      assertThat(raw.list(100, 300)).isEmpty();
      assertThat(retrofit.list(100, 200)).hasSize(100);
      assertThat(retrofit.list(100, 300)).isEmpty();
    } finally {
      HttpClients.shutdown(http);
    }
  }

  @Test
  void facadeAutoPagerWalksEveryPageInMemory() {
    try (var facade = FacadeClients.inMemory(new FixedResponseInterceptor(1_000), true)) {
      long n = facade.backgroundTracks().list(ClientBenchmarks.FIRST_PAGE).autoPager().stream().count();
      assertThat(n).isEqualTo(1_000);
    }
  }

  @Test
  void facadeWithoutRetryLayerHasNoRetryInterceptorButStillWorks() {
    try (var facade = FacadeClients.inMemory(new FixedResponseInterceptor(), false)) {
      assertThat(facade.backgroundTracks().retrieve(1).name()).isEqualTo("Test track 1");
    }
  }

  @Test
  void loopbackServerPagesToo() throws Exception {
    try (LoopbackServer server = new LoopbackServer(250)) {
      OkHttpClient http = HttpClients.okHttp(null);
      try {
        RetrofitClient retrofit = new RetrofitClient(http, server.baseUrl(), HttpClients.API_KEY);
        List<?> last = retrofit.list(100, 200);
        assertThat(last).hasSize(100);
        assertThat(retrofit.list(100, 300)).isEmpty();
      } finally {
        HttpClients.shutdown(http);
      }
    }
  }

  @Test
  void startupVariantsConstructAndCall() throws Exception {
    StartupBenchmarks s = new StartupBenchmarks();
    s.setUp();
    try {
      assertThat(s.raw_constructAndFirstCall()).isInstanceOf(PlainTrack.class);
      assertThat(s.retrofit_constructAndFirstCall()).isNotNull();
      assertThat(s.facade_constructAndFirstCall()).isNotNull();
    } finally {
      s.tearDown();
    }
  }

  @Test
  void prefetchPagingVariantsSeeEveryTrackInOrderFromTheSlowServer() throws Exception {
    PrefetchPagingBenchmarks b = new PrefetchPagingBenchmarks();
    b.setUp();
    try {
      org.openjdk.jmh.infra.Blackhole bh = new org.openjdk.jmh.infra.Blackhole(
          "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
      assertThat(b.sequential_slowListing(bh)).isEqualTo(PrefetchPagingBenchmarks.TOTAL);
      assertThat(b.prefetch_slowListing(bh)).isEqualTo(PrefetchPagingBenchmarks.TOTAL);
      assertThat(b.prefetchAsync_slowListing(bh)).isEqualTo(PrefetchPagingBenchmarks.TOTAL);
      bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    } finally {
      b.tearDown();
    }
  }
}
