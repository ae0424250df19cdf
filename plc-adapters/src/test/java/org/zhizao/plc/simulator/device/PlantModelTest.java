package org.zhizao.plc.simulator.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhizao.plc.simulator.plant.PlantFileReader;
import org.zhizao.plc.simulator.plant.SimulatedPlant;

/** The device models in simulated time, without a server. */
class PlantModelTest {

  private static final SimulatedPlant DEMO_PARK =
      PlantFileReader.read(Path.of("..", "mes-core", "src", "main", "resources", "plant", "demo-park.yaml"));
  private static final double HOUR = 3600;

  @Test
  void theSameSeedGivesTheSameRun() {
    assertThat(fingerprint(42, 4 * HOUR)).isEqualTo(fingerprint(42, 4 * HOUR));
    assertThat(fingerprint(43, 4 * HOUR)).isNotEqualTo(fingerprint(42, 4 * HOUR));
  }

  private static List<String> fingerprint(long seed, double seconds) {
    PlantModel model = new PlantModel(DEMO_PARK, DeviceBehaviour.defaults(), seed);
    model.advance(seconds);
    return model.devices().stream()
        .map(d -> d.code() + " " + d.alarmsRaised() + " " + d.energyKwh() + " " + counters(d))
        .toList();
  }

  private static String counters(SimulatedDevice d) {
    if (d instanceof CncMachineTool cnc) {
      return cnc.partsGood() + "/" + cnc.partsBad();
    } else if (d instanceof Agv agv) {
      return agv.missionsCompleted() + " " + agv.position();
    } else if (d instanceof PackMlStation station) {
      return station.processed() + "/" + station.defective();
    }
    return "";
  }

  @Test
  void machinesBreakDownAboutAsOftenAsTheirMtbfSaysAndAreRepairedAfterTheirMttr() {
    // MTBF 15 min, MTTR 2 min (at least 1 min, so 133 s on average) over 30 h: about
    // 108,000 s / (900 s + 133 s) = 105 breakdowns per robot
    DeviceBehaviour behaviour = DeviceBehaviour.defaults().steady().withBreakdowns(900, 120);
    PlantModel model = new PlantModel(DEMO_PARK, behaviour, 1);
    model.advance(30 * HOUR);
    double perRobot =
        model.devices().stream().filter(d -> d instanceof Robot).mapToLong(SimulatedDevice::alarmsRaised)
            .average().orElseThrow();
    assertThat(perRobot).isBetween(92.0, 117.0);
  }

  @Test
  void theScrapRateShowsInTheBadPartCounts() {
    DeviceBehaviour behaviour = DeviceBehaviour.defaults().steady().withScrapRate(0.1);
    PlantModel model = new PlantModel(DEMO_PARK, behaviour, 5);
    model.advance(20 * HOUR);
    long good = 0;
    long bad = 0;
    for (SimulatedDevice d : model.devices()) {
      if (d instanceof PackMlStation s) {
        bad += s.defective();
        good += s.processed() - s.defective();
      }
    }
    assertThat((double) bad / (good + bad)).isBetween(0.09, 0.11);
  }

  @Test
  void aStationInExecuteRunsAtAboutItsDesignSpeed() {
    PlantModel model = new PlantModel(DEMO_PARK, DeviceBehaviour.defaults().steady(), 3);
    model.advance(HOUR);
    PackMlStation station =
        (PackMlStation) model.devices().stream().filter(d -> d instanceof PackMlStation).findFirst().orElseThrow();
    // 6 parts/min design speed, run at 95 %, minus the start-up transitions
    assertThat(station.processed()).isBetween(330L, 345L);
  }

  @Test
  void aDayOfFrequentFaultsKeepsEveryDeviceConsistent() {
    // breakdowns every hour and micro-stops every 5 min exercise every transition many times over
    DeviceBehaviour busy =
        new DeviceBehaviour(0.05, 3600, 600, 300, 45, 45, 0.05, 60, 18, 6, 15, true);
    PlantModel model = new PlantModel(DEMO_PARK, busy, 11);
    double[] energy = new double[model.devices().size()];
    for (int hour = 0; hour < 24; hour++) {
      model.advance(HOUR);
      int i = 0;
      for (SimulatedDevice d : model.devices()) {
        assertThat(d.energyKwh()).as("energy of %s never falls", d.code()).isGreaterThanOrEqualTo(energy[i]);
        energy[i++] = d.energyKwh();
        if (d instanceof CncMachineTool cnc) {
          assertThat(cnc.partsProduced()).isEqualTo(cnc.partsGood() + cnc.partsBad());
        } else if (d instanceof Agv agv) {
          assertThat(agv.battery()).isBetween(0.0, 100.0);
        } else if (d instanceof PackMlStation station) {
          assertThat(station.defective()).isLessThanOrEqualTo(station.processed());
        }
      }
    }
    assertThat(model.devices()).filteredOn(d -> d instanceof CncMachineTool)
        .allSatisfy(d -> assertThat(((CncMachineTool) d).partsProduced()).isPositive());
    assertThat(model.devices()).filteredOn(d -> d instanceof Agv)
        .allSatisfy(d -> assertThat(((Agv) d).missionsCompleted()).isPositive());
  }

  @Test
  void aFortyStationPlantCostsLittleCpu() {
    // 86 devices stepped one simulated second at a time for 6 simulated hours (21,600 steps)
    PlantModel model = new PlantModel(DEMO_PARK, DeviceBehaviour.defaults(), 9);
    model.advance(600); // warm up
    long start = System.nanoTime();
    model.advance(6 * HOUR);
    double millis = (System.nanoTime() - start) / 1e6;
    // real time at 10 ticks/s would be 2,160 s for this; it must be a tiny fraction of that
    assertThat(millis).as("ms for 21,600 steps").isLessThan(5_000);
    System.out.printf("21,600 steps of 86 devices: %.0f ms (%.1f µs per step)%n", millis, millis * 1000 / 21_600);
  }
}
