package org.zhizao.plc.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.plc.opcua.SimulatedPlant.CNC;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhizao.plc.mapping.AdapterConfig;
import org.zhizao.plc.mapping.DefaultTemplates;
import org.zhizao.plc.mapping.DeviceBinding;
import org.zhizao.plc.opcua.ConnectionEvent.State;
import org.zhizao.plc.simulator.PlantSimulator;

class NetworkBlipTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path pki;

  @Test
  void afterAShortNetworkCutTheSessionResumesAndEveryValueIsReadAgain() throws Exception {
    // The server kept the session and its subscription, so Milo re-activates the session on a new
    // channel (OPC 10000-4 §5.6.3) and nothing needs re-creating. A value that did not change sends
    // no notification, yet it was reported Bad_NotConnected during the cut: the adapter must read
    // it again to bring it back to Good.
    try (PlantSimulator simulator = SimulatedPlant.start(20);
        TcpCutter cable = new TcpCutter(simulator.port())) {
      String url = "opc.tcp://127.0.0.1:" + cable.port() + "/zhizao";
      AdapterConfig config = AdapterConfig.empty().withTemplates(DefaultTemplates.load())
          .withDevice(new DeviceBinding(CNC, url, "cnc-machine-tool",
              "nsu=urn:zhizao:plant-simulator;s=" + CNC));
      try (OpcUaAdapter adapter = new OpcUaAdapter(config, pki)) {
        Recorder recorder = new Recorder();
        adapter.addListener(recorder);
        adapter.start();
        recorder.awaitEvent(e -> e.state() == State.CONNECTED, WAIT);
        recorder.awaitUpdate(CNC, "alarmCode", u -> u.quality().isGood(), WAIT);

        cable.cut();
        recorder.awaitUpdate(CNC, "alarmCode", u -> u.quality().equals(Quality.NOT_CONNECTED), WAIT);
        int before = recorder.updates.size();
        cable.restore();

        recorder.awaitEvent(e -> e.state() == State.CONNECTED
            && recorder.events.indexOf(e) > recorder.events.size() - 3, WAIT);
        SignalUpdate again = Recorder.await(() -> recorder.updates.subList(before, recorder.updates.size())
            .stream().filter(u -> u.signal().equals("alarmCode") && u.quality().isGood())
            .findFirst().orElse(null), WAIT, "the unchanged alarm code was not read again");
        assertThat(again.value()).isEqualTo("");
        assertThat(recorder.problems).isEmpty();
      }
    }
  }
}
