package org.zhizao.twin.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhizao.twin.scene.LiveEvent;

class LiveEventsTest {

    @Test
    void itemsCarryKeyTypeDataAndDeviceTime() throws Exception {
        List<LiveEvent> events = LiveEvents.parse("""
                {"sent": 2000, "items": [
                  {"key": "state:P1/F1/W1/L1/S01/CNC", "type": "state", "t": 1500,
                   "data": {"device": "P1/F1/W1/L1/S01/CNC", "station": "P1/F1/W1/L1/S01", "primary": true,
                            "state": "RUNNING"}},
                  {"key": "kpi:P1", "type": "kpi", "t": null, "data": {"code": "P1", "oee": 0.61}}]}
                """);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).time()).isEqualTo(1500);
        assertThat(events.get(0).text("state")).isEqualTo("RUNNING");
        assertThat(events.get(0).data().get("primary")).isEqualTo(true);
        // no device time: the send time stands in
        assertThat(events.get(1).time()).isEqualTo(2000);
        assertThat(events.get(1).number("oee", 0)).isEqualTo(0.61);
    }

    @Test
    void statusRowsBecomeEventsKeyedLikeTheStream() throws Exception {
        List<LiveEvent> events = LiveEvents.fromStatus(new ObjectMapper().readTree("""
                [{"type": "count", "station": "P1/F1/W1/L1/S01", "good": 3},
                 {"type": "agv", "device": "P1/F1/W1/AGV1", "positionX": 4.5}]
                """), 99);
        assertThat(events).extracting(LiveEvent::key).containsExactly("count:P1/F1/W1/L1/S01", "agv:P1/F1/W1/AGV1");
        assertThat(events.get(1).data()).doesNotContainKey("type");
    }

    @Test
    void stateIntervalsBecomeTheStateEventsThatBeganThem() throws Exception {
        List<LiveEvent> events = LiveEvents.fromIntervals(new ObjectMapper().readTree("""
                [{"id": 1, "equipmentCode": "P1/F1/W1/L1/S01/CNC", "stationCode": "P1/F1/W1/L1/S01",
                  "state": "SETUP", "start": "2027-01-09T06:00:00Z", "end": "2027-01-09T06:10:00Z"},
                 {"id": 2, "equipmentCode": "P1/F1/W1/L1/S01/EM", "stationCode": "P1/F1/W1/L1/S01",
                  "state": "RUNNING", "start": "2027-01-09T06:00:00Z"}]
                """), java.util.Set.of("P1/F1/W1/L1/S01/CNC"));
        assertThat(events.get(0).time()).isEqualTo(java.time.Instant.parse("2027-01-09T06:00:00Z").toEpochMilli());
        assertThat(events.get(0).data()).containsEntry("primary", true).containsEntry("state", "SETUP");
        assertThat(events.get(1).data()).containsEntry("primary", false);
    }

    @Test
    void storedAgvSamplesBecomeOnePositionAMinuteAtTheEndOfItsMinute() throws Exception {
        List<LiveEvent> events = LiveEvents.fromAgvSamples("P1/F1/W1/AGV1", "P1/F1/W1", new ObjectMapper().readTree("""
                {"positionX": [{"minute": "2026-11-29T08:00:00Z", "last": 10.5}, {"minute": "2026-11-29T08:01:00Z", "last": 12}],
                 "positionY": [{"minute": "2026-11-29T08:00:00Z", "last": 3}, {"minute": "2026-11-29T08:01:00Z", "last": 4}],
                 "heading": [{"minute": "2026-11-29T08:01:00Z", "last": 90}],
                 "speed": [{"minute": "2026-11-29T08:02:00Z", "last": 1.2}]}
                """), java.util.Map.of());
        assertThat(events).hasSize(2);
        assertThat(events.get(0).time()).isEqualTo(java.time.Instant.parse("2026-11-29T08:01:00Z").toEpochMilli());
        assertThat(events.get(0).key()).isEqualTo("agv:P1/F1/W1/AGV1");
        assertThat(events.get(0).number("positionX", 0)).isEqualTo(10.5);
        assertThat(events.get(1).number("heading", 0)).isEqualTo(90);
        assertThat(events.get(1).text("workshop")).isEqualTo("P1/F1/W1");
    }

    @Test
    void kpiHistoryRowsBecomeKpiEventsAtTheirMoment() throws Exception {
        List<LiveEvent> events = LiveEvents.fromKpiHistory(new ObjectMapper().readTree("""
                [{"code": "P1/F1", "oee": 0.5, "at": "2026-11-29T08:00:00Z"}]
                """));
        assertThat(events.get(0).key()).isEqualTo("kpi:P1/F1");
        assertThat(events.get(0).number("oee", 0)).isEqualTo(0.5);
        assertThat(events.get(0).data()).doesNotContainKey("at");
    }

    @Test
    void aStoredAlarmIsRaisedAndClearedAtItsTimes() throws Exception {
        List<LiveEvent> events = LiveEvents.fromAlarms(new ObjectMapper().readTree("""
                [{"equipmentCode": "P1/F1/W1/L1/S01/CNC", "stationCode": "P1/F1/W1/L1/S01", "code": "E2041",
                  "message": "Spindle drive fault", "severity": 800, "raisedAt": "2026-11-29T08:00:00Z",
                  "clearedAt": "2026-11-29T08:05:00Z"},
                 {"equipmentCode": "P1/F1/W1/L1/S02/CNC", "stationCode": "P1/F1/W1/L1/S02", "code": "E1",
                  "message": "x", "severity": 500, "raisedAt": "2026-11-29T08:03:00Z", "clearedAt": null}]
                """));
        assertThat(events).extracting(e -> e.data().get("active")).containsExactly(true, false, true);
        assertThat(events.get(1).time() - events.get(0).time()).isEqualTo(300_000);
        assertThat(events.get(0).text("code")).isEqualTo("E2041");
    }

    @Test
    void aCoordinateThatDidNotChangeKeepsItsValueOrTheCurrentOne() throws Exception {
        // only x changed in these minutes: y is the AGV's current one, driving along a straight aisle
        List<LiveEvent> events = LiveEvents.fromAgvSamples("P1/F1/W1/AGV1", "P1/F1/W1", new ObjectMapper().readTree("""
                {"positionX": [{"minute": "2026-11-29T08:00:00Z", "last": 10}, {"minute": "2026-11-29T08:02:00Z", "last": 14}],
                 "heading": [{"minute": "2026-11-29T08:01:00Z", "last": 90}]}
                """), java.util.Map.of("positionY", 7.5, "heading", 0.0));
        assertThat(events).hasSize(3);
        assertThat(events).allMatch(e -> e.number("positionY", -1) == 7.5);
        assertThat(events.get(1).number("positionX", 0)).as("kept from the minute before").isEqualTo(10);
        assertThat(events.get(0).number("heading", -1)).as("its first value in the window").isEqualTo(90);
    }
}
