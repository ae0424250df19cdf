package org.zhizao.plc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The address space the simulator serves is the one docs/opcua-mapping.md documents: every path of
 * every template table exists under a device of that template, and the plant folders lead to it.
 */
class DocumentedAddressSpaceTest {

  private static final Map<String, String> DEVICE_OF_TEMPLATE =
      Map.of(
          "cnc-machine-tool", SimulatorFixture.CNC,
          "robot", SimulatorFixture.ROBOT,
          "packml-station", SimulatorFixture.STATION,
          "energy-meter", SimulatorFixture.METER,
          "agv", SimulatorFixture.AGV);

  private static final Map<String, NodeId> DATA_TYPES =
      Map.of(
          "Boolean", NodeIds.Boolean,
          "Int32", NodeIds.Int32,
          "UInt16", NodeIds.UInt16,
          "UInt32", NodeIds.UInt32,
          "Double", NodeIds.Double,
          "String", NodeIds.String,
          "LocalizedText", NodeIds.LocalizedText,
          "NodeId", NodeIds.NodeId);

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
  void plantFoldersUnderObjectsLeadToEachDevice() throws Exception {
    // docs/opcua-mapping.md: a folder per plant level under Objects, devices in their station folder
    assertThat(client.children(NodeIds.ObjectsFolder)).contains("P1");
    assertThat(client.children("P1")).containsExactly("F1");
    assertThat(client.children("P1/F1/W1")).containsExactlyInAnyOrder("L1", "AGV1");
    assertThat(client.children("P1/F1/W1/L1/S01")).containsExactlyInAnyOrder("CNC", "EM");
  }

  @Test
  void everyDocumentedNodeExistsUnderADeviceOfItsTemplate() throws Exception {
    assertThat(DocumentedPaths.read().keySet()).containsAll(DEVICE_OF_TEMPLATE.keySet());
    List<String> missing = new ArrayList<>();
    for (var device : DEVICE_OF_TEMPLATE.entrySet()) {
      for (DocumentedPaths.Entry entry : DocumentedPaths.of(device.getKey())) {
        DataValue name = client.readAttribute(device.getValue() + "/" + entry.path(), AttributeId.BrowseName);
        if (!name.getStatusCode().isGood()) {
          missing.add(device.getKey() + ": " + entry.path());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyDocumentedVariableHasTheDocumentedDataType() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (var device : DEVICE_OF_TEMPLATE.entrySet()) {
      for (DocumentedPaths.Entry entry : DocumentedPaths.of(device.getKey())) {
        if (entry.isMethod()) {
          continue;
        }
        NodeId expected = DATA_TYPES.get(entry.type());
        Object actual =
            client.readAttribute(device.getValue() + "/" + entry.path(), AttributeId.DataType).getValue().value();
        if (!expected.equals(actual)) {
          wrong.add(device.getKey() + ": " + entry.path() + " is " + actual + ", documented " + entry.type());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void identificationComesFromThePlantFile() throws Exception {
    assertThat(client.value(SimulatorFixture.node(SimulatorFixture.CNC, "Identification/SerialNumber")))
        .isEqualTo("ZZ-1001");
    assertThat(client.value(SimulatorFixture.node(SimulatorFixture.ROBOT, "Identification/Manufacturer")))
        .isEqualTo(LocalizedText.english("KUKA"));
  }
}
