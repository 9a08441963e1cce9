package io.beyondwords.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UriTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/a.mp3", "http://cdn.example.com:8080/x/y.mp3?sig=a%2Fb&t=1#frag",
        "https://a/", "https://1.2.3.4", "https://host?x", "https://h/~user/it's(1)*!$,;=:@"})
    void plainUrlsAreVouchedForAndParseTheSame(String text) {
        assertThat(UriText.certainlyValid(text)).isTrue();
        assertThat(ApiUrls.READING.read(text)).isEqualTo(URI.create(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/a", "https://", "https://exa mple.com/", "https://h/%zz",
        "https://h/a%2", "https://user@h/", "https://[::1]/", "https://h/a#b#c", "https://h:/", "https://h/[x]",
        "https://h/ä", "//h/a", "https://h:123456/"})
    void anythingElseGetsTheFullParse(String text) {
        assertThat(UriText.certainlyValid(text)).isFalse();
    }

    /** The promise that matters: whatever the fast check vouches for, URI parses. */
    @Test
    void everythingVouchedForParses() {
        Random random = new Random(42);
        String alphabet = "aZ09-._~!$&'()*+,;=:@/?#%fF[] \"<>\\^`{|}";
        int vouched = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "https://" : "http://");
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            if (UriText.certainlyValid(text)) {
                vouched++;
                URI.create(text);
            }
        }
        assertThat(vouched).isGreaterThan(1000);
    }
}
