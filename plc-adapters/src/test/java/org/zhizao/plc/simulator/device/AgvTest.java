package org.zhizao.plc.simulator.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhizao.plc.simulator.plant.AgvSpec;
import org.zhizao.plc.simulator.plant.PlantFileReader;
import org.zhizao.plc.simulator.plant.SimulatedPlant;

class AgvTest {

  private static final SimulatedPlant PLANT =
      PlantFileReader.read(AgvTest.class.getResourceAsStream("/simulator/test-plant.yaml"), "test-plant.yaml");

  private static Agv agv() {
    AgvSpec spec = PLANT.agvs().get(0);
    return new Agv(spec, PLANT.workshop(spec.workshopCode()), DeviceBehaviour.defaults().steady().withAutoJobs(false), 1);
  }

  @Test
  void anAgvSpeedsUpToItsMaxSpeedAndBrakesBeforeItStops() {
    Agv agv = agv();
    agv.dispatch("TM-1", "L1/S01", "L1/S03");
    List<Double> speeds = new ArrayList<>();
    while (agv.state() == AgvState.DRIVING) {
      agv.advance(1);
      speeds.add(agv.speed());
    }
    // 0.5 m/s² from standstill, cruising at the plant file's 1.5 m/s, slower again on arrival
    assertThat(speeds.subList(0, 3)).containsExactly(0.5, 1.0, 1.5);
    assertThat(speeds).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.5));
    assertThat(speeds.get(speeds.size() - 2)).isLessThan(1.5);
    assertThat(agv.state()).isEqualTo(AgvState.LOADING);
    assertThat(agv.speed()).isZero();
  }

  @Test
  void aMissionDrainsTheBatteryAndCountsWhenCompleted() {
    Agv agv = agv();
    double before = agv.battery();
    agv.dispatch("TM-1", "L1/S01", "L1/S03");
    while (agv.mission().phase() != AgvMission.Phase.COMPLETED) {
      agv.advance(1);
    }
    assertThat(agv.battery()).isLessThan(before);
    assertThat(agv.missionsCompleted()).isEqualTo(1);
  }

  @Test
  void aMissionToAnUnknownStationIsRejectedWithTheLocationNamed() {
    assertThatThrownBy(() -> agv().dispatch("TM-1", "L1/S01", "L7/S42"))
        .isInstanceOf(DeviceCommandRejected.class)
        .hasMessageContaining("L7/S42");
  }
}
