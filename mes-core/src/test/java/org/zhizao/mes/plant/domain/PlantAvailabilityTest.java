package org.zhizao.mes.plant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhizao.mes.plant.PlantFixture;
import org.zhizao.mes.plant.yaml.PlantYamlReader;

/**
 * Availability in the demo park: workshop P1/F1/W1 works three shifts Monday to Saturday; its station
 * S01 of line L1 has planned maintenance on Saturday 2027-01-09 from 06:00 to 14:00.
 */
class PlantAvailabilityTest {

    private static final PlantModel DEMO = PlantYamlReader.read(PlantFixture.DEMO, PlantFixture.demoYaml());

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkCalendar.DEFAULT_ZONE).toInstant();
    }

    private static TimeInterval interval(String from, String to) {
        return new TimeInterval(at(from), at(to));
    }

    @Test
    void aWorkshopWorksItsShiftsBackToBackExceptForTheBreaks() {
        assertThat(DEMO.availability("P1/F1/W1", at("2027-01-09T00:00"), at("2027-01-10T00:00"))).containsExactly(
                interval("2027-01-09T00:00", "2027-01-09T02:00"), interval("2027-01-09T02:30", "2027-01-09T10:00"),
                interval("2027-01-09T10:30", "2027-01-09T18:00"), interval("2027-01-09T18:30", "2027-01-10T00:00"));
    }

    @Test
    void aStationIsNotAvailableDuringItsPlannedMaintenance() {
        assertThat(DEMO.availability("P1/F1/W1/L1/S01", at("2027-01-09T00:00"), at("2027-01-10T00:00")))
                .containsExactly(interval("2027-01-09T00:00", "2027-01-09T02:00"),
                        interval("2027-01-09T02:30", "2027-01-09T06:00"), interval("2027-01-09T14:00", "2027-01-09T18:00"),
                        interval("2027-01-09T18:30", "2027-01-10T00:00"));
    }

    @Test
    void equipmentIsAvailableWhenItsStationIs() {
        assertThat(DEMO.availability("P1/F1/W1/L1/S01/CNC", at("2027-01-09T00:00"), at("2027-01-10T00:00")))
                .isEqualTo(DEMO.availability("P1/F1/W1/L1/S01", at("2027-01-09T00:00"), at("2027-01-10T00:00")));
    }

    @Test
    void aFactoryHasNoSingleCalendar() {
        assertThatThrownBy(() -> DEMO.availability("P1/F1", at("2027-01-09T00:00"), at("2027-01-10T00:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per workshop and station");
    }

    @Test
    void stationsAreFoundByCodeWithTheirWorkshop() {
        List<PlantModel.Placed> stations = DEMO.stations();
        assertThat(stations).hasSize(40);
        assertThat(DEMO.get("P1/F1/W2/L1/S01").workshopCode()).isEqualTo("P1/F1/W2");
        assertThat(DEMO.worldPosition(DEMO.get("P1/F1/W1/L1/S01"))).isEqualTo(new Vector3(64, 96, 0));
    }
}
