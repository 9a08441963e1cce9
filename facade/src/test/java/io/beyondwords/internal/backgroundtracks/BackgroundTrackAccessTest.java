package io.beyondwords.internal.backgroundtracks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.beyondwords.backgroundtracks.BackgroundTrack;
import io.beyondwords.backgroundtracks.Media;
import io.beyondwords.backgroundtracks.ProjectRef;
import io.beyondwords.internal.json.ValueFailures;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackgroundTrackAccessTest {
    @Test
    void theValueClassRegistersItsAccessOnceAndNobodyElseCan() {
        BackgroundTrackAccess access = BackgroundTrackAccess.get();

        assertThat(access).isNotNull().isSameAs(BackgroundTrackAccess.get());
        assertThatThrownBy(() -> BackgroundTrackAccess.register(access))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("registered already");
    }

    @Test
    void valuesBuiltThroughItEqualThoseBuiltByTheBuilders() {
        BackgroundTrackAccess access = BackgroundTrackAccess.get();
        ValueFailures failures = IllegalStateException::new;

        BackgroundTrack viaAccess = access.track(5, "a", 70, access.project(3, "News", Map.of()),
                access.media("https://example.com/a.mp3", Duration.ofSeconds(2), failures, Map.of()),
                "2023-01-01 00:00:00 UTC", "2023-01-01T00:00:05Z", failures, Map.of("x", "1"));
        BackgroundTrack viaBuilders = BackgroundTrack.builder().id(5).name("a").volume(70)
                .project(ProjectRef.builder().id(3).name("News").build())
                .media(Media.builder().url("https://example.com/a.mp3").duration(Duration.ofSeconds(2)).build())
                .created(java.time.Instant.parse("2023-01-01T00:00:00Z"))
                .updated(java.time.Instant.parse("2023-01-01T00:00:05Z"))
                .additionalProperties(Map.of("x", "1")).build();

        assertThat(viaAccess).isEqualTo(viaBuilders).hasSameHashCodeAs(viaBuilders);
        assertThat(viaAccess.toString()).isEqualTo(viaBuilders.toString());
    }
}
