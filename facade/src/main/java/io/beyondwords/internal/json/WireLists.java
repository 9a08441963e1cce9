package io.beyondwords.internal.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** Lists read from a response, made unmodifiable; a null item the server sent stays, as sent. */
public final class WireLists {
    private WireLists() {
    }

    /**
     * @param items the wire's list, or {@code null}
     * @param <T> the item type
     * @return an unmodifiable copy, or {@code null} if absent
     */
    public static <T> List<T> copyOf(List<T> items) {
        return items == null ? null : Collections.unmodifiableList(new ArrayList<>(items));
    }

    /**
     * @param items the wire's list, or {@code null}
     * @param convert applied to each non-null item
     * @param <A> the wire's item type
     * @param <B> the result's item type
     * @return an unmodifiable list of converted items, or {@code null} if absent
     */
    public static <A, B> List<B> map(List<A> items, Function<A, B> convert) {
        if (items == null) {
            return null;
        }
        List<B> out = new ArrayList<>(items.size());
        for (A item : items) {
            out.add(item == null ? null : convert.apply(item));
        }
        return Collections.unmodifiableList(out);
    }
}
