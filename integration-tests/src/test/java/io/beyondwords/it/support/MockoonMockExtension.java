package io.beyondwords.it.support;

/**
 * Injects the JVM-wide {@link MockoonMock}, BeyondWords' WordPress plugin mock (see {@link SharedMockExtension}).
 *
 * <pre>{@code
 * @ExtendWith(MockoonMockExtension.class)
 * class MyIT {
 *     @Test void reads(MockoonMock mockoon) { ... mockoon.baseUrl() ... }
 * }
 * }</pre>
 */
public final class MockoonMockExtension extends SharedMockExtension<MockoonMock> {
    public MockoonMockExtension() {
        super(MockoonMock.class, MockoonMock::start);
    }
}
