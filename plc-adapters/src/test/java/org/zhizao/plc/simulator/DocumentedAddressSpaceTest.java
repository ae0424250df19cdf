package org.zhizao.plc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The address space the simulator serves is the one docs/opcua-mapping.md documents: every path of
 * every template table exists under a device of that template, and the plant folders lead to it.
 */
class DocumentedAddressSpaceTest {

  private static final Path DOC = Path.of("..", "docs", "opcua-mapping.md");
  private static final Map<String, String> DEVICE_OF_TEMPLATE =
      Map.of(
          "cnc-machine-tool", SimulatorFixture.CNC,
          "robot", SimulatorFixture.ROBOT,
          "packml-station", SimulatorFixture.STATION,
          "energy-meter", SimulatorFixture.METER,
          "agv", SimulatorFixture.AGV);

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
    Map<String, List<String>> documented = documentedPaths();
    assertThat(documented.keySet()).containsAll(DEVICE_OF_TEMPLATE.keySet());
    List<String> missing = new ArrayList<>();
    for (var entry : documented.entrySet()) {
      String device = DEVICE_OF_TEMPLATE.get(entry.getKey());
      List<String> paths = new ArrayList<>(entry.getValue());
      paths.addAll(documented.get("shared"));
      if (entry.getKey().equals("energy-meter")) {
        paths.removeIf(p -> p.startsWith("Alarms/"));
      }
      if (device == null) {
        continue;
      }
      for (String path : paths) {
        DataValue name = client.readAttribute(device + "/" + path, AttributeId.BrowseName);
        if (!name.getStatusCode().isGood()) {
          missing.add(entry.getKey() + ": " + path);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void identificationComesFromThePlantFile() throws Exception {
    assertThat(client.value(SimulatorFixture.node(SimulatorFixture.CNC, "Identification/SerialNumber")))
        .isEqualTo("ZZ-1001");
    assertThat(client.value(SimulatorFixture.node(SimulatorFixture.ROBOT, "Identification/Manufacturer")))
        .isEqualTo(LocalizedText.english("KUKA"));
  }

  /** Template (or "shared") to the relative paths its table lists. */
  private static Map<String, List<String>> documentedPaths() throws Exception {
    String doc = Files.readString(DOC);
    String section = doc.substring(doc.indexOf("## Simulator address space"));
    Map<String, List<String>> paths = new LinkedHashMap<>();
    String current = null;
    Pattern code = Pattern.compile("`([^`]+)`");
    for (String line : section.split("\n")) {
      if (line.startsWith("### ")) {
        Matcher m = code.matcher(line);
        current = line.contains("Shared by the templates") ? "shared" : m.find() ? m.group(1) : null;
        if (current != null) {
          paths.put(current, new ArrayList<>());
        }
      } else if (current != null && line.startsWith("| `")) {
        String firstCell = line.split("\\|")[1];
        Matcher m = code.matcher(firstCell);
        String base = null;
        while (m.find()) {
          String token = m.group(1);
          if (token.startsWith("/")) {
            paths.get(current).add(base + token);
          } else {
            base = token;
            paths.get(current).add(token);
          }
        }
      }
    }
    return paths;
  }
}
