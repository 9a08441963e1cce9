package io.beyondwords.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlsTest {

    @Test
    void theDefaultBaseUrlGetsATrailingSlash() {
        HttpUrl url = BaseUrls.parse("https://api.beyondwords.io/v1", false);
        assertThat(url.toString()).isEqualTo("https://api.beyondwords.io/v1/");
        // Retrofit resolves "background_tracks" under /v1/, not in place of it.
        assertThat(url.resolve("background_tracks").toString())
                .isEqualTo("https://api.beyondwords.io/v1/background_tracks");
    }

    @ParameterizedTest
    @CsvSource({
        "https://api.beyondwords.io/v1/, https://api.beyondwords.io/v1/",
        "https://API.BeyondWords.io/v1, https://api.beyondwords.io/v1/",
        "https://api.beyondwords.io, https://api.beyondwords.io/",
        "'  https://api.beyondwords.io/v1  ', https://api.beyondwords.io/v1/",
        "https://eu.example.com:8443/api/v1, https://eu.example.com:8443/api/v1/"
    })
    void httpsUrlsAreAcceptedAndNormalised(String input, String expected) {
        assertThat(BaseUrls.parse(input, false).toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://localhost:8080/v1",
        "http://LOCALHOST/v1",
        "http://127.0.0.1:3000/v1",
        "http://127.1.2.3/v1",
        "http://[::1]:8080/v1",
        "http://[0:0:0:0:0:0:0:1]/v1",
        "http://[::ffff:127.0.0.1]/v1"
    })
    void plainHttpIsAcceptedForLoopbackHosts(String input) {
        assertThat(BaseUrls.parse(input, false).scheme()).isEqualTo("http");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://api.beyondwords.io/v1",
        "http://localhost.evil.example/v1",
        "http://127.0.0.1.nip.io/v1",
        "http://128.0.0.1/v1",
        "http://10.0.0.5/v1",
        "http://0.0.0.0/v1",
        "http://[::2]/v1"
    })
    void plainHttpIsRejectedForOtherHostsWithAClearMessage(String input) {
        assertThatThrownBy(() -> BaseUrls.parse(input, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must use https")
                .hasMessageContaining("allowInsecureHttp(true)");
    }

    @Test
    void plainHttpIsAcceptedAnywhereWhenExplicitlyAllowed() {
        assertThat(BaseUrls.parse("http://api.internal.example/v1", true).toString())
                .isEqualTo("http://api.internal.example/v1/");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingBaseUrlIsRejected(String input) {
        assertThatThrownBy(() -> BaseUrls.parse(input, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl must not be empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.beyondwords.io/v1", "ftp://api.beyondwords.io/v1", "/v1", "https://", "not a url"})
    void nonHttpUrlsAreRejected(String input) {
        assertThatThrownBy(() -> BaseUrls.parse(input, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an absolute http(s) URL");
    }

    @Test
    void aSecretMistakenlyPassedAsTheBaseUrlIsNotEchoed() {
        String notARealKey = "sk_test_0000000000000000";
        assertThatThrownBy(() -> BaseUrls.parse(notARealKey, false))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain(notARealKey);
    }

    @Test
    void userInfoIsRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> BaseUrls.parse("https://user:hunter2@api.beyondwords.io/v1", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user info")
                .message().doesNotContain("hunter2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.beyondwords.io/v1?x=1", "https://api.beyondwords.io/v1#top"})
    void queryAndFragmentAreRejected(String input) {
        assertThatThrownBy(() -> BaseUrls.parse(input, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query or fragment");
    }

    @Test
    void loopbackMatcherNeedsAFullIpv4Address() {
        assertThat(BaseUrls.isLoopback("127.0.0.1")).isTrue();
        assertThat(BaseUrls.isLoopback("127.255.255.254")).isTrue();
        assertThat(BaseUrls.isLoopback("127.0.0")).isFalse();
        assertThat(BaseUrls.isLoopback("127.0.0.256")).isFalse();
        assertThat(BaseUrls.isLoopback("127.0.0.1.example")).isFalse();
        assertThat(BaseUrls.isLoopback("localhost.")).isFalse();
    }
}
