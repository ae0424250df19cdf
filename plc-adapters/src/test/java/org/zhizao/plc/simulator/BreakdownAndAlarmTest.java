package org.zhizao.plc.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.plc.simulator.SimulatorFixture.CNC;
import static org.zhizao.plc.simulator.SimulatorFixture.ROBOT;
import static org.zhizao.plc.simulator.SimulatorFixture.STATION;

import java.time.Duration;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Breakdowns show as alarms and states the way each companion specification expects. */
class BreakdownAndAlarmTest {

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static PlantSimulator simulator;
  private static OpcUaTestClient client;

  @BeforeAll
  static void start() throws Exception {
    simulator = SimulatorFixture.testPlant().build().start();
    client = OpcUaTestClient.connect(simulator);
  }

  @AfterAll
  static void stop() throws Exception {
    client.close();
    simulator.stop();
  }

  @Test
  void aBrokenDownMachineToolIsOutOfServiceWithAnAlarmUntilRepaired() throws Exception {
    long raised = client.number(CNC + "/Alarms/AlarmsRaised");
    simulator.faults().breakDown(CNC);

    client.await(CNC + "/Alarms/Active", Boolean.TRUE::equals, PATIENCE);
    assertThat(client.number(CNC + "/Alarms/Severity")).isEqualTo(800);
    assertThat((String) client.value(CNC + "/Alarms/Message")).isNotBlank();
    assertThat((String) client.value(CNC + "/Alarms/Code")).startsWith("E");
    assertThat(client.number(CNC + "/Alarms/AlarmsRaised")).isEqualTo(raised + 1);
    // OPC 40001-1: OutOfService while broken down, operation mode Maintenance during the repair
    assertThat(client.number(CNC + "/MachineryItemState/CurrentState/Number")).isEqualTo(1);
    assertThat(client.value(CNC + "/MachineryOperationMode/CurrentState"))
        .isEqualTo(LocalizedText.english("Maintenance"));

    simulator.faults().repair(CNC);
    client.await(CNC + "/Alarms/Active", Boolean.FALSE::equals, PATIENCE);
    assertThat(client.number(CNC + "/Alarms/Severity")).isZero();
    assertThat(client.number(CNC + "/MachineryItemState/CurrentState/Number")).isEqualTo(2);
    assertThat(client.number(CNC + "/Alarms/AlarmsRaised")).as("monotonic").isEqualTo(raised + 1);
  }

  @Test
  void aClientInAnotherProcessBreaksAMachineDownAndRepairsItThroughTheSimulationMethods() throws Exception {
    // the simulator's own methods, so a test that runs the simulator inside a server can still inject faults
    assertThat(client.callStatus(CNC + "/Simulation", CNC + "/Simulation/BreakDown").isGood()).isTrue();
    client.await(CNC + "/Alarms/Active", Boolean.TRUE::equals, PATIENCE);
    assertThat(client.number(CNC + "/MachineryItemState/CurrentState/Number")).isEqualTo(1);

    assertThat(client.callStatus(CNC + "/Simulation", CNC + "/Simulation/Repair").isGood()).isTrue();
    client.await(CNC + "/Alarms/Active", Boolean.FALSE::equals, PATIENCE);
  }

  @Test
  void aRobotInProtectiveStopIsOutOfServiceInManualMode() throws Exception {
    client.await(ROBOT + "/Controllers/Controller/ParameterSet/CycleCounter", v -> ((Number) v).longValue() > 0, PATIENCE);
    simulator.faults().breakDown(ROBOT);

    // OPC 40010-1: the safety state shows the protective stop and a manual operational mode
    client.await(ROBOT + "/SafetyStates/SafetyState/ParameterSet/ProtectiveStop", Boolean.TRUE::equals, PATIENCE);
    assertThat(client.number(ROBOT + "/SafetyStates/SafetyState/ParameterSet/OperationalMode")).isEqualTo(1);
    assertThat(client.value(ROBOT + "/MachineryItemState/CurrentState"))
        .isEqualTo(LocalizedText.english("OutOfService"));
    long cycles = client.number(ROBOT + "/Controllers/Controller/ParameterSet/CycleCounter");
    Thread.sleep(500);
    assertThat(client.number(ROBOT + "/Controllers/Controller/ParameterSet/CycleCounter"))
        .as("no cycles while stopped").isEqualTo(cycles);

    simulator.faults().repair(ROBOT);
    client.await(ROBOT + "/MachineryItemState/CurrentState", LocalizedText.english("Executing")::equals, PATIENCE);
    assertThat(client.number(ROBOT + "/SafetyStates/SafetyState/ParameterSet/OperationalMode")).isEqualTo(3);
  }

  @Test
  void aPackMlStationAbortsOnABreakdownAndComesBackThroughClearingToExecute() throws Exception {
    String state = STATION + "/Status/StateCurrent";
    client.await(state, v -> ((Number) v).intValue() == 6, PATIENCE); // Execute (ISA-TR88)
    long processed = client.number(STATION + "/Admin/ProdProcessedCount");
    assertThat(client.number(STATION + "/Status/CurMachSpeed")).isPositive();

    simulator.faults().breakDown(STATION);
    client.await(state, v -> ((Number) v).intValue() == 9, PATIENCE); // Aborted
    assertThat(client.number(STATION + "/Admin/StopReason/ID")).isEqualTo(900);
    assertThat(client.value(STATION + "/PackMLBaseStateMachine/CurrentState"))
        .isEqualTo(LocalizedText.english("Aborted"));
    assertThat(client.value(STATION + "/Alarms/Active")).isEqualTo(true);

    simulator.faults().repair(STATION);
    client.await(state, v -> ((Number) v).intValue() == 6, PATIENCE);
    client.await(STATION + "/Admin/ProdProcessedCount", v -> ((Number) v).longValue() > processed, PATIENCE);
    assertThat(client.number(STATION + "/Admin/StopReason/ID")).isZero();
  }

  @Test
  void theEnergyMeterMeasuresItsStationAndItsEnergyNeverFalls() throws Exception {
    String meter = SimulatorFixture.METER + "/Monitoring/";
    double before = ((Number) client.value(meter + "ActiveEnergy")).doubleValue();
    client.await(meter + "ActiveEnergy", v -> ((Number) v).doubleValue() > before, PATIENCE);

    // freeze both so the two readings come from the same simulated instant
    simulator.faults().freeze(CNC);
    simulator.faults().freeze(SimulatorFixture.METER);
    try {
      Thread.sleep(300);
      double cncPower = ((Number) client.value(CNC + "/Monitoring/ActivePower")).doubleValue();
      double meterPower = ((Number) client.value(meter + "ActivePower")).doubleValue();
      // the meter adds the station's auxiliary load (0.4 kW, 5 % noise) to the CNC machine's draw
      assertThat(meterPower - cncPower).isBetween(0.3, 0.5);
    } finally {
      simulator.faults().unfreeze(CNC);
      simulator.faults().unfreeze(SimulatorFixture.METER);
    }
  }
}
