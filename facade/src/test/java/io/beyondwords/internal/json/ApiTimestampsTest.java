package io.beyondwords.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiTimestampsTest {
    @ParameterizedTest
    @CsvSource({
        "2023-01-01 00:00:00 UTC, 2023-01-01T00:00:00Z",
        "2023-11-07T05:31:56Z, 2023-11-07T05:31:56Z",
        "2023-11-07t05:31:56z, 2023-11-07T05:31:56Z",
        "2023-11-07T05:31:56.123Z, 2023-11-07T05:31:56.123Z",
        "2023-11-07T05:31:56.123456789Z, 2023-11-07T05:31:56.123456789Z",
        "2023-11-07T07:31:56+02:00, 2023-11-07T05:31:56Z",
        "2023-11-07T00:01:56-05:30, 2023-11-07T05:31:56Z",
        "2024-02-29 23:59:59 UTC, 2024-02-29T23:59:59Z",
    })
    void parsesBothKnownForms(String text, String expected) {
        assertThat(ApiTimestamps.parseKnownForms(text)).isEqualTo(Instant.parse(expected));
        assertThat(ApiTimestamps.READING.read(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2023-01-01", "2023-13-01 00:00:00 UTC", "2023-02-30T00:00:00Z",
        "2023-01-01 00:00:00 PST", "01/02/2023 10:00", "2023-01-01T00:00:00",
        "2023-01-01T25:00:00Z", "yesterday"})
    void rejectsAnythingElseNamingOwnerFieldAndValue(String text) {
        assertThatThrownBy(() -> ApiTimestamps.READING.readOrThrow(text, problem -> problem, "background track 4",
                "updated"))
                .isInstanceOf(UnreadableBodyException.class)
                .hasMessage("background track 4's 'updated' is \"" + text
                        + "\", not a timestamp like 2023-01-01 00:00:00 UTC or 2023-01-01T00:00:00Z");
    }

    @org.junit.jupiter.api.Test
    void theFastPathAgreesWithJavaTimeOnEveryDayAndOffset() {
        java.time.LocalDate day = java.time.LocalDate.of(1899, 12, 25);
        java.util.Random random = new java.util.Random(11);
        while (day.getYear() < 2101) {
            String time = String.format("%02d:%02d:%02d", random.nextInt(24), random.nextInt(60), random.nextInt(60));
            assertThat(ApiTimestamps.parseKnownForms(day + " " + time + " UTC"))
                    .isEqualTo(Instant.parse(day + "T" + time + "Z"));
            String offset = String.format("%s%02d:%02d", random.nextBoolean() ? "+" : "-", random.nextInt(19),
                    random.nextInt(60));
            java.time.OffsetDateTime expected = java.time.LocalDateTime.parse(day + "T" + time)
                    .atOffset(java.time.ZoneOffset.of(offset.startsWith("+18") || offset.startsWith("-18")
                            ? offset.substring(0, 3) : offset));
            String text = day + "T" + time + (offset.startsWith("+18") || offset.startsWith("-18")
                    ? offset.substring(0, 3) + ":00" : offset);
            assertThat(ApiTimestamps.parseKnownForms(text)).as(text).isEqualTo(expected.toInstant());
            day = day.plusDays(1);
        }
        for (String edge : new String[] {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
            "2000-02-29T12:00:00Z", "1970-01-01T00:00:00Z"}) {
            assertThat(ApiTimestamps.parseKnownForms(edge)).isEqualTo(Instant.parse(edge));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-02-29T00:00:00Z", "2023-04-31T00:00:00Z", "2023-01-01T00:60:00Z",
        "2023-01-01T00:00:60Z", "2023-01-01T00:00:00+18:01", "2023-01-01T00:00:00+19:00", "2023-00-10T00:00:00Z",
        "2023-01-00T00:00:00Z", "2023-01-01T00:00:00 UTC ", "2023-01-01T00:00:00+0100", "20x3-01-01T00:00:00Z",
        "x023-01-01T00:00:00Z", "2023-0x-01T00:00:00Z", "2023-01-01T00:00:0:Z", "2023-01-01T00:00:00+0x:00",
        "2023-01-01T00:00:00 UTc", "2023-01-01T00:00:00.Z", "2023-01-01T00:00:00.1234567890Z"})
    void theFastPathRejectsWhatJavaTimeRejects(String text) {
        assertThat(ApiTimestamps.parseKnownForms(text)).isNull();
    }

    @org.junit.jupiter.api.Test
    void tryParseReturnsNullForWhatItCannotRead() {
        assertThat(ApiTimestamps.tryParse(null)).isNull();
        assertThat(ApiTimestamps.tryParse("yesterday")).isNull();
        assertThat(ApiTimestamps.tryParse("2023-01-01T00:00:00.5+01:00"))
                .isEqualTo(Instant.parse("2022-12-31T23:00:00.5Z"));
    }
}
