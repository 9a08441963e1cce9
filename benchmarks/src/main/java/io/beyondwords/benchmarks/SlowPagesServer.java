package io.beyondwords.benchmarks;

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
 * A loopback list of {@code totalItems} tracks (ids 1, 2, … in order, so a pager that reorders or repeats a page is
 * caught) whose every page takes {@code pageDelayMillis} to answer, like a server doing real work per query. Sends
 * {@code X-Pagination-Limit}, the one header the API documents; after a full last page the pager's empty-page request
 * ends the list, for every variant alike.
 *
 * <p>The delay is a sleep on the server's own thread: it stands for the server's time, not for work of this JVM.
 */
final class SlowPagesServer implements AutoCloseable {
  static {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static final String LIMIT = "pagination[limit]=";
  private static final String OFFSET = "pagination[offset]=";

  private final HttpServer server;
  private final ExecutorService executor;
  private final int totalItems;
  private final long pageDelayMillis;

  SlowPagesServer(int totalItems, long pageDelayMillis) throws IOException {
    this.totalItems = totalItems;
    this.pageDelayMillis = pageDelayMillis;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    this.executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "slow-pages-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The facade's base URL, without a trailing slash. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    String query = exchange.getRequestURI().getRawQuery();
    int limit = (int) number(query, LIMIT, Fixtures.PAGE_SIZE);
    long offset = number(query, OFFSET, 0);
    int count = (int) Math.max(0, Math.min(limit, totalItems - offset));
    byte[] body = Fixtures.page(offset + 1, count);
    try {
      Thread.sleep(pageDelayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.getResponseHeaders().set("X-Pagination-Limit", Integer.toString(limit));
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static long number(String rawQuery, String key, long absent) {
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        String decoded = URLDecoder.decode(pair, StandardCharsets.UTF_8);
        if (decoded.startsWith(key)) {
          return Long.parseLong(decoded.substring(key.length()));
        }
      }
    }
    return absent;
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
