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
    requires static org.junit.jupiter.api;

    exports io.beyondwords.testkit;
}
