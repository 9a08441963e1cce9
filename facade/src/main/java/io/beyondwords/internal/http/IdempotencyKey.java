package io.beyondwords.internal.http;

import java.util.Objects;

/**
 * Tags a {@code POST} whose body carries a member the API keeps unique (a content item's {@code source_id} within its
 * project): sending it twice cannot create twice, because the second is refused as a duplicate. {@link RetryInterceptor}
 * therefore retries it like a {@code GET}, and the transport turns a duplicate refusal on a retry into the item the
 * first attempt created.
 */
public final class IdempotencyKey {
    private final String member;

    /** @param member the body member the API keeps unique, as the API names it in a 422's {@code errors[].location} */
    public IdempotencyKey(String member) {
        this.member = Objects.requireNonNull(member, "member");
    }

    /** @return the member's name, e.g. {@code source_id} */
    public String member() {
        return member;
    }

    @Override
    public String toString() {
        return "IdempotencyKey{" + member + '}';
    }
}
