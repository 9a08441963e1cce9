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

  /**
   * One content item as large as a real article's: title, summary and body as HTML, metadata, three media files,
   * four segments with their language and voice, and five timestamps. About 3 KB of JSON.
   */
  public static String contentJson(long n) {
    StringBuilder body = new StringBuilder();
    for (int p = 1; p <= 4; p++) {
      body.append("<p data-beyondwords-marker=\\\"paragraph-").append(p).append("\\\">Paragraph ").append(p)
          .append(" of article ").append(n).append(": the weather today is mild, with rain in the afternoon and a")
          .append(" clear evening; bring an umbrella if you go out after lunch.</p>");
    }
    StringBuilder segments = new StringBuilder();
    for (int s = 1; s <= 4; s++) {
      segments.append(s == 1 ? "" : ",").append("{\"id\":").append(n * 10 + s)
          .append(",\"section\":\"body\",\"marker\":\"paragraph-").append(s)
          .append("\",\"xpath\":\"/html/body/p[").append(s).append("]\",\"md5\":\"0cc175b9c0f1b6a831c399e269772661\"")
          .append(",\"content_type\":\"text\",\"text\":\"Paragraph ").append(s).append(" of article ").append(n)
          .append(".\",\"audio_url\":null,\"image_url\":null,\"language\":{\"code\":\"en_GB\",\"name\":\"English\"}")
          .append(",\"voice\":{\"id\":2517,\"name\":\"Ava\"},\"start_time\":").append(s * 2000)
          .append(",\"duration\":2000,\"created\":\"2023-01-01 00:00:00 UTC\",\"updated\":\"2023-01-01 00:00:05 UTC\"}");
    }
    return "{\"id\":\"9279c9e0-e0b5-4789-9040-" + String.format("%012d", n) + "\",\"status\":\"processed\","
        + "\"type\":\"auto_segment\",\"title\":\"<h1 data-beyondwords-marker=\\\"h1-title\\\">Article " + n + "</h1>\","
        + "\"summary\":\"<h2 data-beyondwords-marker=\\\"h2-summary\\\">A short summary of article " + n + "</h2>\","
        + "\"body\":\"" + body + "\",\"source_id\":\"article-" + n + "\","
        + "\"source_url\":\"https://example.com/articles/" + n + "\",\"author\":\"Sam Reporter\","
        + "\"image_url\":\"https://example.com/images/" + n + ".jpeg\",\"title_enabled\":true,\"body_enabled\":true,"
        + "\"summary_enabled\":true,\"metadata\":{\"section\":\"weather\",\"tags\":[\"rain\",\"mild\"]},"
        + "\"audio\":[{\"id\":" + n * 3 + ",\"content_type\":\"application/vnd.apple.mpegurl\","
        + "\"url\":\"https://example.com/audio/" + n + ".m3u8\",\"duration\":10000},"
        + "{\"id\":" + (n * 3 + 1) + ",\"content_type\":\"audio/mpeg\",\"url\":\"https://example.com/audio/" + n
        + ".mp3\",\"duration\":10000}],\"video\":[{\"id\":" + (n * 3 + 2) + ",\"content_type\":\"video/mp4\","
        + "\"url\":\"https://example.com/video/" + n + ".mp4\",\"duration\":10000}],\"segments\":[" + segments + "],"
        + "\"ads_enabled\":true,\"title_voice_id\":2517,\"summary_voice_id\":2517,\"body_voice_id\":2517,"
        + "\"language\":\"en_GB\",\"preview_token\":\"d9ce36ea-ddc4-4611-b60c-4f90ed0fc082\",\"published\":true,"
        + "\"publish_date\":\"2023-01-01 06:00:00 UTC\",\"created\":\"2023-01-01 05:59:00 UTC\","
        + "\"updated\":\"2023-01-01 06:00:00 UTC\"}";
  }

  /** A JSON array of 100 content items. */
  public static byte[] contentPage() {
    StringBuilder sb = new StringBuilder(PAGE_SIZE * 3200).append('[');
    for (int i = 0; i < PAGE_SIZE; i++) {
      sb.append(i == 0 ? "" : ",").append(contentJson(i + 1));
    }
    return sb.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** An empty page: what the API answers past the last item. */
  public static byte[] emptyPage() {
    return "[]".getBytes(StandardCharsets.UTF_8);
  }
}
