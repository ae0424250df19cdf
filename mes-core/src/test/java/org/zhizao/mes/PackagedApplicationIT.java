package org.zhizao.mes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.Browser;
import org.zhizao.mes.support.PackagedApplication;
import org.zhizao.mes.support.PostgresServer;

/**
 * The packaged server as an administrator runs it: a production order goes all the way through over
 * HTTP, and everything is still there after a restart; the web UI serves in production mode.
 */
class PackagedApplicationIT {

    @TempDir
    Path workingDirectory;

    @Test
    void anOrderWorkedThroughOverHttpSurvivesARestartOnTheEmbeddedH2FileDatabase() throws Exception {
        List<String> demo = List.of("--spring.profiles.active=demo", "--zhizao.simulator.port=0");
        Story story;
        try (PackagedApplication app = new PackagedApplication(workingDirectory, demo, Map.of()).start()) {
            story = workAnOrderThrough(app);
            signInToTheWebUi(app);
        }
        // the default database is a file under ./data of the working directory
        assertThat(Files.list(workingDirectory.resolve("data")).map(p -> p.getFileName().toString()))
                .anyMatch(name -> name.startsWith("zhizao") && name.endsWith(".mv.db"));
        try (PackagedApplication app = new PackagedApplication(workingDirectory, demo, Map.of()).start()) {
            assertSameStory(app, story);
        }
    }

    @Test
    void anOrderWorkedThroughOverHttpSurvivesARestartOnPostgresql() throws Exception {
        String database = "packaged_" + UUID.randomUUID().toString().replace("-", "");
        String url = PostgresServer.shared().createDatabase(database);
        Map<String, String> environment = Map.of("ZHIZAO_DB_URL", url, "ZHIZAO_DB_USER", PostgresServer.USER);
        List<String> args = List.of("--spring.profiles.active=postgres,demo", "--zhizao.simulator.port=0");
        Story story;
        try (PackagedApplication app = new PackagedApplication(workingDirectory, args, environment).start()) {
            story = workAnOrderThrough(app);
        }
        try (PackagedApplication app = new PackagedApplication(workingDirectory, args, environment).start()) {
            assertSameStory(app, story);
        }
        // the data lived in PostgreSQL: no H2 database file was made
        assertThat(workingDirectory.resolve("data").resolve("zhizao.mv.db")).doesNotExist();
    }

    /** The jar serves the web UI in production mode from Vaadin's pre-compiled bundle, no frontend build. */
    private static void signInToTheWebUi(PackagedApplication app) throws Exception {
        try (Browser browser = new Browser(app.port())) {
            browser.signIn("supervisor", "demo");
            assertThat(browser.waitFor(By.id("current-user")).getText()).isEqualTo("supervisor · Shift supervisor");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/orders");
        }
        assertThat(Files.readString(app.log())).contains("Vaadin is running in production mode");
    }

    private record Story(long orderId, String orderNumber, long operationId, List<String> auditTrail) {
    }

    private static Story workAnOrderThrough(PackagedApplication app) {
        Api supervisor = app.api().as("supervisor");
        Api operator = app.api().as("operator");
        String productCode = "SHAFT-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Api.Response product = supervisor.post("/api/products", Map.of(
                "code", productCode, "nameZh", "传动轴", "nameEn", "Drive shaft", "family", "SHAFTS",
                "routing", List.of(Map.of(
                        "operationType", "TURNING",
                        "stations", List.of(Map.of("stationCode", "P1/F1/W1/L1/S01", "setupMinutes", 20,
                                "minutesPerUnit", 4.5)),
                        "steps", List.of(
                                Map.of("instruction", "Clamp the blank and check run-out"),
                                Map.of("instruction", "Load program and verify first piece", "qualityCheck", true),
                                Map.of("instruction", "Clean the chuck", "required", false))))));
        assertThat(product.status()).as(product.toString()).isEqualTo(201);

        Api.Response order = supervisor.post("/api/orders", Map.of("productCode", productCode, "quantity", 12,
                "dueDate", LocalDate.now().plusDays(5).toString(), "priority", 2, "customerReference", "CR-7788"));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        long orderId = order.id();
        assertThat(supervisor.post("/api/orders/" + orderId + "/release", Map.of()).status()).isEqualTo(200);

        JsonNode operations = supervisor.get("/api/orders/" + orderId + "/operations").json();
        assertThat(operations).hasSize(1);
        long operationId = operations.get(0).get("id").asLong();
        assertOk(supervisor.post("/api/operations/" + operationId + "/dispatch",
                Map.of("stationCode", "P1/F1/W1/L1/S01")));
        assertOk(operator.post("/api/operations/" + operationId + "/start", Map.of()));
        assertOk(operator.post("/api/operations/" + operationId + "/steps/1/acknowledgement", Map.of()));
        assertOk(operator.post("/api/operations/" + operationId + "/steps/2/acknowledgement",
                Map.of("note", "first piece within tolerance")));
        assertOk(operator.post("/api/operations/" + operationId + "/quantities", Map.of("good", 11, "scrap", 1)));
        JsonNode completed = assertOk(operator.post("/api/operations/" + operationId + "/complete", Map.of()));
        assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");

        JsonNode finished = supervisor.get("/api/orders/" + orderId).json();
        assertThat(finished.get("status").asText()).isEqualTo("COMPLETED");
        List<String> trail = auditTrail(app.api().as("manager"), orderId);
        assertThat(trail).anyMatch(e -> e.startsWith("supervisor RELEASE"))
                .anyMatch(e -> e.startsWith("operator START"))
                .anyMatch(e -> e.startsWith("operator COMPLETE"));
        assertThat(trail.stream().filter(e -> e.contains("ACKNOWLEDGE"))).hasSize(2);
        return new Story(orderId, finished.get("number").asText(), operationId, trail);
    }

    private static void assertSameStory(PackagedApplication app, Story story) {
        Api manager = app.api().as("manager");
        JsonNode order = manager.get("/api/orders/" + story.orderId()).json();
        assertThat(order.get("number").asText()).isEqualTo(story.orderNumber());
        assertThat(order.get("status").asText()).isEqualTo("COMPLETED");
        JsonNode operation = manager.get("/api/operations/" + story.operationId()).json();
        assertThat(operation.get("goodQuantity").asInt()).isEqualTo(11);
        assertThat(operation.get("scrapQuantity").asInt()).isEqualTo(1);
        assertThat(operation.get("steps").get(1).get("note").asText()).isEqualTo("first piece within tolerance");
        assertThat(auditTrail(manager, story.orderId())).isEqualTo(story.auditTrail());
    }

    private static List<String> auditTrail(Api api, long orderId) {
        List<String> lines = new ArrayList<>();
        for (JsonNode e : api.get("/api/orders/" + orderId + "/audit?size=500").json().get("content")) {
            lines.add(e.get("actor").asText() + " " + e.get("action").asText() + " " + e.get("subjectId").asText()
                    + " " + e.get("fromState").asText() + "->" + e.get("toState").asText() + " "
                    + e.get("occurredAt").asText());
        }
        return lines;
    }

    private static JsonNode assertOk(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
