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
import java.util.ArrayList;
import java.util.List;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Mockoon harness itself: it runs a copy of the environment (never the committed file) on loopback under
 * {@code /v1}, names the response it served, logs under target/, and stops completely.
 */
class MockoonMockTest {

    @Test
    @Timeout(60)
    void runsACopyAnswersOnLoopbackAndStopsItsWholeProcessTree() throws IOException {
        byte[] committed = Files.readAllBytes(ItPaths.mockoonEnvironment());
        List<ProcessHandle> tree;
        int port;
        try (MockoonMock mockoon = MockoonMock.start()) {
            port = mockoon.port();
            assertThat(mockoon.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + port + "/v1");
            assertThat(mockoon.isRunning()).isTrue();

            OkHttpClient client = new OkHttpClient();
            try (Response response = client.newCall(new Request.Builder()
                    .url(mockoon.baseUrl() + "/organization/languages")
                    .header("X-Api-Key", "write_harness_test").build()).execute()) {
                assertThat(response.code()).isEqualTo(200);
                assertThat(response.header(MockoonMock.RESPONSE_UUID_HEADER))
                        .as("the environment's 200 OK of GET organization/languages")
                        .isEqualTo("b4facbac-041d-4800-ad1f-3b1a8b9ea2fb");
            }
            try (Response withoutPrefix = client.newCall(new Request.Builder()
                    .url("http://127.0.0.1:" + port + "/organization/languages")
                    .header("X-Api-Key", "write_harness_test").build()).execute()) {
                assertThat(withoutPrefix.code()).as("the environment serves under /v1 only").isEqualTo(404);
            }
            client.connectionPool().evictAll();

            assertThat(mockoon.logFile()).startsWith(ItPaths.mockoonDir());
            assertThat(mockoon.output()).contains("Server started on port " + port);
            assertThat(mockoon.environmentCopy()).startsWith(ItPaths.mockoonDir())
                    .isNotEqualTo(ItPaths.mockoonEnvironment());
            assertThat(Files.readAllBytes(mockoon.environmentCopy())).as("a copy, not a changed version")
                    .isEqualTo(committed);

            tree = new ArrayList<>(mockoon.processHandle().descendants().toList());
            tree.add(mockoon.processHandle());
        }
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        assertThat(accepts(port)).as("port closed after close()").isFalse();
        assertThat(Files.readAllBytes(ItPaths.mockoonEnvironment())).as("the committed file is untouched")
                .isEqualTo(committed);
    }

    @Test
    @Timeout(60)
    void anEnvironmentMockoonCannotLoadFailsFastWithItsOutput(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"routes\": [");

        assertThatThrownBy(() -> MockoonMock.start(broken, "v1", Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Mockoon exited with code")
                .hasMessageContaining("--- Mockoon output ---")
                .hasMessageContaining("not a valid");
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
