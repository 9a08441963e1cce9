package io.beyondwords.paging;

import io.beyondwords.errors.ApiConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The integers {@code 0 .. total-1} in pages of {@code size}, where every page request is recorded and, unless
 * {@link #answerAtOnce}, answered only when the test says: pagers can then be stepped deterministically, with no
 * thread and no timing. The page at {@link #failAt} fails with {@link #failure(int)}.
 */
final class ScriptedPages {
    /** One {@code nextPageAsync()} (or {@code nextPage()}) call: the offset asked for and its future. */
    record Request(int offset, CompletableFuture<Page<Integer>> future) {
    }

    final int total;
    final int size;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    volatile boolean answerAtOnce;
    volatile int failAt = -1;

    ScriptedPages(int total, int size) {
        this.total = total;
        this.size = size;
    }

    ScriptedPages answeringAtOnce() {
        answerAtOnce = true;
        return this;
    }

    ScriptedPages failingAt(int offset) {
        failAt = offset;
        return this;
    }

    Page<Integer> first() {
        return new ScriptedPage(0);
    }

    /** @return the offsets requested so far, in order */
    List<Integer> offsets() {
        return requests.stream().map(Request::offset).collect(Collectors.toList());
    }

    /** Answers request {@code i} (its page, or the failure at {@link #failAt}). */
    void answer(int i) {
        Request r = requests.get(i);
        complete(r.offset(), r.future());
    }

    static ApiConnectionException failure(int offset) {
        return new ApiConnectionException("the page at offset " + offset + " failed", null, false);
    }

    static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(i);
        }
        return out;
    }

    private void complete(int offset, CompletableFuture<Page<Integer>> future) {
        if (offset == failAt) {
            future.completeExceptionally(failure(offset));
        } else {
            future.complete(new ScriptedPage(offset));
        }
    }

    private final class ScriptedPage implements Page<Integer> {
        private final int offset;
        private final List<Integer> items;

        ScriptedPage(int offset) {
            this.offset = offset;
            this.items = List.copyOf(range(offset, Math.min(total, offset + size)));
        }

        @Override
        public List<Integer> items() {
            return items;
        }

        @Override
        public int offset() {
            return offset;
        }

        @Override
        public OptionalInt limit() {
            return OptionalInt.of(size);
        }

        @Override
        public OptionalLong total() {
            return OptionalLong.of(total);
        }

        @Override
        public boolean hasNextPage() {
            return items.size() == size && offset + size < total;
        }

        @Override
        public Page<Integer> nextPage() {
            CompletableFuture<Page<Integer>> f = nextPageAsync();
            complete(offset + size, f);
            if (f.isCompletedExceptionally()) {
                throw failure(offset + size);
            }
            return f.join();
        }

        @Override
        public CompletableFuture<Page<Integer>> nextPageAsync() {
            CompletableFuture<Page<Integer>> f = new CompletableFuture<>();
            // Recorded even past the end, so that the tests' exact lists of offsets catch such a request.
            requests.add(new Request(offset + size, f));
            if (!hasNextPage()) {
                f.completeExceptionally(new NoSuchElementException("past the last page"));
                return f;
            }
            if (answerAtOnce) {
                complete(offset + size, f);
            }
            return f;
        }

        @Override
        public String toString() {
            return "ScriptedPage{offset=" + offset + '}';
        }
    }
}
