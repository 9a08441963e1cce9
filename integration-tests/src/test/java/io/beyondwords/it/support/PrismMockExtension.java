package io.beyondwords.it.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects a {@link PrismMock} into test constructors, lifecycle methods and test methods. One Prism is started per
 * test JVM, on first use, and stopped by JUnit when the run ends (it is an {@link AutoCloseable} in the root
 * context's store). A failure to start fails the test with Prism's output; it is never turned into a skip.
 *
 * <pre>{@code
 * @ExtendWith(PrismMockExtension.class)
 * class MyIT {
 *     @Test void lists(PrismMock prism) { ... prism.baseUrl() ... }
 * }
 * }</pre>
 */
public final class PrismMockExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PrismMockExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == PrismMock.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
            throws ParameterResolutionException {
        return shared(extensionContext);
    }

    /** The JVM-wide Prism, started on first call. */
    public static PrismMock shared(ExtensionContext context) {
        PrismMock prism = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(PrismMock.class, key -> PrismMock.start(), PrismMock.class);
        if (!prism.isRunning()) {
            throw new IllegalStateException("The shared Prism mock has stopped.\n--- Prism output ---\n"
                    + prism.output());
        }
        return prism;
    }
}
