package io.beyondwords;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.internal.ResourceBindings;
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: building a client costs the same however many resources the API has, because a resource (its binding,
 * Retrofit proxy, adapters and services) is built on its first use only. Counted on the client's own bindings, so
 * the check holds for the full set of resources generated from today's {@code openapi.yaml}, and for tomorrow's.
 */
class LazyResourcesTest {
    private final TestServer api = new TestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aNewClientHasBuiltNoResource() throws ReflectiveOperationException {
        BeyondWordsClient client = api.client();
        assertThat(slots(client)).as("one slot per resource").isEqualTo(BeyondWordsResources.RESOURCE_COUNT);
        assertThat(built(client)).isZero();
    }

    @Test
    void aResourceIsBuiltOnceOnFirstUseAndSharedWithTheAsyncView() throws ReflectiveOperationException {
        BeyondWordsClient client = api.client();
        client.backgroundTracks();
        client.backgroundTracks();
        client.async().backgroundTracks();
        assertThat(built(client)).isEqualTo(1);
        assertThat(client.backgroundTracks()).isSameAs(client.backgroundTracks());
    }

    @Test
    void aDerivedClientStartsWithNoResourceBuilt() throws ReflectiveOperationException {
        api.client().backgroundTracks();
        BeyondWordsClient derived = api.client().withOptions(b -> b.maxRetries(1));
        assertThat(built(derived)).isZero();
    }

    private static int slots(BeyondWordsClient client) throws ReflectiveOperationException {
        return bound(client).length();
    }

    private static int built(BeyondWordsClient client) throws ReflectiveOperationException {
        AtomicReferenceArray<?> bound = bound(client);
        int n = 0;
        for (int i = 0; i < bound.length(); i++) {
            n += bound.get(i) == null ? 0 : 1;
        }
        return n;
    }

    private static AtomicReferenceArray<?> bound(BeyondWordsClient client) throws ReflectiveOperationException {
        Field bindings = BeyondWordsResources.class.getDeclaredField("bindings");
        bindings.setAccessible(true);
        Field bound = ResourceBindings.class.getDeclaredField("bound");
        bound.setAccessible(true);
        return (AtomicReferenceArray<?>) bound.get(bindings.get(client));
    }
}
