package io.beyondwords.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OkHttpRequirementTest {
    private static final List<String> ONE = List.of("jar:file:/m2/okhttp-jvm-5.5.1.jar!/okhttp3/OkHttpClient.class");

    @Test
    void acceptsOkHttp412AndEvery5x() {
        assertThat(OkHttpRequirement.problem("4.12.0", ONE)).isEmpty();
        assertThat(OkHttpRequirement.problem("5.0.0", ONE)).isEmpty();
        assertThat(OkHttpRequirement.problem("5.5.1", ONE)).isEmpty();
        assertThat(OkHttpRequirement.problem("6.0.0-alpha.1", ONE)).isEmpty();
    }

    /** So that -Pother-okhttp-major is known to test OkHttp 4.12 and the newest Gson, not what it replaced. */
    @Test
    void theTestsRunOnTheOkHttpAndGsonTheBuildChose() throws Exception {
        assertThat(okhttp3.OkHttp.VERSION).isEqualTo(System.getProperty("beyondwords.test.okhttpVersion"));
        assertThat(com.google.gson.Gson.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .endsWith("/gson-" + System.getProperty("beyondwords.test.gsonVersion") + ".jar");
    }

    @Test
    void theOkHttpThisBuildRunsOnPasses() {
        assertThat(OkHttpRequirement.problem(OkHttpRequirementTest.class.getClassLoader())).isEmpty();
    }

    @Test
    void missingClassesNameTheArtifactThatHasThem() throws IOException {
        try (URLClassLoader withoutOkHttp = new URLClassLoader(new URL[0], null)) {
            assertThat(OkHttpRequirement.problem(withoutOkHttp)).hasValueSatisfying(message -> assertThat(message)
                    .startsWith("beyondwords-java needs OkHttp 4.12 or newer: its classes are not on the class path")
                    .contains("add com.squareup.okhttp3:okhttp-jvm at the version your BOM uses"));
        }
    }

    @Test
    void twoCopiesAreNamedWithWhatToKeep(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("okhttp3"));
        Files.write(dir.resolve("okhttp3/OkHttpClient.class"), new byte[0]);
        URL secondCopy = dir.toUri().toURL();
        try (URLClassLoader second = new URLClassLoader(new URL[] {secondCopy},
                OkHttpRequirementTest.class.getClassLoader())) {
            assertThat(OkHttpRequirement.problem(second)).hasValueSatisfying(message -> assertThat(message)
                    .contains("found 2 copies of OkHttp")
                    .contains(secondCopy + "okhttp3/OkHttpClient.class")
                    .contains("exclude com.squareup.okhttp3:okhttp-jvm from io.beyondwords:beyondwords-java"));
        }
    }

    @Test
    void olderOkHttpIsNamedWithItsVersion() {
        assertThat(OkHttpRequirement.problem("4.11.0", ONE)).hasValueSatisfying(message -> assertThat(message)
                .contains("found OkHttp 4.11.0 at " + ONE.get(0))
                .contains("Upgrade com.squareup.okhttp3:okhttp to 4.12.0"));
        assertThat(OkHttpRequirement.problem("3.x or older", ONE)).isPresent();
    }
}
