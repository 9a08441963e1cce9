package io.beyondwords.benchmarks;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The in-memory transport: added last among the application interceptors, it answers every request with fixed
 * bytes and never calls {@code chain.proceed}, so no bridge, cache, connection or socket code runs. What remains is
 * the client stack alone: request building, the interceptor chain, response wrapping, body reading and parsing.
 */
public final class FixedResponseInterceptor implements Interceptor {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final Responder responder;

  /** Answers list requests with the 100-track page forever. */
  public FixedResponseInterceptor() {
    this(Responder.UNBOUNDED);
  }

  /** Answers list requests with full pages until {@code pagination[offset]} reaches {@code totalItems}. */
  public FixedResponseInterceptor(long totalItems) {
    this.responder = new Responder(totalItems);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    byte[] body = responder.isList(request.url().encodedPath())
        ? responder.list(request.url().encodedPath(), request.url().queryParameter("pagination[offset]"))
        : responder.single();
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .header("Content-Type", "application/json; charset=utf-8")
        .body(ResponseBody.create(body, JSON))
        .build();
  }
}
