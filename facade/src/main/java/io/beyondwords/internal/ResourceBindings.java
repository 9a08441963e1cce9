package io.beyondwords.internal;

import io.beyondwords.internal.transport.ApiTransport;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A client's resources, each bound to its transport on first use: a client whose code touches one resource of twenty
 * builds one (its JSON adapters and services), not twenty.
 *
 * <p>A binding is a package-private class of its resource's public package, so it is created reflectively, by name;
 * its constructor is looked up once per JVM. Thread-safe: two threads racing for the same resource may both build
 * it, and one of the two is kept.
 */
public final class ResourceBindings {
    private static final Map<String, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private final ApiTransport transport;
    private final AtomicReferenceArray<ResourceBinding<?, ?>> bound;

    /**
     * @param transport the client's transport
     * @param count how many resources the client has (each accessor uses its own slot below this)
     */
    public ResourceBindings(ApiTransport transport, int count) {
        this.transport = transport;
        this.bound = new AtomicReferenceArray<>(count);
    }

    /**
     * @param slot the resource's slot
     * @param bindingClass the binding's class name
     * @param <S> the synchronous service interface
     * @param <A> the asynchronous service interface
     * @return the resource, built on first use
     */
    @SuppressWarnings("unchecked") // each slot is always filled from the same binding class by its one accessor
    public <S, A> ResourceBinding<S, A> get(int slot, String bindingClass) {
        ResourceBinding<?, ?> binding = bound.get(slot);
        if (binding == null) {
            binding = create(bindingClass);
            if (!bound.compareAndSet(slot, null, binding)) {
                binding = bound.get(slot);
            }
        }
        return (ResourceBinding<S, A>) binding;
    }

    private ResourceBinding<?, ?> create(String bindingClass) {
        Constructor<?> constructor = CONSTRUCTORS.computeIfAbsent(bindingClass, ResourceBindings::constructorOf);
        try {
            return (ResourceBinding<?, ?>) constructor.newInstance(transport);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot bind " + bindingClass, e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException("cannot bind " + bindingClass, cause);
        }
    }

    private static Constructor<?> constructorOf(String bindingClass) {
        try {
            Constructor<?> constructor = Class.forName(bindingClass).getDeclaredConstructor(ApiTransport.class);
            constructor.setAccessible(true);
            return constructor;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the generated resource binding " + bindingClass + " is missing", e);
        }
    }
}
