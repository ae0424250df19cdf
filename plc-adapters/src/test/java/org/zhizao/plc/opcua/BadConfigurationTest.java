package org.zhizao.plc.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.plc.opcua.SimulatedPlant.CNC;
import static org.zhizao.plc.opcua.SimulatedPlant.METER;
import static org.zhizao.plc.opcua.SimulatedPlant.ROBOT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhizao.plc.mapping.AdapterConfig;
import org.zhizao.plc.mapping.MappingLoader;
import org.zhizao.plc.mapping.MappingProblem;
import org.zhizao.plc.opcua.ConnectionEvent.State;
import org.zhizao.plc.simulator.PlantSimulator;

/**
 * One adapter fed a healthy device and four broken ones: each problem is named precisely, and the
 * healthy device keeps streaming throughout.
 */
class BadConfigurationTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String TYPO = "P1/F1/W1/L1/S02/ROB-TYPO";
  private static final String WRONG_TYPE = "P1/F1/W1/L1/S01/EM-WRONG-TYPE";
  private static final String BAD_URL = "P1/F1/W1/L1/S09/BAD-URL";
  private static final String UNREACHABLE = "P1/F1/W1/L1/S09/UNREACHABLE";

  @TempDir static Path dir;
  private static PlantSimulator simulator;
  private static OpcUaAdapter adapter;
  private static final Recorder recorder = new Recorder();

  @BeforeAll
  static void start() throws Exception {
    simulator = SimulatedPlant.start(20);
    String url = simulator.endpointUrl();
    Path plant = dir.resolve("plant-devices.yaml");
    Files.writeString(plant, """
        format: zhizao-opcua-mapping/1
        templates:
          - name: robot-with-typo
            signals:
              state:  {path: MachineryItemState/CurrentState, type: string}
              cycles: {path: Controllers/Controller/ParameterSet/CycleCountr, type: integer, counter: true}
          - name: meter-with-wrong-type
            signals:
              power:  {path: Monitoring/ActivePower, type: number}
              energy: {path: Identification/SerialNumber, type: number}
        devices:
          - {device: %1$s, endpoint: '%2$s', template: cnc-machine-tool, rootNode: 'nsu=urn:zhizao:plant-simulator;s=%1$s'}
          - {device: %3$s, endpoint: '%2$s', template: robot-with-typo, rootNode: 'nsu=urn:zhizao:plant-simulator;s=%4$s'}
          - {device: %5$s, endpoint: '%2$s', template: meter-with-wrong-type, rootNode: 'nsu=urn:zhizao:plant-simulator;s=%6$s'}
          - {device: %7$s, endpoint: 'opc.tcp:/localhost/zhizao', template: robot, rootNode: 'nsu=urn:zhizao:plant-simulator;s=%4$s'}
          - {device: %8$s, endpoint: 'opc.tcp://127.0.0.1:9/zhizao', template: robot, rootNode: 'nsu=urn:zhizao:plant-simulator;s=%4$s'}
        """.formatted(CNC, url, TYPO, ROBOT, WRONG_TYPE, METER, BAD_URL, UNREACHABLE));
    Path broken = dir.resolve("line2.yaml");
    Files.writeString(broken, """
        format: zhizao-opcua-mapping/1
        devices:
          - device: P1/F1/W1/L2/S01/CNC
            endpoint: '%s'
             template: cnc-machine-tool
        """.formatted(url));
    AdapterConfig config = MappingLoader.load(List.of(plant, broken));
    adapter = new OpcUaAdapter(config, dir.resolve("pki"));
    adapter.addListener(recorder);
    adapter.start();
    recorder.awaitEvent(e -> e.state() == State.CONNECTED, WAIT);
  }

  @AfterAll
  static void stop() {
    adapter.stop();
    simulator.stop();
  }

  @Test
  void anUnknownNodeIsNamedWithDeviceSignalAndPathAndTheDevicesOtherSignalsStream() {
    MappingProblem p = recorder.awaitProblem(x -> TYPO.equals(x.device()), WAIT);
    assertThat(p.field()).isEqualTo("signals.cycles");
    assertThat(p.message()).contains("Controllers/Controller/ParameterSet/CycleCountr")
        .contains("not found").contains("Bad_NoMatch");
    recorder.awaitUpdate(TYPO, "state", u -> u.quality().isGood(), WAIT);
    assertHealthyDeviceStreams();
  }

  @Test
  void aWrongDataTypeIsNamedWithTheServersTypeAndTheExpectedOne() {
    MappingProblem p = recorder.awaitProblem(x -> WRONG_TYPE.equals(x.device()), WAIT);
    assertThat(p.field()).isEqualTo("signals.energy");
    assertThat(p.message()).contains("Identification/SerialNumber").contains("String").contains("number");
    recorder.awaitUpdate(WRONG_TYPE, "power", u -> u.quality().isGood(), WAIT);
    assertHealthyDeviceStreams();
  }

  @Test
  void aMalformedUrlIsRejectedOnLoadWithFileLineAndField() {
    MappingProblem p = recorder.awaitProblem(x -> BAD_URL.equals(x.device()), WAIT);
    assertThat(p.toString()).startsWith("plant-devices.yaml:15: devices[3].endpoint:")
        .contains("opc.tcp:/localhost/zhizao");
    assertThat(adapter.devices()).doesNotContain(BAD_URL);
    assertHealthyDeviceStreams();
  }

  @Test
  void anUnreachableServerIsReportedLostWithTheReasonAndRetriedWhileOthersStream() {
    ConnectionEvent lost = recorder.awaitEvent(
        e -> e.devices().contains(UNREACHABLE) && e.state() == State.LOST, WAIT);
    assertThat(lost.reason()).containsIgnoringCase("refused");
    recorder.awaitEvent(e -> e.devices().contains(UNREACHABLE) && e.state() == State.RECONNECTING, WAIT);
    CommandResult call = adapter.call(UNREACHABLE, "startJob", List.of(), Duration.ofSeconds(1));
    assertThat(call.status()).isEqualTo("Bad_NotConnected");
    assertHealthyDeviceStreams();
  }

  @Test
  void malformedYamlIsNamedWithFileAndLineAndOnlyThatFileIsLeftOut() {
    MappingProblem p = recorder.awaitProblem(x -> "line2.yaml".equals(x.file()), WAIT);
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.message()).startsWith("not valid YAML");
    assertThat(adapter.devices()).contains(CNC, TYPO, WRONG_TYPE).doesNotContain("P1/F1/W1/L2/S01/CNC");
    assertHealthyDeviceStreams();
  }

  private static void assertHealthyDeviceStreams() {
    long seen = recorder.updatesOf(CNC, "energy");
    recorder.awaitUpdate(CNC, "state", u -> u.quality().isGood(), WAIT);
    Recorder.await(() -> recorder.updatesOf(CNC, "energy") > seen ? true : null, WAIT,
        "the healthy CNC machine stopped streaming");
  }
}
