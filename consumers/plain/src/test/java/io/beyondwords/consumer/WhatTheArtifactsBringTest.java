package io.beyondwords.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What this project got by importing the BOM and depending on beyondwords-java and beyondwords-testkit. */
class WhatTheArtifactsBringTest {

    @Test
    void theTestkitBringsNoJUnit4() {
        assertThatThrownBy(() -> Class.forName("org.junit.Test")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.junit.rules.ExternalResource"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void okHttpIsThereOnce() throws Exception {
        List<?> copies = Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));
        assertThat(copies).hasSize(1);
        assertThat(okhttp3.OkHttp.VERSION).startsWith("5.");
    }

    /** The BOM as installed: no parent, and only our artifacts, so importing it manages nothing else. */
    @Test
    void theBomManagesOurArtifactsOnly() throws Exception {
        String version = System.getProperty("beyondwords.version");
        Path bom = Path.of(System.getProperty("localRepository"), "io", "beyondwords", "beyondwords-bom", version,
                "beyondwords-bom-" + version + ".pom");
        String pom = Files.readString(bom, StandardCharsets.UTF_8);

        assertThat(pom).doesNotContain("<parent>").contains("<packaging>pom</packaging>", "<licenses>", "<scm ");
        List<String> managed = new ArrayList<>();
        Matcher m = Pattern.compile("<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>").matcher(
                pom.substring(pom.indexOf("<dependencyManagement>")));
        while (m.find()) {
            managed.add(m.group(1) + ":" + m.group(2));
        }
        assertThat(managed).containsExactlyInAnyOrder("io.beyondwords:beyondwords-java",
                "io.beyondwords:beyondwords-testkit", "io.beyondwords:beyondwords-generated-client",
                "io.beyondwords:beyondwords-cli", "io.beyondwords:beyondwords-micrometer",
                "io.beyondwords:beyondwords-opentelemetry", "io.beyondwords:beyondwords-spring-boot-starter",
                "io.beyondwords:beyondwords-spring-boot4-starter");
    }
}
