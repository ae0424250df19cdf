package org.zhizao.mes.plant.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.zhizao.mes.plant.PlantFixture.demoLineOf;
import static org.zhizao.mes.plant.PlantFixture.demoWith;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhizao.mes.shared.domain.InvalidInput;

/** One test per validation rule of docs/plant-model.md; each breaks one thing in the demo park. */
class PlantYamlReaderTest {

    private static final String STATION = "park.factories[0].workshops[0].lines[0].stations[0]";
    private static final String CNC = STATION + ".equipment[0]";
    private static final String CNC_ROOT = "'nsu=urn:zhizao:plant-simulator;s=P1/F1/W1/L1/S01/CNC'";

    private static List<String> problemsOf(String yaml) {
        InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> PlantYamlReader.read("demo-park.yaml", yaml));
        assertThat(invalid).as("the file should be rejected").isNotNull();
        return invalid.errors();
    }

    private static String at(String text, String field) {
        return "demo-park.yaml:" + demoLineOf(text) + ": " + field + ": ";
    }

    @Test
    void malformedYamlIsReportedWithTheLineOfTheSyntaxError() {
        String broken = "name: {zh: 苏州智造产业园, en: Suzhou Zhizao Industrial Park}";
        List<String> problems = problemsOf(demoWith(broken, "name: {zh: 苏州智造产业园, en: [Suzhou}"));
        assertThat(problems).singleElement().asString()
                .startsWith("demo-park.yaml:" + demoLineOf(broken) + ": (syntax): not valid YAML");
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThat(problemsOf("# nothing here\n")).containsExactly("demo-park.yaml:1: (file): the file is empty");
    }

    @Test
    void aFileOfAnotherFormatIsRejected() {
        assertThat(problemsOf(demoWith("format: zhizao-plant/1", "format: zhizao-plant/9")))
                .containsExactly(at("format: zhizao-plant/1", "format") + "expected 'zhizao-plant/1', found 'zhizao-plant/9'");
    }

    @Test
    void aBindingWithoutItsTemplateIsRejectedNamingTheField() {
        String binding = "binding: {endpoint: 'opc.tcp://localhost:4840/zhizao', template: cnc-machine-tool, ";
        assertThat(problemsOf(demoWith(binding, "binding: {endpoint: 'opc.tcp://localhost:4840/zhizao', ")))
                .containsExactly(at(binding, CNC + ".binding.template") + "required field is missing");
    }

    @Test
    void twoSiblingsWithTheSameCodeAreRejected() {
        assertThat(problemsOf(demoWith("- code: S02", "- code: S01")))
                .containsExactly(at("- code: S02", "park.factories[0].workshops[0].lines[0].stations[1].code")
                        + "duplicate code P1/F1/W1/L1/S01");
    }

    @Test
    void anUnknownStationTypeIsRejected() {
        assertThat(problemsOf(demoWith("type: CNC_CELL", "type: LASER_CELL"))).singleElement().asString()
                .startsWith(at("type: CNC_CELL", STATION + ".type") + "unknown type 'LASER_CELL'");
    }

    @Test
    void aWorkshopWithAnUnknownCalendarIsRejected() {
        assertThat(problemsOf(demoWith("calendar: THREE-SHIFT", "calendar: FOUR-SHIFT"))).singleElement().asString()
                .startsWith(at("calendar: THREE-SHIFT", "park.factories[0].workshops[0].calendar")
                        + "unknown calendar 'FOUR-SHIFT'");
    }

    @Test
    void anAgvOnAnUnknownPathIsRejected() {
        assertThat(problemsOf(demoWith("homePath: LOOP", "homePath: RING"))).singleElement().asString()
                .startsWith(at("homePath: LOOP", "park.factories[0].workshops[0].agvs[0].homePath")
                        + "unknown path 'RING'");
    }

    @Test
    void aStationOutsideItsLineIsRejected() {
        assertThat(problemsOf(demoWith("position: {x: 4, y: 6, z: 0}", "position: {x: 84, y: 6, z: 0}")))
                .singleElement().asString()
                .startsWith(at("position: {x: 4, y: 6, z: 0}", STATION + ".position")
                        + "lies outside its parent P1/F1/W1/L1");
    }

    @Test
    void aStationWithoutWidthIsRejected() {
        assertThat(problemsOf(demoWith("size: {x: 12, y: 10, z: 4}", "size: {x: 0, y: 10, z: 4}")))
                .containsExactly(at("size: {x: 12, y: 10, z: 4}", STATION + ".size")
                        + "every extent must be greater than 0, found (0, 10, 4)");
    }

    @Test
    void anEndpointThatIsNotOpcTcpIsRejected() {
        String endpoint = "endpoint: 'opc.tcp://localhost:4840/zhizao'";
        assertThat(problemsOf(demoWith(endpoint, "endpoint: 'http://localhost:4840/zhizao'")))
                .singleElement().asString().startsWith(at(endpoint, CNC + ".binding.endpoint") + "'http://");
    }

    @Test
    void aRootNodeWithANamespaceIndexInsteadOfItsUriIsRejected() {
        assertThat(problemsOf(demoWith(CNC_ROOT, "'ns=2;s=P1/F1/W1/L1/S01/CNC'"))).singleElement().asString()
                .startsWith(at(CNC_ROOT, CNC + ".binding.rootNode") + "'ns=2;s=P1/F1/W1/L1/S01/CNC' is not a node id");
    }

    @Test
    void anUnknownDeviceTemplateIsRejected() {
        assertThat(problemsOf(demoWith("template: cnc-machine-tool", "template: lathe"))).singleElement().asString()
                .startsWith(at("template: cnc-machine-tool", CNC + ".binding.template") + "unknown device template");
    }

    @Test
    void maintenanceThatEndsBeforeItStartsIsRejected() {
        String end = "end: '2027-01-09T14:00:00+08:00'";
        assertThat(problemsOf(demoWith(end, "end: '2027-01-09T05:00:00+08:00'"))).singleElement().asString()
                .startsWith(at(end, STATION + ".maintenance[0].end") + "maintenance ends at 2027-01-08T21:00:00Z");
    }

    @Test
    void aNumberGivenAsWordsIsRejected() {
        assertThat(problemsOf(demoWith("size: {x: 600, y: 400, z: 30}", "size: {x: wide, y: 400, z: 30}")))
                .containsExactly(at("size: {x: 600, y: 400, z: 30}", "park.size.x") + "expected a number, found 'wide'");
    }

    @Test
    void aListGivenAsASingleValueIsRejected() {
        assertThat(problemsOf(demoWith("operations: [TURNING]", "operations: TURNING"))).singleElement().asString()
                .startsWith(at("operations: [TURNING]", STATION + ".operations") + "expected a list");
    }

    @Test
    void aFieldThatIsNotPartOfTheFormatIsRejected() {
        assertThat(problemsOf(demoWith("  code: P1\n", "  code: P1\n  colour: red\n"))).singleElement().asString()
                .startsWith("demo-park.yaml:" + (demoLineOf("  code: P1\n") + 1) + ": park.colour: unknown field");
    }

    @Test
    void aWaypointOutsideItsWorkshopIsRejected() {
        assertThat(problemsOf(demoWith("- {x: 105, y: 5}", "- {x: 150, y: 5}"))).singleElement().asString()
                .startsWith(at("- {x: 105, y: 5}", "park.factories[0].workshops[0].paths[0].waypoints[1]")
                        + "waypoint (150, 5) lies outside its workshop P1/F1/W1");
    }

    @Test
    void aBreakOutsideItsShiftIsRejected() {
        String shift = "breaks: [{start: '10:00', end: '10:30'}]";
        assertThat(problemsOf(demoWith(shift, "breaks: [{start: '15:00', end: '15:30'}]"))).singleElement()
                .asString().startsWith(at(shift, "calendars[0].shifts[0].breaks[0]") + "break 15:00-15:30");
    }

    @Test
    void anUnknownTimeZoneIsRejected() {
        String name = "name: {zh: 三班制, en: Three shifts}";
        assertThat(problemsOf(demoWith(name, name + "\n    zone: Mars/Olympus"))).singleElement().asString()
                .startsWith("demo-park.yaml:" + (demoLineOf(name) + 1) + ": calendars[0].zone: unknown time zone");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        String yaml = demoWith("type: CNC_CELL", "type: LASER_CELL")
                .replace("homePath: LOOP", "homePath: RING")
                .replace("calendar: TWO-SHIFT", "calendar: NIGHTS");
        assertThat(problemsOf(yaml)).hasSize(1 + 6 + 2);
    }
}
