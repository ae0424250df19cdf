package org.zhizao.plc.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MappingLoaderTest {

  private static final String HEADER = "format: zhizao-opcua-mapping/1\n";

  @Test
  void aCompleteFileLoadsEndpointsTemplatesAndDevices() {
    AdapterConfig config = MappingLoader.parse("plant.yaml", HEADER + """
        endpoints:
          - url: 'opc.tcp://10.0.0.5:4840/cnc'
            securityPolicy: Basic256Sha256
            securityMode: SignAndEncrypt
            username: mes
            password: secret
            publishingInterval: 500
        templates:
          - name: fanuc-lathe
            namespaces: {mt: 'http://opcfoundation.org/UA/MachineTool/'}
            signals:
              partsTotal: {path: 'mt:Production/PartsProduced', type: integer, counter: true, counterBits: 16}
              spindleSpeed: {node: 'nsu=urn:fanuc;s=Spindle.Speed', type: number, unit: rpm, scale: 0.1, deadband: {percent: 2}, sampling: 100, queueSize: 5}
            methods:
              startJob: {path: 'mt:Production/JobManagement/Start'}
        devices:
          - {device: P1/F1/W1/L1/S01/CNC, endpoint: 'opc.tcp://10.0.0.5:4840/cnc', template: fanuc-lathe, rootNode: 'nsu=urn:fanuc;s=Machine'}
        """).requireNoProblems();
    EndpointSettings endpoint = config.endpointFor("opc.tcp://10.0.0.5:4840/cnc");
    assertThat(endpoint.securityPolicy()).isEqualTo("Basic256Sha256");
    assertThat(endpoint.username()).isEqualTo("mes");
    assertThat(endpoint.toString()).doesNotContain("secret");
    SignalMapping speed = config.templates().get("fanuc-lathe").signals().get("spindleSpeed");
    assertThat(speed.deadband()).isEqualTo(new Deadband(Deadband.Kind.PERCENT, 2));
    assertThat(speed.scale()).isEqualTo(0.1);
    assertThat(config.templates().get("fanuc-lathe").signals().get("partsTotal").counterBits()).isEqualTo(16);
    assertThat(config.devices()).singleElement().extracting(DeviceBinding::template).isEqualTo("fanuc-lathe");
    assertThat(config.templates()).containsKeys("cnc-machine-tool", "robot", "packml-station", "energy-meter", "agv");
  }

  @Test
  void aNamespaceIndexIsRefusedBecauseServersMayRenumberNamespaces() {
    // OPC 10000-3 §8.2.2: only the namespace URI identifies a namespace across sessions
    AdapterConfig config = MappingLoader.parse("t.yaml", HEADER + """
        templates:
          - name: t
            signals:
              speed: {node: 'ns=2;s=Spindle.Speed', type: number}
        """);
    assertThat(config.problems()).singleElement().hasToString(
        "t.yaml:5: templates[0].signals.speed.node: 'ns=2;s=Spindle.Speed' uses a namespace index;"
            + " write the namespace URI instead (nsu=<uri>;s=<id>)");
  }

  @Test
  void everyProblemNamesFileLineAndFieldAndOnlyTheBadPartIsDropped() {
    AdapterConfig config = MappingLoader.parse("cell.yaml", HEADER + """
        templates:
          - name: cell
            signals:
              good:  {path: A/B, type: number}
              typo:  {path: A/C, type: nummber}
              both:  {path: A/D, node: 'nsu=urn:x;s=D'}
              alias: {path: 'zz:A/E'}
              band:  {path: A/F, deadband: {percent: 150}}
        devices:
          - {device: D1, endpoint: 'opc.tcp://h:4840', template: cell, rootNode: 'nsu=urn:x;s=R'}
          - {device: D2, endpoint: 'opc.tcp://h:4840', template: nope, rootNode: 'nsu=urn:x;s=R'}
          - {device: D3, endpoint: 'opc.tcp://h:4840', template: cell, rootNode: 'ns=2;s=R'}
          - {endpoint: 'opc.tcp://h:4840', template: cell, rootNode: 'nsu=urn:x;s=R'}
        """);
    assertThat(config.problems()).extracting(MappingProblem::toString).containsExactly(
        "cell.yaml:6: templates[0].signals.typo.type: unknown type 'nummber' (any, boolean, integer, number, string)",
        "cell.yaml:7: templates[0].signals.both: give exactly one of path and node",
        "cell.yaml:8: templates[0].signals.alias.path: namespace alias 'zz' is not declared in the template's namespaces",
        "cell.yaml:9: templates[0].signals.band.deadband.percent: must be >= 0 (and <= 100 for percent)",
        "cell.yaml:13: devices[2].rootNode: 'ns=2;s=R' is not a node id with namespace URI (nsu=<uri>;s=<id>)",
        "cell.yaml:14: devices[3].device: required field is missing",
        "cell.yaml:12: devices[1].template: unknown template 'nope' (known: agv, cell, cnc-machine-tool, energy-meter, packml-station, robot)");
    assertThat(config.templates().get("cell").signals()).containsOnlyKeys("good");
    assertThat(config.devices()).extracting(DeviceBinding::device).containsExactly("D1");
  }

  @Test
  void malformedYamlIsReportedWithItsLine() {
    AdapterConfig config = MappingLoader.parse("broken.yaml", HEADER + "devices:\n  - device: [unclosed\n");
    assertThat(config.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("broken.yaml");
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.message()).startsWith("not valid YAML");
    });
  }

  @Test
  void aFileWithoutTheFormatMarkerIsRefused() {
    AdapterConfig config = MappingLoader.parse("plant.yaml", "format: zhizao-plant/1\npark: {}\n");
    assertThat(config.problems()).extracting(MappingProblem::toString).contains(
        "plant.yaml:1: format: expected 'zhizao-opcua-mapping/1'");
    assertThatThrownBy(config::requireNoProblems).isInstanceOf(MappingException.class)
        .hasMessageContaining("plant.yaml:1");
  }
}
