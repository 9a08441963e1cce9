package io.beyondwords.testkit;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs a {@link BeyondWordsStandIn} for a test class or for each test, and injects it into
 * test methods, lifecycle methods and constructors that declare a {@code BeyondWordsStandIn} parameter.
 *
 * <ul>
 *   <li>In a {@code static} {@code @RegisterExtension} field (or with {@code @ExtendWith}): one stand-in for the
 *       whole class, started before the first test and stopped after the last. Between tests it is
 *       {@linkplain BeyondWordsStandIn#reset() reset} (its resources, recorded requests and queued faults), unless
 *       {@link #keepStateBetweenTests()} was called.</li>
 *   <li>In an instance {@code @RegisterExtension} field: a fresh stand-in for each test.</li>
 * </ul>
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BeyondWordsStandInExtension STAND_IN = new BeyondWordsStandInExtension();
 *
 * @Test
 * void createsATrack(BeyondWordsStandIn standIn) { ... }   // or STAND_IN.standIn()
 * }</pre>
 *
 * <p>JUnit Jupiter is an optional dependency of the testkit: this class is the only one that needs it.
 */
public final class BeyondWordsStandInExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final String KEY = "standIn";

    private final BeyondWordsStandIn.Builder builder;
    private final ExtensionContext.Namespace namespace;
    private volatile boolean resetBetweenTests = true;
    private volatile BeyondWordsStandIn current;

    /** An extension whose stand-ins use the defaults of {@link BeyondWordsStandIn#builder()}. */
    public BeyondWordsStandInExtension() {
        this(BeyondWordsStandIn.builder());
    }

    /**
     * An extension whose stand-ins are built by this builder (key, clock, page size).
     *
     * @param builder builds each stand-in
     */
    public BeyondWordsStandInExtension(BeyondWordsStandIn.Builder builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
        this.namespace = ExtensionContext.Namespace.create(BeyondWordsStandInExtension.class, this);
    }

    /**
     * For a class-wide stand-in: keep the stand-in's state, recorded requests and queued faults from one test to the
     * next instead of resetting them.
     *
     * @return this extension
     */
    public BeyondWordsStandInExtension keepStateBetweenTests() {
        this.resetBetweenTests = false;
        return this;
    }

    /**
     * The stand-in of the test that is running.
     *
     * @throws IllegalStateException outside a test, or before the stand-in started
     * @return the stand-in
     */
    public BeyondWordsStandIn standIn() {
        BeyondWordsStandIn standIn = current;
        if (standIn == null || !standIn.isRunning()) {
            throw new IllegalStateException("no BeyondWords stand-in is running; use it inside a test");
        }
        return standIn;
    }

    /**
     * Shorthand for {@code standIn().baseUrl()}.
     *
     * @return the running stand-in's base URL
     */
    public String baseUrl() {
        return standIn().baseUrl();
    }

    /**
     * Shorthand for {@code standIn().apiKey()}.
     *
     * @return the running stand-in's API key
     */
    public String apiKey() {
        return standIn().apiKey();
    }

    /**
     * Shorthand for {@code standIn().faults()}.
     *
     * @return the running stand-in's fault switches
     */
    public Faults faults() {
        return standIn().faults();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        findOrStart(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BeyondWordsStandIn standIn = findOrStart(context);
        current = standIn;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!stopOwned(context)) {
            BeyondWordsStandIn shared = find(context);
            if (shared != null && resetBetweenTests) {
                shared.reset();
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopOwned(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == BeyondWordsStandIn.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return findOrStart(extensionContext);
    }

    /** The stand-in visible from this context (its own or an enclosing one's), or a new one owned by this context. */
    private synchronized BeyondWordsStandIn findOrStart(ExtensionContext context) {
        BeyondWordsStandIn standIn = find(context);
        if (standIn == null) {
            standIn = builder.build().start();
            context.getStore(namespace).put(KEY, standIn);
        }
        current = standIn;
        return standIn;
    }

    private BeyondWordsStandIn find(ExtensionContext context) {
        return context.getStore(namespace).get(KEY, BeyondWordsStandIn.class);
    }

    /** Stops the stand-in this very context started, if any; returns whether there was one. */
    private synchronized boolean stopOwned(ExtensionContext context) {
        BeyondWordsStandIn owned = context.getStore(namespace).remove(KEY, BeyondWordsStandIn.class);
        if (owned == null) {
            return false;
        }
        owned.close();
        if (current == owned) {
            current = null;
        }
        return true;
    }
}
