package io.beyondwords.benchmarks;

import io.beyondwords.generated.DeepObjectQuery;
import io.beyondwords.generated.api.BackgroundTracksApi;
import io.beyondwords.generated.model.BackgroundTrackModel;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * The bare generated Retrofit interface with Retrofit's stock Gson converter, plus the one thing every caller must add:
 * an application interceptor that sets {@code X-Api-Key} (the generated interface has no key parameter).
 */
public final class RetrofitClient {
  private static final DeepObjectQuery NO_SCOPES = DeepObjectQuery.none("filter[scopes]");
  private static final Map<String, String> NO_EXTRAS = Map.of();

  private final BackgroundTracksApi api;

  public RetrofitClient(OkHttpClient http, String baseUrl, String apiKey) {
    OkHttpClient withKey = withKeyFirst(http, apiKey);
    this.api = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(withKey)
        .addConverterFactory(GsonConverterFactory.create())
        .build()
        .create(BackgroundTracksApi.class);
  }

  private static OkHttpClient.Builder keyed(OkHttpClient.Builder builder, String apiKey) {
    return builder.addInterceptor(chain -> chain.proceed(
        chain.request().newBuilder().header("X-Api-Key", apiKey).build()));
  }

  /** The key interceptor must run before the transport interceptor, which never proceeds. */
  private static OkHttpClient withKeyFirst(OkHttpClient http, String apiKey) {
    OkHttpClient.Builder builder = http.newBuilder();
    List<okhttp3.Interceptor> existing = List.copyOf(builder.interceptors());
    builder.interceptors().clear();
    keyed(builder, apiKey);
    builder.interceptors().addAll(existing);
    return builder.build();
  }

  public BackgroundTracksApi api() {
    return api;
  }

  public BackgroundTrackModel retrieve(long id) throws IOException {
    return body(api.retrieve(Long.toString(id), NO_EXTRAS, NO_EXTRAS).execute());
  }

  public CompletableFuture<BackgroundTrackModel> retrieveAsync(long id) {
    CompletableFuture<BackgroundTrackModel> future = new CompletableFuture<>();
    api.retrieve(Long.toString(id), NO_EXTRAS, NO_EXTRAS).enqueue(new Callback<>() {
      @Override
      public void onResponse(Call<BackgroundTrackModel> call, Response<BackgroundTrackModel> response) {
        if (response.isSuccessful()) {
          future.complete(response.body());
        } else {
          future.completeExceptionally(new IOException("HTTP " + response.code()));
        }
      }

      @Override
      public void onFailure(Call<BackgroundTrackModel> call, Throwable t) {
        future.completeExceptionally(t);
      }
    });
    return future;
  }

  public List<BackgroundTrackModel> list(int limit, long offset) throws IOException {
    return body(api.list(limit, Math.toIntExact(offset), NO_SCOPES, null, null, NO_EXTRAS, NO_EXTRAS).execute());
  }

  private static <T> T body(Response<T> response) throws IOException {
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code());
    }
    return response.body();
  }
}
