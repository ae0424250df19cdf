package org.zhizao.plc.opcua;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.zhizao.plc.mapping.AdapterConfig;
import org.zhizao.plc.mapping.DefaultTemplates;
import org.zhizao.plc.mapping.DeviceBinding;
import org.zhizao.plc.simulator.PlantSimulator;
import org.zhizao.plc.simulator.device.DeviceBehaviour;

/** The plant simulator serving a small test plant, and the adapter configuration for it. */
final class SimulatedPlant {

  static final String CNC = "P1/F1/W1/L1/S01/CNC";
  static final String METER = "P1/F1/W1/L1/S01/EM";
  static final String ROBOT = "P1/F1/W1/L1/S02/ROB";
  static final String STATION = "P1/F1/W1/L1/S03/PLC";
  static final String AGV = "P1/F1/W1/AGV1";

  /** Device → template, as the plant file's bindings say. */
  static final Map<String, String> TEMPLATES = Map.of(CNC, "cnc-machine-tool", METER,
      "energy-meter", ROBOT, "robot", STATION, "packml-station", AGV, "agv");

  private SimulatedPlant() {}

  /** A simulator on a free port: no random faults, no demo jobs, simulated time 20× real time. */
  static PlantSimulator start(double timeFactor) {
    return PlantSimulator.builder()
        .plant(SimulatedPlant.class.getResourceAsStream("/opcua/adapter-test-plant.yaml"),
            "adapter-test-plant.yaml")
        .port(0)
        .hostname("localhost")
        .securityDir(Path.of("target", "adapter-test-simulator"))
        .seed(11)
        .timeFactor(timeFactor)
        .tickInterval(Duration.ofMillis(50))
        .behaviour(DeviceBehaviour.defaults().steady().withAutoJobs(false))
        .build()
        .start();
  }

  /**
   * The configuration mes-core would build from its plant model: one binding per device from the
   * (endpoint, template, rootNode) triple, with the bundled templates.
   */
  static AdapterConfig config(PlantSimulator simulator) {
    AdapterConfig config = AdapterConfig.empty().withTemplates(DefaultTemplates.load());
    for (var device : TEMPLATES.entrySet()) {
      config = config.withDevice(new DeviceBinding(device.getKey(), simulator.endpointUrl(),
          device.getValue(), "nsu=urn:zhizao:plant-simulator;s=" + device.getKey()));
    }
    return config;
  }
}
