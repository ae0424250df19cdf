package org.zhizao.mes.plant.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhizao.mes.plant.PlantCalendar;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.plant.PlantFixture;
import org.zhizao.mes.plant.yaml.PlantYamlReader;
import org.zhizao.mes.support.MesTest;

/** The plant model as stored by the demo profile at start-up, and as other modules see it. */
@MesTest
class PlantStoreTest {

    @Autowired
    PlantStore store;

    @Autowired
    PlantDirectory directory;

    @Autowired
    PlantCalendar calendar;

    @Test
    void theStoredDemoParkReadsBackEqualToItsFile() {
        assertThat(store.load()).contains(PlantYamlReader.read(PlantFixture.DEMO, PlantFixture.demoYaml()));
    }

    @Test
    void otherModulesFindStationsWithTheirWorkshopLineAndOperations() {
        assertThat(directory.stations()).hasSize(40);
        PlantDirectory.StationInfo lathe = directory.findStation("P1/F1/W1/L1/S01").orElseThrow();
        assertThat(lathe.workshopCode()).isEqualTo("P1/F1/W1");
        assertThat(lathe.lineCode()).isEqualTo("P1/F1/W1/L1");
        assertThat(lathe.canPerform("TURNING")).isTrue();
        assertThat(lathe.nameEn()).isEqualTo("CNC lathe");
        assertThat(directory.findStation("P1/F1/W1/L1")).as("a line is no station").isEmpty();
        assertThat(directory.findStation("P1/F1/W1/L1/S99")).isEmpty();
    }

    @Test
    void theSchedulerReadsAvailableTimeOfAStation() {
        Instant monday = Instant.parse("2027-01-03T16:00:00Z"); // 2027-01-04 00:00 in Asia/Shanghai
        // No night shift runs into Monday (Sunday is no workday): 06:00-24:00 minus the 10:00 and 18:00 breaks.
        assertThat(calendar.availableTime("P1/F1/W1/L1/S01", monday, monday.plus(Duration.ofDays(1))))
                .isEqualTo(Duration.ofHours(17));
    }
}
