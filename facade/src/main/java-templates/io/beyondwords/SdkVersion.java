package io.beyondwords;

/** The SDK's version, written in by the build (templating-maven-plugin) from the project version. */
final class SdkVersion {
    /** For example {@code 0.1.0}; a compile-time constant, so reading it loads nothing. */
    static final String VALUE = "${project.version}";

    private SdkVersion() {
    }
}
