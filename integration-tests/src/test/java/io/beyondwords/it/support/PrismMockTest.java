package io.beyondwords.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The Prism harness itself: it starts, answers on loopback without /v1, captures output, and stops completely. */
class PrismMockTest {

    @Test
    @Timeout(60)
    void startsAnswersAndStopsItsWholeProcessTree() throws IOException {
        List<ProcessHandle> tree;
        int port;
        try (PrismMock prism = PrismMock.start()) {
            port = prism.port();
            assertThat(prism.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + port + "/");
            assertThat(prism.isRunning()).isTrue();
            assertThat(prism.startupTime()).isLessThan(PrismMock.DEFAULT_STARTUP_TIMEOUT);

            OkHttpClient client = new OkHttpClient();
            try (Response response = client.newCall(new Request.Builder()
                    .url(prism.baseUrl().resolve("background_tracks/1")).header("X-Api-Key", "k").build()).execute()) {
                assertThat(response.code()).isEqualTo(200);
            }
            try (Response withV1 = client.newCall(new Request.Builder()
                    .url(prism.baseUrl().resolve("v1/background_tracks/1")).header("X-Api-Key", "k").build()).execute()) {
                assertThat(withV1.code()).as("Prism serves paths without the /v1 prefix").isEqualTo(404);
            }
            client.connectionPool().evictAll();

            assertThat(prism.output()).contains("Prism is listening on http://127.0.0.1:" + port)
                    .contains("GET        http://127.0.0.1:" + port + "/background_tracks");
            assertThat(Files.readString(prism.logFile())).contains("Prism is listening"); // the file output() tails

            tree = new java.util.ArrayList<>(prism.processHandle().descendants().toList());
            tree.add(prism.processHandle());
        }
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        assertThat(accepts(port)).as("port closed after close()").isFalse();
    }

    @Test
    @Timeout(60)
    void aSpecPrismCannotLoadFailsFastWithPrismsOutput(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "openapi: 3.0.1\npaths: [not, a, map\n");

        assertThatThrownBy(() -> PrismMock.start(broken, Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Prism exited with code")
                .hasMessageContaining("--- Prism output ---")
                .hasMessageContaining(broken.toString());
    }

    @Test
    @Timeout(60)
    void aStartupTimeoutStopsPrismAndReportsIt() {
        assertThatThrownBy(() -> PrismMock.start(ItPaths.openapi(), Duration.ofMillis(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not listen")
                .hasMessageContaining("within 1 ms");
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
