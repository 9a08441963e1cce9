package io.beyondwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.beyondwords.errors.ApiException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Proxy credentials, a call's own key, and the application's OkHttp client, over loopback. */
class TransportSettingsTest {
    private static final String OTHER_KEY = "bw_test_OTHER_ORG_KEY_0002";
    private static final String PROXY_PASSWORD = "pr0xy-s3cret";

    private final TestServer api = new TestServer();

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void theProxyGetsItsCredentialsOnlyWhenItAsksAndTheLogNeverShowsThem() {
        // The MockWebServer plays the proxy: a request for an http URL through an HTTP proxy goes to it whole.
        api.enqueue(new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\""));
        api.enqueueJson(200, TestServer.track(1, "a"));
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = capture(lines);
        Logger.getLogger("io.beyondwords").addHandler(capture);
        Logger.getLogger("io.beyondwords").setLevel(Level.ALL);

        BeyondWordsClient.Builder builder = BeyondWordsClient.builder().apiKey(TestServer.FAKE_KEY)
                .baseUrl("http://api.beyondwords.test/v1").allowInsecureHttp(true)
                .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(api.server.getHostName(),
                        api.server.getPort())))
                .proxyCredentials("alice", PROXY_PASSWORD)
                .logLevel(LogLevel.DEBUG);
        try (BeyondWordsClient client = builder.build()) {
            assertThat(client.backgroundTracks().retrieve(1).name()).isEqualTo("a");
            assertThat(client.options().toString()).doesNotContain(PROXY_PASSWORD);
            assertThat(client.options().proxyUser()).contains("alice");
        } finally {
            Logger.getLogger("io.beyondwords").removeHandler(capture);
        }

        RecordedRequest challenged = api.take();
        RecordedRequest answered = api.take();
        assertThat(challenged.getRequestLine()).startsWith("GET http://api.beyondwords.test/v1/background_tracks/1");
        assertThat(challenged.getHeader("Proxy-Authorization")).isNull();
        assertThat(answered.getHeader("Proxy-Authorization")).isEqualTo(Credentials.basic("alice", PROXY_PASSWORD));
        String credential = Credentials.basic("alice", PROXY_PASSWORD);
        assertThat(lines).isNotEmpty().noneMatch(l -> l.contains(PROXY_PASSWORD) || l.contains(credential)
                || l.contains(credential.substring("Basic ".length())) || l.contains(TestServer.FAKE_KEY));
    }

    @Test
    void anOriginThatAnswers407Or401NeverGetsTheProxyCredentials() {
        api.enqueue(new MockResponse().setResponseCode(401).setHeader("WWW-Authenticate", "Basic realm=\"x\""));
        api.enqueue(new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic realm=\"x\""));

        try (BeyondWordsClient client = api.builder().proxy(Proxy.NO_PROXY).proxyCredentials("alice",
                PROXY_PASSWORD).maxRetries(0).build()) {
            assertThat(catchThrowable(() -> client.backgroundTracks().retrieve(1))).isInstanceOf(ApiException.class);
            Throwable second = catchThrowable(() -> client.backgroundTracks().retrieve(1));
            assertThat(second).isNotNull();
            assertThat(second.getMessage()).doesNotContain(PROXY_PASSWORD);
        }

        assertThat(api.requestCount()).isEqualTo(2);
        assertThat(api.take().getHeader("Proxy-Authorization")).isNull();
        assertThat(api.take().getHeader("Proxy-Authorization")).isNull();
    }

    @Test
    void aCallsOwnKeyGoesOutInsteadOfTheClientsOverTheSameConnection() {
        api.enqueueJson(200, TestServer.track(1, "a"));
        api.enqueueJson(200, TestServer.track(2, "b"));
        api.enqueueJson(200, TestServer.track(3, "c"));
        RequestOptions otherOrganisation = RequestOptions.builder().apiKey(OTHER_KEY).build();

        BeyondWordsClient client = api.client();
        client.backgroundTracks().retrieve(1);
        client.backgroundTracks().retrieve(2, otherOrganisation);
        client.async().backgroundTracks().retrieve(3, otherOrganisation).join();

        RecordedRequest first = api.take();
        RecordedRequest second = api.take();
        RecordedRequest third = api.take();
        assertThat(first.getHeader("X-Api-Key")).isEqualTo(TestServer.FAKE_KEY);
        assertThat(second.getHeader("X-Api-Key")).isEqualTo(OTHER_KEY);
        assertThat(third.getHeader("X-Api-Key")).isEqualTo(OTHER_KEY);
        // One pool: the later calls reuse the first call's connection.
        assertThat(second.getSequenceNumber()).isEqualTo(1);
        assertThat(third.getSequenceNumber()).isEqualTo(2);
    }

    @Test
    void aCallsOwnKeyNeverFollowsARedirectToAnotherOriginNorShowsInAMessage() throws IOException {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            elsewhere.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
                    .setBody("{\"message\":\"bad key " + OTHER_KEY + "\"}"));
            api.enqueue(new MockResponse().setResponseCode(302)
                    .setHeader("Location", elsewhere.url("/v1/background_tracks/1")));
            RequestOptions otherOrganisation = RequestOptions.builder().apiKey(OTHER_KEY).build();

            Throwable failure = catchThrowable(() -> api.client().backgroundTracks().retrieve(1, otherOrganisation));

            assertThat(api.take().getHeader("X-Api-Key")).isEqualTo(OTHER_KEY);
            assertThat(elsewhere.takeRequest().getHeader("X-Api-Key")).isNull();
            assertThat(failure).isInstanceOf(ApiException.class);
            assertThat(failure.getMessage()).doesNotContain(OTHER_KEY);
            assertThat(((ApiException) failure).body()).doesNotContain(OTHER_KEY);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCallsOwnKeyIsCheckedAsTheClientsIsAndNeverPrinted() {
        assertThatThrownBy(() -> RequestOptions.builder().apiKey("bw_with space"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index 7")
                .hasMessageNotContaining("bw_with");
        assertThatThrownBy(() -> RequestOptions.builder().apiKey(" ")).isInstanceOf(IllegalArgumentException.class);
        RequestOptions options = RequestOptions.builder().apiKey(OTHER_KEY).build();
        assertThat(options.toString()).doesNotContain(OTHER_KEY).contains("apiKey=[redacted]");
        assertThat(options.toBuilder().build()).isEqualTo(options);
    }

    @Test
    void theApplicationsClientIsSharedButNeverChanged() {
        AtomicInteger applicationInterceptorRuns = new AtomicInteger();
        Interceptor applications = chain -> {
            applicationInterceptorRuns.incrementAndGet();
            return chain.proceed(chain.request());
        };
        OkHttpClient application = new OkHttpClient.Builder()
                .addInterceptor(applications)
                .readTimeout(Duration.ofMillis(1234))
                .retryOnConnectionFailure(true)
                .build();
        api.enqueueJson(200, TestServer.track(1, "a"));

        try (BeyondWordsClient client = api.builder().httpClient(application).build()) {
            assertThat(client.backgroundTracks().retrieve(1).name()).isEqualTo("a");
            assertThat(application.connectionPool().connectionCount()).isEqualTo(1);
        }

        assertThat(application.interceptors()).containsExactly(applications);
        assertThat(application.networkInterceptors()).isEmpty();
        assertThat(application.readTimeoutMillis()).isEqualTo(1234);
        assertThat(application.retryOnConnectionFailure()).isTrue();
        // The SDK's client keeps none of the application's interceptors (they would see the key) ...
        assertThat(applicationInterceptorRuns).hasValue(0);
        // ... and closing it leaves the application's pool and dispatcher to the application.
        assertThat(application.dispatcher().executorService().isShutdown()).isFalse();
        assertThat(application.connectionPool().connectionCount()).isEqualTo(1);
        application.connectionPool().evictAll();
        application.dispatcher().executorService().shutdown();
    }

    private static Handler capture(List<String> lines) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
