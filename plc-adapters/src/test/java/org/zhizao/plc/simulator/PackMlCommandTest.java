package org.zhizao.plc.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.plc.simulator.SimulatorFixture.STATION;

import java.time.Duration;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PackML commands drive a station through the state model (ISA-TR88.00.02, OPC 30050). */
class PackMlCommandTest {

  private static final String MACHINE = STATION + "/PackMLBaseStateMachine";
  private static final String STATE = STATION + "/Status/StateCurrent";
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final int STOPPED = 2;
  private static final int IDLE = 4;
  private static final int EXECUTE = 6;
  private static final int ABORTED = 9;
  private static final int HELD = 11;

  private PlantSimulator simulator;
  private OpcUaTestClient client;

  @BeforeEach
  void start() throws Exception {
    simulator = SimulatorFixture.testPlant().build().start();
    client = OpcUaTestClient.connect(simulator);
    awaitState(EXECUTE);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    simulator.stop();
  }

  private long command(String name) throws Exception {
    return client.callStatus(MACHINE, MACHINE + "/" + name).value();
  }

  private void awaitState(int state) throws Exception {
    client.await(STATE, v -> ((Number) v).intValue() == state, PATIENCE);
  }

  @Test
  void aStoppedStationWaitsForResetAndThenForStart() throws Exception {
    assertThat(command("Stop")).isEqualTo(StatusCodes.Good);
    awaitState(STOPPED);
    assertThat(client.number(STATION + "/Admin/StopReason/ID")).isEqualTo(301);
    Thread.sleep(500); // many seconds of simulated time: it stays Stopped on its own
    assertThat(client.number(STATE)).isEqualTo(STOPPED);
    assertThat(command("Start")).as("Start is only allowed in Idle").isEqualTo(StatusCodes.Bad_InvalidState);

    assertThat(command("Reset")).isEqualTo(StatusCodes.Good);
    awaitState(IDLE);
    Thread.sleep(500);
    assertThat(client.number(STATE)).isEqualTo(IDLE);
    assertThat(command("Start")).isEqualTo(StatusCodes.Good);
    awaitState(EXECUTE);
  }

  @Test
  void aHeldStationWaitsForUnhold() throws Exception {
    long processed = client.number(STATION + "/Admin/ProdProcessedCount");
    assertThat(command("Unhold")).isEqualTo(StatusCodes.Bad_InvalidState);
    assertThat(command("Hold")).isEqualTo(StatusCodes.Good);
    awaitState(HELD);
    Thread.sleep(500);
    assertThat(client.number(STATE)).isEqualTo(HELD);
    assertThat(command("Unhold")).isEqualTo(StatusCodes.Good);
    awaitState(EXECUTE);
    client.await(STATION + "/Admin/ProdProcessedCount", v -> ((Number) v).longValue() > processed, PATIENCE);
  }

  @Test
  void anAbortedStationIsClearedToStoppedAndRestartedByResetAndStart() throws Exception {
    assertThat(command("Abort")).isEqualTo(StatusCodes.Good);
    awaitState(ABORTED);
    assertThat(command("Reset")).as("Reset is not allowed in Aborted").isEqualTo(StatusCodes.Bad_InvalidState);
    assertThat(command("Clear")).isEqualTo(StatusCodes.Good);
    awaitState(STOPPED);
    assertThat(command("Reset")).isEqualTo(StatusCodes.Good);
    awaitState(IDLE);
    assertThat(command("Start")).isEqualTo(StatusCodes.Good);
    awaitState(EXECUTE);
  }
}
