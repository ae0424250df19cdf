package org.zhizao.mes.equipment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhizao.mes.equipment.AvailabilityState;

/** Device states mapped to the MES availability states, per template (docs/opcua-mapping.md). */
class StateMappingTest {

    private static AvailabilityState map(String template, DeviceReadings r) {
        return StateMapping.map(template, r).orElseThrow();
    }

    private static DeviceReadings state(long n) {
        return DeviceReadings.NONE.withStateNumber(n);
    }

    @Test
    void aCncMachineExecutingIsRunningAndOutOfServiceIsUnplannedDown() {
        // OPC 40001-1 MachineryItemState: 0 NotAvailable, 1 OutOfService, 2 NotExecuting, 3 Executing
        assertThat(map("cnc-machine-tool", state(3))).isEqualTo(AvailabilityState.RUNNING);
        assertThat(map("cnc-machine-tool", state(1).withMode("Maintenance"))).isEqualTo(AvailabilityState.UNPLANNED_DOWN);
        assertThat(map("cnc-machine-tool", state(0))).isEqualTo(AvailabilityState.OFFLINE);
    }

    @Test
    void aCncMachineNotExecutingIsInSetupOnlyInSetupMode() {
        assertThat(map("cnc-machine-tool", state(2).withMode("Setup"))).isEqualTo(AvailabilityState.SETUP);
        assertThat(map("cnc-machine-tool", state(2).withMode("Processing"))).isEqualTo(AvailabilityState.IDLE);
    }

    @Test
    void aRobotWaitingForAPartIsStarved() {
        assertThat(map("robot", state(2))).isEqualTo(AvailabilityState.STARVED);
        assertThat(map("robot", state(3))).isEqualTo(AvailabilityState.RUNNING);
        assertThat(map("robot", state(1))).isEqualTo(AvailabilityState.UNPLANNED_DOWN);
    }

    @Test
    void aPackMlStationSuspendedIsBlockedOrStarvedByItsFlags() {
        // OPC 30050: 6 Execute, 5 Suspended, 9 Aborted, 4 Idle
        assertThat(map("packml-station", state(6))).isEqualTo(AvailabilityState.RUNNING);
        assertThat(map("packml-station", state(5).withBlocked(true))).isEqualTo(AvailabilityState.BLOCKED);
        assertThat(map("packml-station", state(5).withStarved(true))).isEqualTo(AvailabilityState.STARVED);
        assertThat(map("packml-station", state(9))).isEqualTo(AvailabilityState.UNPLANNED_DOWN);
        assertThat(map("packml-station", state(1).withStopReason(900L))).isEqualTo(AvailabilityState.UNPLANNED_DOWN);
        assertThat(map("packml-station", state(4))).isEqualTo(AvailabilityState.IDLE);
        assertThat(map("packml-station", state(6).withMode("2"))).isEqualTo(AvailabilityState.PLANNED_DOWNTIME);
    }

    @Test
    void anAgvDrivingIsRunningAndChargingIsPlannedDowntime() {
        assertThat(map("agv", state(1))).isEqualTo(AvailabilityState.RUNNING);
        assertThat(map("agv", state(3))).isEqualTo(AvailabilityState.PLANNED_DOWNTIME);
        assertThat(map("agv", state(4))).isEqualTo(AvailabilityState.UNPLANNED_DOWN);
    }

    @Test
    void anEnergyMeterOrAnUnreadDeviceHasNoState() {
        assertThat(StateMapping.map("energy-meter", state(1))).isEmpty();
        assertThat(StateMapping.map("cnc-machine-tool", DeviceReadings.NONE)).isEmpty();
    }

    @Test
    void downtimeIsClassifiedOnlyWithAReasonOfItsOwnCategory() {
        assertThat(DowntimeRules.classifying(7, AvailabilityState.UNPLANNED_DOWN, "BREAKDOWN", "UNPLANNED").isAllowed())
                .isTrue();
        assertThat(DowntimeRules.classifying(7, AvailabilityState.UNPLANNED_DOWN, "MEETING", "PLANNED"))
                .isEqualTo(org.zhizao.mes.shared.domain.Decision.rejected(
                        "interval 7 is unplanned downtime: reason 'MEETING' is a planned one"));
        assertThat(DowntimeRules.classifying(7, AvailabilityState.RUNNING, "BREAKDOWN", "UNPLANNED").isAllowed())
                .isFalse();
        assertThat(DowntimeRules.classifying(7, AvailabilityState.IDLE, "NOPE", null).isAllowed()).isFalse();
    }
}
