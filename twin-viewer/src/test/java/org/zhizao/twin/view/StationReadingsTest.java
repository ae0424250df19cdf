package org.zhizao.twin.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The station panel's texts from mes-core's answers, without the toolkit. */
class StationReadingsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aCncStationShowsItsProgramSpindleTheMetersPowerAndTheLastInspection() throws Exception {
        StationReadings.Panel p = StationReadings.panel(json.readTree("""
                [{"device": "S01/CNC", "type": "CNC_MACHINE_TOOL", "signals": {
                    "program": {"value": "O1001"}, "spindleSpeed": {"value": 4200.4}, "spindleLoad": {"value": 37.6},
                    "power": {"value": 11.5}}},
                 {"device": "S01/EM", "type": "ENERGY_METER", "signals": {"power": {"value": 12.25}}}]
                """), json.readTree("""
                {"characteristic": "D1", "value": 40.004, "unit": "mm", "passed": true, "defectCodes": [],
                 "inspector": "inspector", "recordedAt": "2026-11-29T08:00:00Z"}
                """));
        assertThat(p.program()).isEqualTo("O1001");
        assertThat(p.spindle()).isEqualTo("4,200 r/min · 38 %");
        // the meter measures the whole station
        assertThat(p.power()).isEqualTo("12.25 kW");
        assertThat(p.inspection()).startsWith("D1 40.004 mm {passed} (").endsWith(", inspector)");
    }

    @Test
    void aStationWithoutSpindleMeterOrInspectionShowsDashesAndAddsUpItsMachinesPower() throws Exception {
        StationReadings.Panel p = StationReadings.panel(json.readTree("""
                [{"device": "S04/ROB", "type": "ROBOT", "signals": {"power": {"value": 2}}},
                 {"device": "S04/PLC", "type": "PLC_STATION", "signals": {"power": {"value": 1.5}}}]
                """), null);
        assertThat(p.program()).isEqualTo("–");
        assertThat(p.spindle()).isEqualTo("–");
        assertThat(p.power()).isEqualTo("3.50 kW");
        assertThat(p.inspection()).isEqualTo("–");
    }
}
