package io.beyondwords.it.support;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects one mock server into test constructors, lifecycle methods and test methods: one per test JVM, started on
 * first use and stopped by JUnit when the run ends (it is an {@link AutoCloseable} in the root context's store). A
 * failure to start fails the test with the server's output; it is never turned into a skip.
 *
 * @param <M> the mock's type
 */
abstract class SharedMockExtension<M extends MockServer> implements ParameterResolver {
    private final Class<M> type;
    private final Supplier<M> start;

    SharedMockExtension(Class<M> type, Supplier<M> start) {
        this.type = type;
        this.start = start;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == type;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        M mock = extensionContext.getRoot().getStore(ExtensionContext.Namespace.create(getClass()))
                .getOrComputeIfAbsent(type, key -> start.get(), type);
        if (!mock.isRunning()) {
            throw new IllegalStateException("The shared " + mock.name() + " mock has stopped.\n--- " + mock.name()
                    + " output ---\n" + mock.output());
        }
        return mock;
    }
}
