package io.beyondwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(slots(client)).as("one slot per resource").isEqualTo(ResourceTable.COUNT)
                .isEqualTo(accessors(BeyondWordsResources.class).size());
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

    /**
     * Every accessor, sync and async, reaches its own resource through the generated table: each returns a service,
     * the same one every time, and once all are called every slot holds one resource (so no two accessors share a
     * slot and none is left out).
     */
    @Test
    void everyResourceAccessorReachesItsOwnResource() throws ReflectiveOperationException {
        BeyondWordsClient client = api.client();
        List<Method> sync = accessors(BeyondWordsResources.class);
        List<Method> async = accessors(BeyondWordsClientAsync.class);
        assertThat(async).extracting(Method::getName).containsExactlyElementsOf(
                sync.stream().map(Method::getName).toList());
        for (Method accessor : sync) {
            Object service = accessor.invoke(client);
            assertThat(service).as(accessor.getName()).isNotNull().isSameAs(accessor.invoke(client));
            assertThat(accessor.getReturnType()).isInterface().isPublic();
            assertThat(service.getClass().getPackageName()).isEqualTo(accessor.getReturnType().getPackageName());
        }
        assertThat(built(client)).isEqualTo(sync.size());
        for (Method accessor : async) {
            Object service = accessor.invoke(client.async());
            assertThat(service).as(accessor.getName()).isNotNull().isSameAs(accessor.invoke(client.async()));
            assertThat(accessor.getReturnType().getSimpleName()).endsWith("ServiceAsync");
        }
        assertThat(built(client)).as("the async view shares the client's resources").isEqualTo(sync.size());
    }

    /** @return the public no-argument instance methods a class declares itself, in name order */
    private static List<Method> accessors(Class<?> c) {
        List<Method> accessors = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 0 && !m.getName().equals("sync") && !m.getName().equals("toString")) {
                accessors.add(m);
            }
        }
        accessors.sort(java.util.Comparator.comparing(Method::getName));
        return accessors;
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
