package org.zhizao.plc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * node-opcua, an OPC UA stack independent of Milo, browses, reads and subscribes to the simulator:
 * evidence that the simulator speaks the standard, not just what a Milo client tolerates.
 */
class NodeOpcuaClientInteropTest {

  @Test
  void aNodeOpcuaClientBrowsesReadsAndSubscribesToTheSimulator() throws Exception {
    List<String> out;
    try (PlantSimulator simulator = SimulatorFixture.testPlant().build().start()) {
      out = NodeOpcuaClient.run(simulator.endpointUrl(), SimulatorFixture.ROBOT, 3);
    }
    String all = String.join("\n", out);
    assertThat(out).as(all).contains("DONE");
    // OPC 10000-4 §5.8.2 Browse: the plant folders lead from Objects down to the robot
    assertThat(line(out, "BROWSE Objects ")).contains("P1");
    assertThat(line(out, "BROWSE Objects/P1/F1/W1/L1/S02 ")).contains("ROB");
    assertThat(line(out, "BROWSE Objects/P1/F1/W1/L1/S02/ROB "))
        .contains("Identification", "MachineryItemState", "Controllers", "SafetyStates", "Monitoring");
    // OPC 10000-4 §5.10.2 Read
    assertThat(out).contains(
        "READ Identification/SerialNumber Good ZZ-1003",
        "READ MachineryItemState/CurrentState Good Executing",
        "READ Monitoring/ActivePower/EngineeringUnits Good kW");
    // OPC 10000-4 §5.12/§5.13: data changes arrive for the subscribed counter, increasing
    List<Long> cycles =
        out.stream()
            .filter(l -> l.startsWith("CHANGE Controllers/Controller/ParameterSet/CycleCounter "))
            .map(l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1)))
            .toList();
    assertThat(cycles).as(all).hasSizeGreaterThanOrEqualTo(3).isSorted();
    assertThat(out.stream().filter(l -> l.startsWith("CHANGE Monitoring/ActivePower "))).hasSizeGreaterThan(3);
  }

  private static String line(List<String> out, String prefix) {
    return out.stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("(missing " + prefix + ")");
  }
}
