package io.beyondwords.benchmarks;

import com.sun.net.httpserver.Headers;

/**
 * What {@link LoopbackServer} answers for the prefetch benchmarks: a list of {@code totalItems} tracks (ids 1, 2, …
 * in order, so a pager that reorders or repeats a page is caught) whose every page takes {@code pageDelayMillis} to
 * answer, like a server doing real work per query. Sends {@code X-Pagination-Limit}, the one header the API
 * documents; after a full last page the pager's empty-page request ends the list, for every variant alike.
 *
 * <p>The delay is a sleep on the server's own thread: it stands for the server's time, not for work of this JVM.
 */
final class SlowPages implements LoopbackServer.Answer {
  private static final String LIMIT = "pagination[limit]=";
  private static final String OFFSET = "pagination[offset]=";

  private final int totalItems;
  private final long pageDelayMillis;

  SlowPages(int totalItems, long pageDelayMillis) {
    this.totalItems = totalItems;
    this.pageDelayMillis = pageDelayMillis;
  }

  @Override
  public byte[] body(String rawPath, String rawQuery, Headers responseHeaders) {
    int limit = (int) number(rawQuery, LIMIT, Fixtures.PAGE_SIZE);
    long offset = number(rawQuery, OFFSET, 0);
    int count = (int) Math.max(0, Math.min(limit, totalItems - offset));
    byte[] body = Fixtures.page(offset + 1, count);
    try {
      Thread.sleep(pageDelayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    responseHeaders.set("X-Pagination-Limit", Integer.toString(limit));
    return body;
  }

  private static long number(String rawQuery, String key, long absent) {
    String value = LoopbackServer.queryValue(rawQuery, key);
    return value == null ? absent : Long.parseLong(value);
  }
}
