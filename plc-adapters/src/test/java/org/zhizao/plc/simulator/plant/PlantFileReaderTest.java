package org.zhizao.plc.simulator.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlantFileReaderTest {

  private static final Path DEMO_PARK =
      Path.of("..", "mes-core", "src", "main", "resources", "plant", "demo-park.yaml");

  @Test
  void theDemoParkYieldsEveryBoundDeviceAndAgv() {
    SimulatedPlant plant = PlantFileReader.read(DEMO_PARK);

    Map<DeviceTemplate, Long> byTemplate =
        plant.devices().stream()
            .collect(Collectors.groupingBy(DeviceSpec::template, Collectors.counting()));
    assertThat(byTemplate)
        .containsEntry(DeviceTemplate.CNC_MACHINE_TOOL, 7L)
        .containsEntry(DeviceTemplate.ROBOT, 16L)
        .containsEntry(DeviceTemplate.PACKML_STATION, 17L)
        .containsEntry(DeviceTemplate.ENERGY_METER, 40L);
    assertThat(plant.agvs()).hasSize(6).allSatisfy(a -> assertThat(a.maxSpeed()).isPositive());
    assertThat(plant.workshops()).hasSize(4);
  }

  @Test
  void aDeviceKeepsItsCodeRootNodeIdentificationAndRatedPower() {
    SimulatedPlant plant = PlantFileReader.read(DEMO_PARK);
    DeviceSpec cnc =
        plant.devices().stream().collect(Collectors.toMap(DeviceSpec::code, Function.identity()))
            .get("P1/F1/W1/L1/S01/CNC");

    assertThat(cnc.rootNodeId()).isEqualTo("P1/F1/W1/L1/S01/CNC");
    assertThat(cnc.stationCode()).isEqualTo("P1/F1/W1/L1/S01");
    assertThat(cnc.identification()).isEqualTo(new Identification("DMG MORI", "CLX 450", "ZZ-1001"));
    assertThat(cnc.ratedPowerKw()).isEqualTo(18);
  }

  @Test
  void stationsArePlacedInTheWorkshopFrameAtTheirCentre() {
    // docs/plant-model.md: positions are in the parent's frame, so a station adds its line's position
    WorkshopLayout w1 = PlantFileReader.read(DEMO_PARK).workshop("P1/F1/W1");
    assertThat(w1.stations().get("L1/S01")).isEqualTo(new Point(10 + 4 + 6, 20 + 6 + 5));
    assertThat(w1.paths()).containsKeys("LOOP", "AISLE");
  }

  @Test
  void malformedYamlIsReportedWithTheFileName() {
    assertThatThrownBy(() -> read("format: [unclosed"))
        .isInstanceOf(PlantFileException.class)
        .hasMessageStartingWith("broken.yaml: malformed YAML");
  }

  @Test
  void anUnknownTemplateIsReportedWithItsField() {
    String yaml = """
        format: zhizao-plant/1
        park:
          code: P1
          factories:
            - code: F1
              workshops:
                - code: W1
                  lines:
                    - code: L1
                      stations:
                        - code: S01
                          equipment:
                            - code: X
                              binding: {endpoint: 'opc.tcp://h:4840', template: lathe, rootNode: 'nsu=urn:zhizao:plant-simulator;s=X'}
        """;
    assertThatThrownBy(() -> read(yaml))
        .hasMessage("broken.yaml: park.factories[0].workshops[0].lines[0].stations[0].equipment[0]"
            + ".binding.template: unknown template 'lathe'");
  }

  @Test
  void devicesBoundToAnotherServersNamespaceAreLeftToThatServer() {
    String yaml = """
        format: zhizao-plant/1
        park:
          code: P1
          factories:
            - code: F1
              workshops:
                - code: W1
                  lines:
                    - code: L1
                      stations:
                        - code: S01
                          equipment:
                            - code: X
                              binding: {endpoint: 'opc.tcp://real:4840', template: robot, rootNode: 'nsu=urn:vendor;s=R1'}
        """;
    assertThat(read(yaml).devices()).isEmpty();
  }

  private static SimulatedPlant read(String yaml) {
    return PlantFileReader.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "broken.yaml");
  }
}
