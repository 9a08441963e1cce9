package io.beyondwords.benchmarks;

/**
 * Chooses the fixed bytes for a request, shared by the in-memory interceptor and the loopback server so both
 * transports answer identically: {@code .../background_tracks/{id}} gets one track, {@code .../background_tracks} a
 * 100-track page, {@code .../projects/{id}/content} a page of 100 large content items. With a finite {@code totalItems} the list is
 * paged: a full page while {@code pagination[offset] < totalItems} (two pages of different ids, in turn), then an
 * empty page.
 */
final class Responder {
  /** A list that never ends: every list request gets the full page (the list benchmarks). */
  static final long UNBOUNDED = Long.MAX_VALUE;

  private final byte[] track = Fixtures.track();
  private final byte[] page = Fixtures.page();
  /**
   * The same page with the next 100 ids. A finite list alternates the two: a pager refuses a page whose items repeat
   * the page before it (a server ignoring the offset), and this keeps every page the same size to read.
   */
  private final byte[] nextPage = Fixtures.page(Fixtures.PAGE_SIZE + 1, Fixtures.PAGE_SIZE);
  private final byte[] contentPage = Fixtures.contentPage();
  private final byte[] empty = Fixtures.emptyPage();
  private final long totalItems;

  Responder(long totalItems) {
    this.totalItems = totalItems;
  }

  boolean isList(String path) {
    return path.endsWith("/background_tracks") || isContentList(path);
  }

  /** {@code .../projects/{id}/content}: always the 100-item content page. */
  boolean isContentList(String path) {
    return path.endsWith("/content");
  }

  byte[] single() {
    return track;
  }

  /** The list body for the given path and decoded {@code pagination[offset]} value (null when absent). */
  byte[] list(String path, String offset) {
    if (isContentList(path)) {
      return contentPage;
    }
    if (totalItems == UNBOUNDED) {
      return page;
    }
    long from = offset == null ? 0 : Long.parseLong(offset);
    if (from >= totalItems) {
      return empty;
    }
    return (from / Fixtures.PAGE_SIZE) % 2 == 0 ? page : nextPage;
  }
}
