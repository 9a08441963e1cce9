package io.beyondwords;

import io.beyondwords.internal.ResourceBinding;
import io.beyondwords.internal.transport.ApiTransport;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A client's resources, each bound to its transport on first use: a client whose code touches one resource of twenty
 * builds one (its Retrofit proxy, JSON adapters and services), not twenty. Shared by the client and its async view.
 *
 * <p>The generated {@link ResourceTable} creates each resource by a direct call to its package's hook. Thread-safe:
 * two threads racing for the same resource may both build it, and one of the two is kept.
 */
final class ResourceBindings {
    private final ApiTransport transport;
    private final AtomicReferenceArray<ResourceBinding<?, ?>> bound = new AtomicReferenceArray<>(ResourceTable.COUNT);

    /** @param transport the client's transport */
    ResourceBindings(ApiTransport transport) {
        this.transport = transport;
    }

    /**
     * @param slot the resource's slot in {@link ResourceTable}
     * @param <S> the synchronous service interface
     * @param <A> the asynchronous service interface
     * @return the resource, built on first use
     */
    @SuppressWarnings("unchecked") // the generated table fills each slot with the binding its one accessor expects
    <S, A> ResourceBinding<S, A> get(int slot) {
        ResourceBinding<?, ?> binding = bound.get(slot);
        if (binding == null) {
            binding = ResourceTable.bind(slot, transport);
            if (!bound.compareAndSet(slot, null, binding)) {
                binding = bound.get(slot);
            }
        }
        return (ResourceBinding<S, A>) binding;
    }
}
