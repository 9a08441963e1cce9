package io.beyondwords.it.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.errors.AuthenticationException;
import io.beyondwords.it.support.ItPaths;
import io.beyondwords.playlists.Playlist;
import io.beyondwords.playlists.PlaylistCreateParams;
import io.beyondwords.playlists.PlaylistType;
import org.junit.jupiter.api.Test;

/**
 * The testkit's runnable jar ({@code beyondwords-testkit-VERSION-standalone.jar}), started as a child process the way a
 * shell or a non-JVM suite would start it, then called through the facade: its options are honoured and it keeps
 * state between calls.
 */
class StandaloneStandInTest {

    /** A bound for a hang (the JVM starting and reading openapi.yaml), not a timing assumption. */
    private static final long START_TIMEOUT_SECONDS = 120;

    @Test
    void runsAsAProgramWithItsOptions() throws Exception {
        Path jar = standaloneJar();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "0", "--api-key",
                "standalone-key", "--seed", "3").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> firstLine(out))
                    .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(line).startsWith("BeyondWords stand-in listening on http://127.0.0.1:");
            String baseUrl = line.substring(line.indexOf("http://"));

            try (BeyondWordsClient client = BeyondWordsClient.builder().apiKey("standalone-key").baseUrl(baseUrl)
                    .maxRetries(0).build()) {
                assertThat(client.backgroundTracks().list().items()).as("--seed 3").hasSize(3);
                Playlist created = client.playlists().create(1, PlaylistCreateParams.builder().title("Evening")
                        .type(PlaylistType.MANUAL).build());
                List<Playlist> listed = client.playlists().list(1);
                assertThat(listed).extracting(Playlist::id).containsExactly(created.id());
            }
            try (BeyondWordsClient wrongKey = BeyondWordsClient.builder().apiKey("another-key").baseUrl(baseUrl)
                    .maxRetries(0).build()) {
                assertThatThrownBy(() -> wrongKey.projects().list()).isInstanceOf(AuthenticationException.class);
            }
        } finally {
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops on a signal").isTrue();
        }
    }

    private static String firstLine(BufferedReader out) {
        try {
            return out.readLine();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path standaloneJar() throws IOException {
        Path target = ItPaths.moduleDir().resolve("../testkit/target").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-standalone.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no *-standalone.jar in " + target
                            + "; package the testkit first"));
        }
    }
}
