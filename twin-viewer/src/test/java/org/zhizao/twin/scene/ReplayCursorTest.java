package org.zhizao.twin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhizao.twin.scene.PlantFixture.alarm;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayCursorTest {

    private static final String S01 = "P1/F1/W1/L1/S01";

    private static LiveEvent state(String s, long t) {
        return new LiveEvent("state:" + S01 + "/CNC", "state",
                Map.of("device", S01 + "/CNC", "station", S01, "primary", true, "state", s), t);
    }

    private final ReplayCursor replay = new ReplayCursor(List.of(state("UNPLANNED_DOWN", 3_000),
            state("RUNNING", 1_000), alarm(S01 + "/CNC", S01, true, 3_000), alarm(S01 + "/CNC", S01, false, 6_000)),
            0, 10_000);

    @Test
    void theStateAtTheCursorIsEveryEventUpToItInTimeOrder() {
        assertThat(replay.state().stationState(S01)).isEqualTo(Availability.OFFLINE);
        replay.seek(2_000);
        assertThat(replay.state().stationState(S01)).isEqualTo(Availability.RUNNING);
        replay.seek(4_000);
        assertThat(replay.state().stationState(S01)).isEqualTo(Availability.UNPLANNED_DOWN);
        assertThat(replay.state().stationAlarm(S01)).isNotNull();
        replay.seek(7_000);
        assertThat(replay.state().stationAlarm(S01)).isNull();
    }

    @Test
    void playingAdvancesByElapsedTimeTimesSpeedAndStopsAtTheEnd() {
        replay.advance(1_000);
        assertThat(replay.cursor()).isZero(); // paused
        replay.play();
        replay.speed(4);
        replay.advance(1_000);
        assertThat(replay.cursor()).isEqualTo(4_000);
        replay.advance(10_000);
        assertThat(replay.cursor()).isEqualTo(10_000);
        assertThat(replay.playing()).isFalse();
    }

    @Test
    void seekingStaysInsideTheWindow() {
        replay.seekFraction(0.5);
        assertThat(replay.cursor()).isEqualTo(5_000);
        assertThat(replay.fraction()).isEqualTo(0.5);
        replay.seek(-5);
        assertThat(replay.cursor()).isZero();
        replay.seek(99_999);
        assertThat(replay.cursor()).isEqualTo(10_000);
    }

    @Test
    void aWindowEndingBeforeItStartsOrAStoppedSpeedIsRejected() {
        assertThatThrownBy(() -> new ReplayCursor(List.of(), 10, 0)).hasMessageContaining("ends before");
        assertThatThrownBy(() -> replay.speed(0)).hasMessageContaining("speed");
    }
}
