package org.zhizao.twin.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    @Test
    void everyStateHasItsOwnColourAndNoneIsTheAlarmColour() {
        assertThat(Arrays.stream(Availability.values()).map(Availability::rgb).distinct()).hasSize(8);
        assertThat(Arrays.stream(Availability.values()).map(Availability::rgb)).doesNotContain(Availability.ALARM_RGB);
    }

    @Test
    void runningIsGreenAndUnplannedDownIsRed() {
        int run = Availability.RUNNING.rgb();
        int down = Availability.UNPLANNED_DOWN.rgb();
        assertThat((run >> 8) & 0xFF).isGreaterThan(run >> 16);
        assertThat(down >> 16).isGreaterThan((down >> 8) & 0xFF);
    }

    @Test
    void anUnknownOrMissingStateIsDrawnOffline() {
        assertThat(Availability.parse(null)).isEqualTo(Availability.OFFLINE);
        assertThat(Availability.parse("WARMING_UP")).isEqualTo(Availability.OFFLINE);
        assertThat(Availability.parse("PLANNED_DOWNTIME")).isEqualTo(Availability.PLANNED_DOWNTIME);
    }
}
