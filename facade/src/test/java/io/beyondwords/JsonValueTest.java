package io.beyondwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValueTest {

    @Test
    void parsesEveryKindAndWritesItBackInOrder() {
        String json = "{\"z\":1,\"a\":[true,false,null,\"t\\\"\\n\"],\"m\":{\"x\":-2.50e3}}";
        JsonValue value = JsonValue.parse(json);

        assertThat(value.kind()).isEqualTo(JsonValue.Kind.OBJECT);
        assertThat(value.asObject().orElseThrow().keySet()).containsExactly("z", "a", "m");
        List<JsonValue> array = value.member("a").flatMap(JsonValue::asArray).orElseThrow();
        assertThat(array.get(0).asBoolean()).contains(true);
        assertThat(array.get(2).isNull()).isTrue();
        assertThat(array.get(3).asString()).contains("t\"\n");
        assertThat(value.member("m").flatMap(m -> m.member("x")).flatMap(JsonValue::asNumber))
                .contains(new BigDecimal("-2.50e3"));
        assertThat(value.toJson()).isEqualTo("{\"z\":1,\"a\":[true,false,null,\"t\\\"\\n\"],\"m\":{\"x\":-2.50E+3}}");
        assertThat(JsonValue.parse(value.toJson())).isEqualTo(value);
    }

    @Test
    void keepsNumbersExactly() {
        JsonValue big = JsonValue.parse("12345678901234567890.123456789012345678901");
        assertThat(big.asNumber()).contains(new BigDecimal("12345678901234567890.123456789012345678901"));
        assertThat(big.toJson()).isEqualTo("12345678901234567890.123456789012345678901");
        assertThat(JsonValue.parse("2.564622").asNumber().orElseThrow().toPlainString()).isEqualTo("2.564622");
    }

    @Test
    void typedAccessorsAreEmptyForAnotherKind() {
        JsonValue text = JsonValue.of("1");
        assertThat(text.asNumber()).isEmpty();
        assertThat(text.asBoolean()).isEmpty();
        assertThat(text.asObject()).isEmpty();
        assertThat(text.asArray()).isEmpty();
        assertThat(text.member("a")).isEmpty();
        assertThat(JsonValue.of(1).asString()).isEmpty();
        assertThat(JsonValue.nullValue().asString()).isEmpty();
    }

    @Test
    void equalityIsJsonEquality() {
        assertThat(JsonValue.parse("1.0")).isEqualTo(JsonValue.of(1)).hasSameHashCodeAs(JsonValue.of(1));
        assertThat(JsonValue.parse("{\"a\":1,\"b\":[2]}")).isEqualTo(JsonValue.parse("{\"b\":[2.00],\"a\":1}"))
                .hasSameHashCodeAs(JsonValue.parse("{\"b\":[2.00],\"a\":1}"));
        assertThat(JsonValue.of("1")).isNotEqualTo(JsonValue.of(1));
        assertThat(JsonValue.parse("[1,2]")).isNotEqualTo(JsonValue.parse("[2,1]"));
        assertThat(JsonValue.of(true)).isNotEqualTo(JsonValue.of("true"));
    }

    @Test
    void buildersAndFromMakeTheSameValues() {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("desk", "weather");
        plain.put("count", 3);
        plain.put("tags", List.of("a", 2.5, false));
        plain.put("none", null);
        JsonValue built = JsonValue.objectBuilder()
                .put("desk", "weather")
                .put("count", JsonValue.of(3))
                .put("tags", JsonValue.arrayBuilder().add("a").add(JsonValue.of(2.5)).add(false).build())
                .put("none", JsonValue.nullValue())
                .build();

        assertThat(JsonValue.from(plain)).isEqualTo(built);
        assertThat(built.toJson()).isEqualTo("{\"desk\":\"weather\",\"count\":3,\"tags\":[\"a\",2.5,false],\"none\":null}");
    }

    @Test
    void valuesCannotBeChanged() {
        JsonValue object = JsonValue.parse("{\"a\":[1]}");
        assertThatThrownBy(() -> object.asObject().orElseThrow().put("b", JsonValue.of(2)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> object.member("a").flatMap(JsonValue::asArray).orElseThrow().add(JsonValue.of(2)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void escapesControlCharactersWhenWriting() {
        assertThat(JsonValue.of("a\u0001b\u2028").toJson()).isEqualTo("\"a\\u0001b\\u2028\"");
        assertThat(JsonValue.parse(JsonValue.of("a\u0001b\u2028").toJson()).asString()).contains("a\u0001b\u2028");
    }

    @Test
    void malformedTextIsTheSdksOwnError() {
        assertThatThrownBy(() -> JsonValue.parse("{\"a\": [1, }"))
                .isInstanceOf(InvalidJsonException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not valid JSON at $.a[")
                .hasMessageNotContaining("gson").hasMessageNotContaining("Troubleshooting")
                .hasNoCause();
        assertThatThrownBy(() -> JsonValue.parse("")).isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> JsonValue.parse("{\"a\":1")).isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("cut short");
        assertThatThrownBy(() -> JsonValue.parse("1 2")).isInstanceOf(InvalidJsonException.class)
                .hasMessageContaining("more data");
        assertThatThrownBy(() -> JsonValue.parse("{'a':1}")).isInstanceOf(InvalidJsonException.class);
        assertThatThrownBy(() -> JsonValue.parse("NaN")).isInstanceOf(InvalidJsonException.class);
        assertThatThrownBy(() -> JsonValue.parse("[1] // comment")).isInstanceOf(InvalidJsonException.class);
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> JsonValue.parse(deep)).isInstanceOf(InvalidJsonException.class);
    }

    @Test
    void refusesWhatJsonCannotHold() {
        assertThatThrownBy(() -> JsonValue.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValue.from(new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonValue.from(Map.of(1, 2))).isInstanceOf(IllegalArgumentException.class);
    }
}
