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
        assertThat(ApiTimestamps.parse("created", text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2023-01-01", "2023-13-01 00:00:00 UTC", "2023-02-30T00:00:00Z",
        "2023-01-01 00:00:00 PST", "01/02/2023 10:00", "2023-01-01T00:00:00",
        "2023-01-01T25:00:00Z", "yesterday"})
    void rejectsAnythingElseNamingFieldAndValue(String text) {
        assertThatThrownBy(() -> ApiTimestamps.parse("updated", text))
                .isInstanceOf(UnreadableBodyException.class)
                .hasMessageContaining("'updated'")
                .hasMessageContaining("\"" + text + "\"");
    }

    @org.junit.jupiter.api.Test
    void aMissingDateIsNamedAsMissing() {
        assertThatThrownBy(() -> ApiTimestamps.parse("created", null)).isInstanceOf(UnreadableBodyException.class)
                .hasMessage("the response has no 'created' (required)");
    }
}
