package io.beyondwords.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.beyondwords.generated.model.BackgroundTrackModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The model adapter guesses each member from the previous one; every other order must read the same. */
class TolerantModelAdapterFactoryTest {
    private static final List<String> MEMBERS = List.of("\"id\":42", "\"name\":\"Piano\"", "\"volume\":80",
            "\"project\":{\"name\":\"News\",\"id\":3,\"extra\":true}",
            "\"media\":{\"duration\":15000,\"url\":\"https://cdn.example.com/p.mp3\"}",
            "\"created\":\"2023-01-01 00:00:00 UTC\"", "\"updated\":\"2023-01-01 00:00:05 UTC\"",
            "\"genre\":\"jazz\"", "\"bpm\":120");

    private static BackgroundTrackModel read(List<String> members) {
        return ApiJson.GSON.fromJson("{" + String.join(",", members) + "}", BackgroundTrackModel.class);
    }

    private static void assertComplete(BackgroundTrackModel m, String order) {
        assertThat(m.getId()).as(order).isEqualTo(42L);
        assertThat(m.getName()).as(order).isEqualTo("Piano");
        assertThat(m.getVolume()).as(order).isEqualTo(80);
        assertThat(m.getProject().getId()).as(order).isEqualTo(3L);
        assertThat(m.getProject().getName()).as(order).isEqualTo("News");
        assertThat(m.getProject().getUnknownFields().toString()).as(order).isEqualTo("{\"extra\":true}");
        assertThat(m.getMedia().getUrl()).as(order).isEqualTo("https://cdn.example.com/p.mp3");
        assertThat(m.getMedia().getDuration()).as(order).isEqualTo(15000L);
        assertThat(m.getCreated()).as(order).isEqualTo("2023-01-01 00:00:00 UTC");
        assertThat(m.getUpdated()).as(order).isEqualTo("2023-01-01 00:00:05 UTC");
        assertThat(m.getUnknownFields().keySet()).as(order).containsExactlyInAnyOrder("genre", "bpm");
    }

    @Test
    void everyOrderOfMembersReadsTheSameModel() {
        assertComplete(read(MEMBERS), "declared order");
        List<String> reversed = new ArrayList<>(MEMBERS);
        Collections.reverse(reversed);
        assertComplete(read(reversed), "reversed");
        Random random = new Random(5);
        for (int i = 0; i < 200; i++) {
            List<String> shuffled = new ArrayList<>(MEMBERS);
            Collections.shuffle(shuffled, random);
            assertComplete(read(shuffled), String.join(",", shuffled));
        }
    }

    @Test
    void aRepeatedMemberKeepsItsLastValueAsGsonDoes() {
        BackgroundTrackModel m = read(List.of("\"id\":1", "\"name\":\"a\"", "\"id\":2", "\"name\":\"b\""));

        assertThat(m.getId()).isEqualTo(2L);
        assertThat(m.getName()).isEqualTo("b");
        assertThat(m.getUnknownFields()).isNull();
    }

    @Test
    void aNameThatOnlyResemblesTheExpectedOneIsUnknown() {
        BackgroundTrackModel m = read(List.of("\"id\":1", "\"Name\":\"a\"", "\"names\":\"b\"", "\"volume\":3"));

        assertThat(m.getName()).isNull();
        assertThat(m.getVolume()).isEqualTo(3);
        assertThat(m.getUnknownFields().keySet()).containsExactly("Name", "names");
    }
}
