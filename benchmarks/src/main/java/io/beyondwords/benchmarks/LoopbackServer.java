package io.beyondwords.benchmarks;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The loopback transport: the JDK's {@code HttpServer} on 127.0.0.1 answering the same bytes as the in-memory
 * interceptor.
 *
 * <p>Why not MockWebServer: it records every request in an unbounded queue ({@code requestQueue}), which grows by
 * millions of entries over a throughput run and turns the measurement into a GC test.
 *
 * <p>TCP_NODELAY: {@code HttpServer} writes the head and the body separately; with Nagle on, the client's delayed
 * ACK costs ~40 ms per request. {@code sun.net.httpserver.nodelay=true} must be set before the first
 * {@code HttpServer} is created: the loopback benchmarks pass it on the fork's command line, and this class sets it
 * as well when absent. The benchmarks' setup also checks the latency and refuses to run if Nagle is still on.
 */
public final class LoopbackServer implements AutoCloseable {
  static {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static final String OFFSET = "pagination[offset]=";

  /** What the server answers to one request: the body, after setting any headers beyond Content-Type. */
  interface Answer {
    byte[] body(String rawPath, String rawQuery, Headers responseHeaders);
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Answer answer;

  /** Starts a server whose list never ends. */
  public LoopbackServer() throws IOException {
    this(Responder.UNBOUNDED);
  }

  /** Starts a server that pages {@code totalItems} tracks. */
  public LoopbackServer(long totalItems) throws IOException {
    this(answer(new Responder(totalItems)));
  }

  /** Starts a server answering every request with {@code answer}. */
  LoopbackServer(Answer answer) throws IOException {
    this.answer = answer;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    this.executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "loopback-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The Retrofit-style base URL, with its trailing slash: {@code http://127.0.0.1:PORT/v1/}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    byte[] body = answer.body(exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
        exchange.getResponseHeaders());
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** The bytes the in-memory interceptor answers too, chosen by {@code responder}. */
  private static Answer answer(Responder responder) {
    return (path, query, headers) -> responder.isList(path)
        ? responder.list(path, queryValue(query, OFFSET))
        : responder.single();
  }

  /** The decoded value of {@code key} ({@code "pagination[offset]="}) in a raw query, or null when absent. */
  static String queryValue(String rawQuery, String key) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      String decoded = URLDecoder.decode(pair, StandardCharsets.UTF_8);
      if (decoded.startsWith(key)) {
        return decoded.substring(key.length());
      }
    }
    return null;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
