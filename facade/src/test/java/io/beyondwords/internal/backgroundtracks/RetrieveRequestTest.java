package io.beyondwords.internal.backgroundtracks;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.generated.api.BackgroundTracksApi;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/** A retrieve request derived from the template must stay the one the generated interface builds for that id. */
class RetrieveRequestTest {
    private static final long[] IDS = {0, 1, 42, -7, 1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE};

    @ParameterizedTest
    @ValueSource(strings = {"https://api.beyondwords.io/v1/", "http://127.0.0.1:9/v1/", "https://example.com/",
        "https://example.com/a%20b/v1/", "http://[::1]:8080/api/v1/"})
    void equalsWhatTheGeneratedInterfaceBuilds(String base) {
        HttpUrl baseUrl = HttpUrl.get(base);
        BackgroundTracksApi api = new Retrofit.Builder().baseUrl(baseUrl).callFactory(new OkHttpClient())
                .addConverterFactory(GsonConverterFactory.create()).build()
                .create(BackgroundTracksApi.class);
        RetrieveRequests requests = new RetrieveRequests(api);
        for (long id : IDS) {
            Request generated = api.retrieve(Long.toString(id)).request();
            Request built = requests.forId(id);
            assertThat(built.url()).isEqualTo(generated.url());
            assertThat(built.url().toString()).isEqualTo(generated.url().toString());
            assertThat(built.method()).isEqualTo(generated.method());
            assertThat(built.headers()).isEqualTo(generated.headers());
            assertThat(built.body()).isNull();
            assertThat(generated.body()).isNull();
        }
    }
}
