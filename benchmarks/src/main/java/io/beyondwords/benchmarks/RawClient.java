package io.beyondwords.benchmarks;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The floor: what a careful developer writes by hand with OkHttp and Gson — build the URL and request, execute, check
 * the status, parse the body straight from the stream into {@link PlainTrack} with adapters looked up once.
 */
public final class RawClient {
  private static final TypeToken<List<PlainTrack>> LIST = new TypeToken<>() { };
  private static final TypeToken<List<PlainContent>> CONTENT_LIST = new TypeToken<>() { };

  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final String apiKey;
  private final Gson gson = new Gson();
  private final TypeAdapter<PlainTrack> trackAdapter = gson.getAdapter(PlainTrack.class);
  private final TypeAdapter<List<PlainTrack>> listAdapter = gson.getAdapter(LIST);
  private final TypeAdapter<List<PlainContent>> contentListAdapter = gson.getAdapter(CONTENT_LIST);

  public RawClient(OkHttpClient http, String baseUrl, String apiKey) {
    this.http = http;
    this.baseUrl = HttpUrl.get(baseUrl);
    this.apiKey = apiKey;
  }

  public OkHttpClient http() {
    return http;
  }

  private Request retrieveRequest(long id) {
    HttpUrl url = baseUrl.newBuilder()
        .addPathSegment("background_tracks")
        .addPathSegment(Long.toString(id))
        .build();
    return new Request.Builder().url(url).header("X-Api-Key", apiKey).build();
  }

  /** {@code GET background_tracks/{id}}. */
  public PlainTrack retrieve(long id) throws IOException {
    try (Response response = http.newCall(retrieveRequest(id)).execute()) {
      return parseTrack(response);
    }
  }

  /** {@code GET background_tracks/{id}} through {@code enqueue}, completed on OkHttp's dispatcher thread. */
  public CompletableFuture<PlainTrack> retrieveAsync(long id) {
    CompletableFuture<PlainTrack> future = new CompletableFuture<>();
    http.newCall(retrieveRequest(id)).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        future.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        try (response) {
          future.complete(parseTrack(response));
        } catch (Throwable t) {
          future.completeExceptionally(t);
        }
      }
    });
    return future;
  }

  /** {@code GET background_tracks?pagination[limit]=..&pagination[offset]=..}. */
  public List<PlainTrack> list(int limit, long offset) throws IOException {
    HttpUrl url = baseUrl.newBuilder()
        .addPathSegment("background_tracks")
        .addQueryParameter("pagination[limit]", Integer.toString(limit))
        .addQueryParameter("pagination[offset]", Long.toString(offset))
        .build();
    Request request = new Request.Builder().url(url).header("X-Api-Key", apiKey).build();
    try (Response response = http.newCall(request).execute()) {
      check(response);
      return listAdapter.read(gson.newJsonReader(response.body().charStream()));
    }
  }

  /** {@code GET projects/{projectId}/content?pagination[limit]=..}. */
  public List<PlainContent> listContent(long projectId, int limit) throws IOException {
    HttpUrl url = baseUrl.newBuilder()
        .addPathSegment("projects")
        .addPathSegment(Long.toString(projectId))
        .addPathSegment("content")
        .addQueryParameter("pagination[limit]", Integer.toString(limit))
        .build();
    Request request = new Request.Builder().url(url).header("X-Api-Key", apiKey).build();
    try (Response response = http.newCall(request).execute()) {
      check(response);
      return contentListAdapter.read(gson.newJsonReader(response.body().charStream()));
    }
  }

  private PlainTrack parseTrack(Response response) throws IOException {
    check(response);
    return trackAdapter.read(gson.newJsonReader(response.body().charStream()));
  }

  private static void check(Response response) throws IOException {
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code());
    }
  }
}
