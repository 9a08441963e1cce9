/**
 * Micrometer observations of BeyondWords API calls: {@code requires io.beyondwords.micrometer;}.
 */
module io.beyondwords.micrometer {
    requires transitive io.beyondwords;
    requires transitive micrometer.observation;
    requires transitive micrometer.commons;

    exports io.beyondwords.micrometer;
}
