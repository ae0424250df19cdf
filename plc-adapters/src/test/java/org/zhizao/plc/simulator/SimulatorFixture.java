package org.zhizao.plc.simulator;

import java.io.InputStream;
import java.nio.file.Path;
import org.zhizao.plc.simulator.device.DeviceBehaviour;

/** Simulators for tests: the small test plant on a free port, fast and steady unless asked otherwise. */
final class SimulatorFixture {

  static final String CNC = "P1/F1/W1/L1/S01/CNC";
  static final String METER = "P1/F1/W1/L1/S01/EM";
  static final String ROBOT = "P1/F1/W1/L1/S02/ROB";
  static final String STATION = "P1/F1/W1/L1/S03/PLC";
  static final String AGV = "P1/F1/W1/AGV1";

  /** Shared by all tests so the server key pair is made once per build. */
  static final Path SECURITY_DIR = Path.of("target", "simulator-test-security");

  private SimulatorFixture() {}

  /** A builder for the test plant: free port, demo users, no random faults, no demo jobs. */
  static PlantSimulator.Builder testPlant() {
    InputStream plant = SimulatorFixture.class.getResourceAsStream("/simulator/test-plant.yaml");
    return PlantSimulator.builder()
        .plant(plant, "test-plant.yaml")
        .port(0)
        .hostname("localhost")
        .securityDir(SECURITY_DIR)
        .demoUsers()
        .seed(7)
        .timeFactor(50)
        .tickInterval(java.time.Duration.ofMillis(50))
        .behaviour(DeviceBehaviour.defaults().steady().withAutoJobs(false));
  }

  /** The test plant's node id string of a path under a device, e.g. {@code node(CNC, "LifetimeCounters/PartsGood")}. */
  static String node(String device, String path) {
    return device + "/" + path;
  }
}
