package io.beyondwords.backgroundtracks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference types a track's media URL as a plain string, so a value holds the text it was given, even text that
 * {@code java.net.URI} would refuse.
 */
class MediaBuilderTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/a.mp3", "http://cdn.example.com:8080/x/y.mp3?sig=a%2Fb&t=1#frag",
        "https://[::1]/a.mp3", "https://exa mple.com/an article.mp3"})
    void textIsKeptAsGiven(String text) {
        Media media = Media.builder().url(text).build();

        assertThat(media.url()).isEqualTo(text);
        assertThat(media).isEqualTo(Media.builder().url(text).build());
    }

    @Test
    void aNegativeDurationIsRejected() {
        assertThatThrownBy(() -> Media.builder().duration(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duration");
        assertThat(Media.builder().url("https://a/b").duration(Duration.ofSeconds(2)).build().duration())
                .contains(Duration.ofSeconds(2));
    }
}
