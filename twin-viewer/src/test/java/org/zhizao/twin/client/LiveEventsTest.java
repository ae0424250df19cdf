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
}
