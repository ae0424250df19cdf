package org.zhizao.mes.plant.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.plant.PlantFixture;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;

/** The plant endpoints over HTTP, on the demo park that the demo profile loads at start-up. */
@MesTest
class PlantApiTest {

    @LocalServerPort
    int port;

    private Api as(String user) {
        return Api.local(port).as(user);
    }

    @Test
    void theTreeShowsTheDemoParkDownToItsEquipment() {
        JsonNode park = as("operator").get("/api/plant").json();
        assertThat(park.get("code").asText()).isEqualTo("P1");
        assertThat(park.get("factories")).isNull();
        JsonNode line = park.at("/children/0/children/0/children/0");
        assertThat(line.get("code").asText()).isEqualTo("P1/F1/W1/L1");
        assertThat(line.at("/children/0/children/0/code").asText()).isEqualTo("P1/F1/W1/L1/S01/CNC");
    }

    @Test
    void aTierLimitedTreeStopsAtTheRequestedDepth() {
        JsonNode park = as("manager").get("/api/plant?depth=3").json();
        JsonNode workshop = park.at("/children/1/children/0");
        assertThat(workshop.get("code").asText()).isEqualTo("P1/F2/W1");
        assertThat(workshop.get("type").asText()).isEqualTo("ASSEMBLY");
        assertThat(workshop.has("children")).isFalse();
    }

    @Test
    void aDepthBeyondTheTiersIsRejected() {
        Api.Response response = as("manager").get("/api/plant?depth=9");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("depth");
    }

    @Test
    void anElementIsFoundByItsFullCodeWithItsBindingAndWorldPosition() {
        JsonNode cnc = as("inspector").get("/api/plant/elements?code=P1/F1/W1/L1/S01/CNC").json();
        assertThat(cnc.get("kind").asText()).isEqualTo("EQUIPMENT");
        assertThat(cnc.at("/binding/template").asText()).isEqualTo("CNC_MACHINE_TOOL");
        assertThat(cnc.at("/binding/rootNode").asText()).isEqualTo("nsu=urn:zhizao:plant-simulator;s=P1/F1/W1/L1/S01/CNC");
        assertThat(cnc.get("ratedPowerKw").asDouble()).isEqualTo(18);
        JsonNode station = as("inspector").get("/api/plant/elements?code=P1/F1/W1/L1/S01").json();
        assertThat(station.at("/world/x").asDouble()).isEqualTo(64);
        assertThat(station.get("maintenance")).hasSize(1);
    }

    @Test
    void anUnknownElementCodeIsNotFound() {
        Api.Response response = as("operator").get("/api/plant/elements?code=P1/F9/W1");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("P1/F9/W1");
    }

    @Test
    void stationsAreFilteredByOperationTypeAndPaged() {
        JsonNode page = as("supervisor").get("/api/plant/stations?operation=WELDING&size=2&page=1").json();
        assertThat(page.get("totalElements").asInt()).isGreaterThan(2);
        assertThat(page.get("content")).hasSize(2);
        page.get("content").forEach(s -> assertThat(s.get("operations").toString()).contains("WELDING"));
        JsonNode line = as("supervisor").get("/api/plant/stations?line=P1/F1/W1/L2&size=50").json();
        assertThat(line.get("totalElements").asInt()).isEqualTo(5);
    }

    @Test
    void theLayoutPlacesEveryElementIncludingAgvsAndPaths() {
        JsonNode layout = as("operator").get("/api/plant/layout").json();
        List<String> kinds = new ArrayList<>();
        layout.get("elements").forEach(e -> kinds.add(e.get("kind").asText()));
        assertThat(kinds).contains("PARK", "FACTORY", "WORKSHOP", "LINE", "STATION", "AGV", "AGV_PATH");
        assertThat(kinds.stream().filter("STATION"::equals)).hasSize(40);
        assertThat(kinds.stream().filter("AGV"::equals)).hasSize(6);
        JsonNode loop = layout.get("elements").findParents("code").stream()
                .filter(e -> e.get("code").asText().equals("P1/F1/W1/LOOP")).findFirst().orElseThrow();
        assertThat(loop.get("waypoints")).hasSize(5);
        assertThat(loop.at("/world/x").asDouble()).isEqualTo(50);
    }

    @Test
    void aStationsAvailabilityLeavesOutItsPlannedMaintenance() {
        JsonNode day = as("operator").get("/api/plant/calendars/availability?code=P1/F1/W1/L1/S01"
                + "&from=2027-01-09T00:00:00%2B08:00&to=2027-01-10T00:00:00%2B08:00").json();
        // 24 h minus breaks 02:00, 18:00 (30 min each; the 10:00 break lies in the maintenance) minus 06:00-14:00
        assertThat(day.get("availableMinutes").asLong()).isEqualTo(24 * 60 - 60 - 8 * 60);
        assertThat(day.get("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(day.get("intervals")).hasSize(4);
    }

    @Test
    void theCalendarsListTheirShiftsBreaksAndZone() {
        JsonNode calendars = as("operator").get("/api/plant/calendars").json();
        assertThat(calendars).hasSize(2);
        JsonNode threeShifts = calendars.get(0);
        assertThat(threeShifts.get("code").asText()).isEqualTo("THREE-SHIFT");
        assertThat(threeShifts.get("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(threeShifts.at("/shifts/2/start").asText()).startsWith("22:00");
        assertThat(threeShifts.at("/shifts/2/breaks/0/start").asText()).startsWith("02:00");
        assertThat(threeShifts.get("holidays").get(0).asText()).isEqualTo("2027-01-01");
    }

    @Test
    void anAvailabilityRangeThatEndsBeforeItStartsIsRejected() {
        Api.Response response = as("operator").get("/api/plant/calendars/availability?code=P1/F1/W1"
                + "&from=2027-01-10T00:00:00Z&to=2027-01-09T00:00:00Z");
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void anAdministratorsImportReplacesThePlantModelAndIsAudited() {
        String renamed = PlantFixture.demoWith("en: Suzhou Zhizao Industrial Park", "en: Suzhou Smart Park");
        try {
            Api.Response response = as("admin").postRaw("/api/plant/import?file=renamed.yaml", renamed,
                    "application/yaml");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("stations").asInt()).isEqualTo(40);
            assertThat(response.json().get("agvs").asInt()).isEqualTo(6);
            assertThat(as("operator").get("/api/plant?depth=1").json().at("/name/en").asText())
                    .isEqualTo("Suzhou Smart Park");
            JsonNode audit = as("manager").get("/api/audit?subjectType=PLANT&subjectId=P1").json().get("content");
            JsonNode last = audit.get(audit.size() - 1);
            assertThat(last.get("actor").asText()).isEqualTo("admin");
            assertThat(last.get("action").asText()).isEqualTo("IMPORT");
            assertThat(last.get("reason").asText()).contains("renamed.yaml", "40 stations");
        } finally {
            as("admin").postRaw("/api/plant/import?file=demo-park.yaml", PlantFixture.demoYaml(), "application/yaml");
        }
        assertThat(as("operator").get("/api/plant?depth=1").json().at("/name/en").asText())
                .isEqualTo("Suzhou Zhizao Industrial Park");
    }

    @Test
    void aSupervisorMayNotImportAPlantFile() {
        Api.Response response = as("supervisor").postRaw("/api/plant/import", PlantFixture.demoYaml(), "text/plain");
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aBrokenPlantFileIsRejectedWithEveryProblemAndChangesNothing() {
        String before = as("admin").get("/api/plant/export").body();
        String broken = PlantFixture.demoWith("type: CNC_CELL", "type: LASER_CELL")
                .replace("template: agv, ", "");
        Api.Response response = as("admin").postRaw("/api/plant/import?file=broken.yaml", broken, "application/yaml");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> errors = new ArrayList<>();
        response.json().get("errors").forEach(e -> errors.add(e.asText()));
        assertThat(errors).hasSize(1 + 6);
        assertThat(errors.get(0)).startsWith("broken.yaml:" + PlantFixture.demoLineOf("type: CNC_CELL")
                + ": park.factories[0].workshops[0].lines[0].stations[0].type: unknown type 'LASER_CELL'");
        assertThat(as("admin").get("/api/plant/export").body()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotYamlIsRejectedWithTheLineOfTheSyntaxError() {
        Api.Response response = as("admin").postRaw("/api/plant/import", "format: zhizao-plant/1\npark: {code: [P1\n",
                "text/plain");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).asText()).startsWith("plant.yaml:3: (syntax): not valid YAML");
    }

    @Test
    void theExportIsAPlantFileThatImportsAgain() {
        Api.Response export = as("manager").get("/api/plant/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/yaml");
        assertThat(export.body()).startsWith("# Zhizao MES plant model").contains("format: zhizao-plant/1");
        Api.Response again = as("admin").postRaw("/api/plant/import?file=export.yaml", export.body(),
                "application/yaml");
        assertThat(again.status()).isEqualTo(200);
        assertThat(as("admin").get("/api/plant/export").body()).isEqualTo(export.body());
    }
}
