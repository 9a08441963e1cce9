package io.beyondwords.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The metadata IDEs complete {@code application.properties} from: every property, each with its description. */
class ConfigurationMetadataTest {

    @Test
    void everyPropertyIsDescribed() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("META-INF/spring-configuration-metadata.json").isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> described = new ArrayList<>();
        Matcher property = Pattern.compile("\\{[^{}]*\"name\"\\s*:\\s*\"([^\"]+)\"[^{}]*\\}").matcher(json);
        while (property.find()) {
            if (property.group().contains("\"description\"")) {
                described.add(property.group(1));
            }
        }
        assertThat(described).contains("beyondwords.api-key", "beyondwords.base-url", "beyondwords.connect-timeout",
                "beyondwords.read-timeout", "beyondwords.write-timeout", "beyondwords.deadline",
                "beyondwords.max-retries", "beyondwords.log-level", "beyondwords.strict-responses",
                "beyondwords.user-agent-suffix", "management.health.beyondwords.enabled",
                "management.health.beyondwords.cache-time", "management.health.beyondwords.timeout");
    }
}
