package io.beyondwords.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * The bytes every transport answers with: one background track as the API sends it, and pages of 100 of them.
 * Every track carries both timestamps in the API's {@code 2023-01-01 00:00:00 UTC} form, so a 100-track page holds
 * 200 dates to parse (or not) — the cost the issue asks the facade to keep low.
 */
public final class Fixtures {

  /** Tracks per page in the page and auto-paging benchmarks. */
  public static final int PAGE_SIZE = 100;

  private Fixtures() {
  }

  /** One track exactly as the issue quotes it, with the given id. */
  public static String trackJson(long id) {
    return "{\"id\":" + id + ",\"name\":\"Test track " + id + "\",\"volume\":100,"
        + "\"project\":{\"id\":7,\"name\":\"News\"},"
        + "\"media\":{\"url\":\"https://example.com/a.mp3\",\"duration\":15000},"
        + "\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-01-01 00:00:05 UTC\"}";
  }

  /** The single-track response body (id 1). */
  public static byte[] track() {
    return trackJson(1).getBytes(StandardCharsets.UTF_8);
  }

  /** A JSON array of {@code count} tracks with ids {@code firstId, firstId + 1, ...}. */
  public static byte[] page(long firstId, int count) {
    StringBuilder sb = new StringBuilder(count * 220 + 2).append('[');
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(trackJson(firstId + i));
    }
    return sb.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The 100-track page used by every list benchmark. */
  public static byte[] page() {
    return page(1, PAGE_SIZE);
  }

  /** An empty page: what the API answers past the last item. */
  public static byte[] emptyPage() {
    return "[]".getBytes(StandardCharsets.UTF_8);
  }
}
