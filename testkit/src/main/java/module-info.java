/**
 * The BeyondWords API stand-in for tests: {@code requires io.beyondwords.testkit;}. JUnit 5 is optional: only
 * {@code BeyondWordsStandInExtension} needs it, and a test that uses it has it.
 */
module io.beyondwords.testkit {
    requires com.google.gson;
    // MockWebServer's logger is quieted for the one message the disconnect faults cause on purpose.
    requires java.logging;
    requires mockwebserver3;
    requires okhttp3;
    requires okio;
    requires org.yaml.snakeyaml;
    // swagger-request-validator is not modular (and its dependencies split packages), so it is read only when
    // resolved; on the class path, where tests usually run, it always is.
    requires static swagger.request.validator.core;
    requires static io.swagger.v3.oas.models;
    requires static org.junit.jupiter.api;

    exports io.beyondwords.testkit;
}
