package io.beyondwords.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.generated.api.BackgroundTracksApi;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/** A request derived from the template must stay the one the generated interface builds for that value. */
class SinglePathParamRequestsTest {
    private static final String[] VALUES = {"0", "1", "42", "-7", "1234567890123", "9223372036854775807",
        "-9223372036854775808", "a b", "ü", "a/b", "%41", "?x", ""};

    @ParameterizedTest
    @ValueSource(strings = {"https://api.beyondwords.io/v1/", "http://127.0.0.1:9/v1/", "https://example.com/",
        "https://example.com/a%20b/v1/", "http://[::1]:8080/api/v1/"})
    void equalsWhatTheGeneratedInterfaceBuilds(String base) {
        HttpUrl baseUrl = HttpUrl.get(base);
        BackgroundTracksApi api = new Retrofit.Builder().baseUrl(baseUrl).callFactory(new OkHttpClient())
                .addConverterFactory(GsonConverterFactory.create()).build()
                .create(BackgroundTracksApi.class);
        SinglePathParamRequests requests = new SinglePathParamRequests(id -> api.retrieve(id).request());
        for (String value : VALUES) {
            if (value.isEmpty()) {
                continue; // Retrofit refuses an empty path value; so does the derived request, through Retrofit
            }
            Request generated = api.retrieve(value).request();
            Request built = requests.forValue(value);
            assertThat(built.url()).isEqualTo(generated.url());
            assertThat(built.url().toString()).isEqualTo(generated.url().toString());
            assertThat(built.method()).isEqualTo(generated.method());
            assertThat(built.headers()).isEqualTo(generated.headers());
            assertThat(built.body()).isNull();
            assertThat(generated.body()).isNull();
        }
    }
}
