package org.zhizao.plc.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.plc.opcua.SimulatedPlant.AGV;
import static org.zhizao.plc.opcua.SimulatedPlant.CNC;
import static org.zhizao.plc.opcua.SimulatedPlant.METER;
import static org.zhizao.plc.opcua.SimulatedPlant.ROBOT;
import static org.zhizao.plc.opcua.SimulatedPlant.STATION;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhizao.plc.mapping.DefaultTemplates;
import org.zhizao.plc.mapping.SignalMapping;
import org.zhizao.plc.opcua.ConnectionEvent.State;
import org.zhizao.plc.simulator.PlantSimulator;
import org.zhizao.plc.simulator.device.CncMachineTool;

/** The bundled templates against the plant simulator, as the MES demo runs them. */
class SimulatorAdapterTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir static Path pki;
  private static PlantSimulator simulator;
  private static OpcUaAdapter adapter;
  private static final Recorder recorder = new Recorder();

  @BeforeAll
  static void start() {
    simulator = SimulatedPlant.start(20);
    adapter = new OpcUaAdapter(SimulatedPlant.config(simulator), pki);
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
  void everySignalOfEveryBundledTemplateIsFoundAndStreamsAGoodValue() {
    // The templates are written against the simulator's documented address space; a path that
    // TranslateBrowsePathsToNodeIds (OPC 10000-4 §5.8.4) cannot resolve would be a problem here.
    for (var device : SimulatedPlant.TEMPLATES.entrySet()) {
      for (SignalMapping signal : DefaultTemplates.load().get(device.getValue()).signals().values()) {
        recorder.awaitUpdate(device.getKey(), signal.name(), u -> u.quality().isGood(), WAIT);
      }
    }
    assertThat(recorder.problems).isEmpty();
    assertThat(adapter.devices()).containsExactlyInAnyOrder(CNC, METER, ROBOT, STATION, AGV);
  }

  @Test
  void aJobStartedByMethodCallRunsAndItsPartsAreCounted() {
    long before = recorder.awaitUpdate(CNC, "partsGood", u -> u.quality().isGood(), WAIT).longValue();
    CommandResult started = adapter.call(CNC, "startJob", List.of("JOB-7", "O1007", 2), Duration.ofSeconds(5));
    assertThat(started.succeeded()).as(started.message()).isTrue();

    recorder.awaitUpdate(CNC, "job", u -> "JOB-7".equals(u.value()), WAIT);
    recorder.awaitUpdate(CNC, "program", u -> "O1007".equals(u.value()), WAIT);
    recorder.awaitUpdate(CNC, "state", u -> "Executing".equals(u.value()), WAIT);
    recorder.awaitUpdate(CNC, "programState", u -> "Ended".equals(u.value()), WAIT);
    SignalUpdate after = recorder.awaitUpdate(CNC, "partsGood",
        u -> u.quality().isGood() && u.longValue() >= before + 2, WAIT);
    long counted = recorder.updates.stream()
        .filter(u -> u.device().equals(CNC) && u.signal().equals("partsGood") && u.countDelta() != null)
        .mapToLong(SignalUpdate::countDelta).sum();
    assertThat(counted).isEqualTo(after.longValue() - firstReading(CNC, "partsGood"));

    // a second job while none runs is fine; a refused call says why
    CommandResult refused = adapter.call(CNC, "startJob", List.of("JOB-8", "O1008", 0), Duration.ofSeconds(5));
    assertThat(refused.succeeded()).isFalse();
    assertThat(refused.status()).isEqualTo("Bad_InvalidArgument");
  }

  @Test
  void aBreakdownRaisesAnAlarmAndTakesTheMachineOutOfService() {
    simulator.faults().breakDown(ROBOT);
    recorder.awaitUpdate(ROBOT, "alarm", u -> Boolean.TRUE.equals(u.value()), WAIT);
    recorder.awaitUpdate(ROBOT, "alarmMessage", u -> u.value() instanceof String s && !s.isEmpty(), WAIT);
    recorder.awaitUpdate(ROBOT, "state", u -> "OutOfService".equals(u.value()), WAIT);
    simulator.faults().repair(ROBOT);
    recorder.awaitUpdate(ROBOT, "alarm", u -> Boolean.FALSE.equals(u.value()), WAIT);
  }

  @Test
  void anAgvMissionDispatchedByMethodCallIsDrivenToItsEnd() {
    CommandResult dispatched = adapter.call(AGV, "dispatchMission",
        List.of("M-1", "L1/S01", "L1/S03"), Duration.ofSeconds(5));
    assertThat(dispatched.succeeded()).as(dispatched.message()).isTrue();
    recorder.awaitUpdate(AGV, "mission", u -> "M-1".equals(u.value()), WAIT);
    recorder.awaitUpdate(AGV, "state", u -> "Driving".equals(u.value()), WAIT);
    recorder.awaitUpdate(AGV, "missionPhase", u -> "Completed".equals(u.value()), Duration.ofSeconds(60));
    recorder.awaitUpdate(AGV, "missionsCompleted", u -> u.countDelta() != null && u.countDelta() == 1, WAIT);
    assertThat(recorder.updatesOf(AGV, "positionX")).isGreaterThan(3);
  }

  @Test
  void aMachineWithoutAMappedCommandAnswersWithAClearError() {
    CommandResult result = adapter.call(METER, "startJob", List.of(), Duration.ofSeconds(2));
    assertThat(result.succeeded()).isFalse();
    assertThat(result.status()).isEqualTo("Bad_MethodInvalid");
    assertThat(result.message()).contains(METER).contains("startJob");
  }

  private static long firstReading(String device, String signal) {
    return recorder.updates.stream()
        .filter(u -> u.device().equals(device) && u.signal().equals(signal) && u.countDelta() != null)
        .findFirst().orElseThrow().longValue();
  }

  @SuppressWarnings("unused")
  private static long machineCounter() {
    return simulator.inspect(CNC, d -> ((CncMachineTool) d).partsGood());
  }
}
