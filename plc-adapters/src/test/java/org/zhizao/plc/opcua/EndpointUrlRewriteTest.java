package org.zhizao.plc.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhizao.plc.mapping.AdapterConfig;
import org.zhizao.plc.mapping.DefaultTemplates;
import org.zhizao.plc.mapping.DeviceBinding;
import org.zhizao.plc.opcua.ConnectionEvent.State;
import org.zhizao.plc.simulator.PlantSimulator;
import org.zhizao.plc.simulator.device.DeviceBehaviour;

class EndpointUrlRewriteTest {

  @TempDir Path pki;

  @Test
  void aServerAdvertisingAnUnresolvableHostNameIsReachedAtTheConfiguredAddress() {
    // GetEndpoints returns URLs with the server's own host name (OPC 10000-4 §5.4.4); on a plant
    // network that name often does not resolve. The adapter keeps the configured host and port.
    try (PlantSimulator simulator = PlantSimulator.builder()
            .plant(SimulatedPlant.class.getResourceAsStream("/opcua/adapter-test-plant.yaml"),
                "adapter-test-plant.yaml")
            .port(0)
            .hostname("cell-7-controller.invalid")
            .securityDir(Path.of("target", "adapter-test-simulator"))
            .behaviour(DeviceBehaviour.defaults().steady().withAutoJobs(false))
            .build()
            .start()) {
      String url = "opc.tcp://127.0.0.1:" + simulator.port() + "/zhizao";
      AdapterConfig config = AdapterConfig.empty().withTemplates(DefaultTemplates.load())
          .withDevice(new DeviceBinding(SimulatedPlant.METER, url, "energy-meter",
              "nsu=urn:zhizao:plant-simulator;s=" + SimulatedPlant.METER));
      try (OpcUaAdapter adapter = new OpcUaAdapter(config, pki)) {
        Recorder recorder = new Recorder();
        adapter.addListener(recorder);
        adapter.start();
        recorder.awaitEvent(e -> e.state() == State.CONNECTED, Duration.ofSeconds(20));
        recorder.awaitUpdate(SimulatedPlant.METER, "power", u -> u.quality().isGood(),
            Duration.ofSeconds(20));
        assertThat(recorder.events).noneMatch(e -> e.state() == State.LOST);
      }
    }
  }
}
