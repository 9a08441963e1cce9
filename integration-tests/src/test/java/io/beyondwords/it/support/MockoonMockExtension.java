package io.beyondwords.it.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects a {@link MockoonMock} (BeyondWords' WordPress plugin mock) into test constructors, lifecycle methods and
 * test methods. One Mockoon is started per test JVM, on first use, and stopped by JUnit when the run ends (it is an
 * {@link AutoCloseable} in the root context's store). A failure to start fails the test with Mockoon's output; it is
 * never turned into a skip.
 *
 * <pre>{@code
 * @ExtendWith(MockoonMockExtension.class)
 * class MyIT {
 *     @Test void reads(MockoonMock mockoon) { ... mockoon.baseUrl() ... }
 * }
 * }</pre>
 */
public final class MockoonMockExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MockoonMockExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == MockoonMock.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
            throws ParameterResolutionException {
        return shared(extensionContext);
    }

    /** The JVM-wide Mockoon, started on first call. */
    public static MockoonMock shared(ExtensionContext context) {
        MockoonMock mockoon = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(MockoonMock.class, key -> MockoonMock.start(), MockoonMock.class);
        if (!mockoon.isRunning()) {
            throw new IllegalStateException("The shared Mockoon mock has stopped.\n--- Mockoon output ---\n"
                    + mockoon.output());
        }
        return mockoon;
    }
}
