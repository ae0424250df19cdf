package org.zhizao.plc.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.plc.opcua.SimulatedPlant.CNC;
import static org.zhizao.plc.opcua.SimulatedPlant.STATION;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhizao.plc.opcua.ConnectionEvent.State;
import org.zhizao.plc.simulator.PlantSimulator;
import org.zhizao.plc.simulator.device.CncMachineTool;

/** The adapters across a server restart in the middle of production. */
class SimulatorRestartTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path pki;

  @Test
  void afterAServerRestartTheAdapterResumesWithin10SecondsAndCountsEveryPartOnce() throws Exception {
    // A restarted server has lost the session and its subscriptions: they cannot be transferred
    // (OPC 10000-4 §5.13.7) and are created anew. The machine kept making parts meanwhile; the
    // lifetime counter carries them, so the deltas must add up to exactly the counter's increase.
    try (PlantSimulator simulator = SimulatedPlant.start(40);
        OpcUaAdapter adapter = new OpcUaAdapter(SimulatedPlant.config(simulator), pki)) {
      Recorder recorder = new Recorder();
      adapter.addListener(recorder);
      adapter.start();
      recorder.awaitEvent(e -> e.state() == State.CONNECTED, WAIT);
      assertThat(adapter.call(CNC, "startJob", List.of("JOB-R", "O2001", 8), Duration.ofSeconds(5))
          .succeeded()).isTrue();
      SignalUpdate first = recorder.awaitUpdate(CNC, "partsTotal", u -> u.countDelta() != null, WAIT);
      recorder.awaitUpdate(CNC, "partsTotal", u -> u.longValue() >= first.longValue() + 2, WAIT);

      simulator.faults().stopServer();
      recorder.awaitUpdate(CNC, "partsTotal", u -> u.quality().equals(Quality.NOT_CONNECTED), WAIT);
      recorder.awaitUpdate(STATION, "state", u -> u.quality().equals(Quality.NOT_CONNECTED), WAIT);
      assertThat(recorder.events).anyMatch(e -> e.state() == State.RECONNECTING);
      CommandResult offline = adapter.write(CNC, "feedOverride", 90, Duration.ofSeconds(1));
      assertThat(offline.status()).isEqualTo("Bad_NotConnected");
      Thread.sleep(3_000); // parts are made while the server is down

      Instant restarted = Instant.now();
      int before = recorder.updates.size();
      simulator.faults().restartServer();
      recorder.awaitEvent(e -> e.state() == State.CONNECTED && e.at().isAfter(restarted), Duration.ofSeconds(10));
      Recorder.await(() -> recorder.updates.subList(before, recorder.updates.size()).stream()
          .filter(u -> u.device().equals(CNC) && u.signal().equals("partsTotal") && u.quality().isGood())
          .findAny().orElse(null), Duration.ofSeconds(10), "no good counter value within 10 s of the restart");

      recorder.awaitUpdate(CNC, "programState", u -> "Ended".equals(u.value()), Duration.ofSeconds(60));
      long machine = simulator.inspect(CNC, d -> ((CncMachineTool) d).partsProduced());
      SignalUpdate last = recorder.awaitUpdate(CNC, "partsTotal",
          u -> u.quality().isGood() && u.longValue() == machine, WAIT);
      long counted = recorder.updates.stream()
          .filter(u -> u.device().equals(CNC) && u.signal().equals("partsTotal") && u.countDelta() != null)
          .mapToLong(SignalUpdate::countDelta).sum();
      assertThat(counted).isEqualTo(last.longValue() - first.longValue()).isGreaterThanOrEqualTo(8);
      assertThat(recorder.problems).isEmpty();
    }
  }
}
