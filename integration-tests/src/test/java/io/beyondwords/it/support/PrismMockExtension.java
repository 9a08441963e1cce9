package io.beyondwords.it.support;

/**
 * Injects the JVM-wide {@link PrismMock} (see {@link SharedMockExtension}).
 *
 * <pre>{@code
 * @ExtendWith(PrismMockExtension.class)
 * class MyIT {
 *     @Test void lists(PrismMock prism) { ... prism.baseUrl() ... }
 * }
 * }</pre>
 */
public final class PrismMockExtension extends SharedMockExtension<PrismMock> {
    public PrismMockExtension() {
        super(PrismMock.class, PrismMock::start);
    }
}
