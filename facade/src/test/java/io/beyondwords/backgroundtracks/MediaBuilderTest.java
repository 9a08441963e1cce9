package io.beyondwords.backgroundtracks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A URL given as text is parsed later only when it is certainly valid; anything else is checked at once. */
class MediaBuilderTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/a.mp3", "http://cdn.example.com:8080/x/y.mp3?sig=a%2Fb&t=1#frag",
        "https://[::1]/a.mp3", "https://user@h/"})
    void textReadsAsTheSameUri(String text) {
        Media media = Media.builder().url(text).build();

        assertThat(media.url()).isEqualTo(URI.create(text));
        assertThat(media).isEqualTo(Media.builder().url(URI.create(text)).build());
    }

    @Test
    void invalidTextIsRejectedAtOnce() {
        assertThatThrownBy(() -> Media.builder().url("https://exa mple.com/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeDurationIsRejected() {
        assertThatThrownBy(() -> Media.builder().duration(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duration");
        assertThat(Media.builder().url("https://a/b").duration(Duration.ofSeconds(2)).build().duration())
                .contains(Duration.ofSeconds(2));
    }
}
