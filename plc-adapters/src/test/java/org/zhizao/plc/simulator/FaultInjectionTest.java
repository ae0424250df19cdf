package org.zhizao.plc.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhizao.plc.simulator.SimulatorFixture.CNC;
import static org.zhizao.plc.simulator.SimulatorFixture.ROBOT;

import java.time.Duration;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhizao.plc.simulator.device.Robot;

/** The faults tests inject: a server restart, a frozen device, a device whose values drop. */
class FaultInjectionTest {

  private static final String CYCLES = ROBOT + "/Controllers/Controller/ParameterSet/CycleCounter";
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private PlantSimulator simulator;
  private OpcUaTestClient client;

  @BeforeEach
  void start() throws Exception {
    simulator = SimulatorFixture.testPlant().build().start();
    client = OpcUaTestClient.connect(simulator);
  }

  @AfterEach
  void stop() throws Exception {
    try {
      client.close();
    } catch (UaException ignored) {
      // the session may be gone with a stopped server
    }
    simulator.stop();
  }

  @Test
  void aRestartedServerServesTheSameNodeIdsOnTheSamePortAndItsCountersMovedOn() throws Exception {
    client.await(CYCLES, v -> ((Number) v).longValue() > 0, PATIENCE);
    long before = client.number(CYCLES);
    String url = simulator.endpointUrl();

    simulator.faults().stopServer();
    assertThat(simulator.serverRunning()).isFalse();
    assertThatThrownBy(() -> client.value(CYCLES)).isInstanceOf(UaException.class);
    // the devices keep working while their server is down, as a machine does when the network drops
    long duringOutage = before;
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (duringOutage <= before + 1 && System.nanoTime() < deadline) {
      Thread.sleep(100);
      duringOutage = simulator.inspect(ROBOT, d -> ((Robot) d).cycleCounter());
    }
    assertThat(duringOutage).isGreaterThan(before + 1);

    simulator.faults().restartServer();
    assertThat(simulator.endpointUrl()).isEqualTo(url);
    try (OpcUaTestClient again = OpcUaTestClient.connect(simulator)) {
      assertThat(again.number(CYCLES)).isGreaterThanOrEqualTo(duringOutage);
    }
  }

  @Test
  void aFrozenDeviceKeepsItsValuesWithGoodQuality() throws Exception {
    client.await(CYCLES, v -> ((Number) v).longValue() > 0, PATIENCE);
    simulator.faults().freeze(ROBOT);
    Thread.sleep(200); // let a tick that had started finish
    DataValue frozen = client.read(CYCLES);
    Thread.sleep(1500); // more than a robot cycle at this time factor
    DataValue later = client.read(CYCLES);
    assertThat(later.getValue()).isEqualTo(frozen.getValue());
    assertThat(later.getStatusCode().isGood()).isTrue();

    simulator.faults().unfreeze(ROBOT);
    client.await(CYCLES, v -> ((Number) v).longValue() > ((Number) frozen.getValue().value()).longValue(), PATIENCE);
  }

  @Test
  void aDeviceWhoseValuesDropReadsBadNoCommunicationUntilRestored() throws Exception {
    String good = CNC + "/LifetimeCounters/PartsGood";
    simulator.faults().dropValues(CNC);
    Thread.sleep(300);
    // OPC 10000-4 §7.34: the value is served with a Bad status, as a gateway does for a lost device
    assertThat(client.read(good).getStatusCode().value()).isEqualTo(StatusCodes.Bad_NoCommunication);
    assertThat(client.read(ROBOT + "/Monitoring/ActivePower").getStatusCode().isGood())
        .as("other devices are unaffected").isTrue();
    String jobs = CNC + "/Production/JobManagement";
    assertThat(client.callStatus(jobs, jobs + "/StoreAndStart", Variant.ofString("J"),
            Variant.ofString("P"), Variant.ofUInt32(org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint(1)))
        .value()).isEqualTo(StatusCodes.Bad_NoCommunication);

    simulator.faults().restoreValues(CNC);
    Thread.sleep(300);
    assertThat(client.read(good).getStatusCode().isGood()).isTrue();
  }
}
