package io.beyondwords.it.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the integration tests find the spec, the module directory and their log directory. Maven passes these as
 * system properties (see the surefire configuration in integration-tests/pom.xml); when a test is started from an IDE
 * without them, they are derived from the working directory (the module directory or the repository root).
 */
public final class ItPaths {

    private ItPaths() {
    }

    /** The {@code integration-tests} module directory. */
    public static Path moduleDir() {
        String configured = System.getProperty("beyondwords.it.moduleDir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path nested = cwd.resolve("integration-tests");
        return (Files.isRegularFile(nested.resolve("package.json")) ? nested : cwd).normalize();
    }

    /** The absolute path of {@code openapi.yaml}, the single source of truth for every checker. */
    public static Path openapi() {
        String configured = System.getProperty("beyondwords.it.openapi");
        Path spec = configured != null && !configured.isBlank()
                ? Path.of(configured) : moduleDir().resolve("../openapi.yaml");
        spec = spec.toAbsolutePath().normalize();
        if (!Files.isRegularFile(spec)) {
            throw new IllegalStateException("openapi.yaml not found at " + spec);
        }
        return spec;
    }

    /**
     * {@code spec/documented-operations.txt}: every operation the API reference documents, with whether
     * {@code openapi.yaml} describes it yet (see {@code spec/README.md}).
     */
    public static Path documentedOperations() {
        Path list = moduleDir().resolve("../spec/documented-operations.txt").toAbsolutePath().normalize();
        if (!Files.isRegularFile(list)) {
            throw new IllegalStateException("The list of documented operations was not found at " + list);
        }
        return list;
    }

    /** A directory for Prism logs, kept after the run so CI can show them. */
    public static Path logDir() {
        String configured = System.getProperty("beyondwords.it.logDir");
        return (configured != null && !configured.isBlank()
                ? Path.of(configured) : moduleDir().resolve("target/prism-logs")).toAbsolutePath().normalize();
    }

    /**
     * BeyondWords' own Mockoon environment, committed unchanged under {@code src/test/resources/vendor} (see the
     * README.md there). {@link MockoonMock} runs a copy of it under {@code target/}, never the committed file.
     */
    public static Path mockoonEnvironment() {
        Path environment = moduleDir().resolve("src/test/resources/vendor/beyondwords-wordpress-plugin-mock.json")
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(environment)) {
            throw new IllegalStateException("The Mockoon environment was not found at " + environment);
        }
        return environment;
    }

    /** A directory for Mockoon's logs and its run-time copies of the environment, kept after the run. */
    public static Path mockoonDir() {
        String configured = System.getProperty("beyondwords.it.mockoonDir");
        return (configured != null && !configured.isBlank()
                ? Path.of(configured) : moduleDir().resolve("target/mockoon")).toAbsolutePath().normalize();
    }
}
