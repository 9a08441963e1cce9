/**
 * OpenTelemetry spans of BeyondWords API calls: {@code requires io.beyondwords.opentelemetry;}.
 */
module io.beyondwords.opentelemetry {
    requires transitive io.beyondwords;
    requires transitive io.opentelemetry.api;
    requires transitive io.opentelemetry.context;

    exports io.beyondwords.opentelemetry;
}
