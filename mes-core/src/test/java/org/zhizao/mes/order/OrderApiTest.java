package org.zhizao.mes.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.mes.support.ProductionFixture.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;
import org.zhizao.mes.support.ProductionFixture;

/** Placing orders and moving them through their lifecycle over HTTP. */
@MesTest
class OrderApiTest {

    @LocalServerPort
    int port;

    ProductionFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ProductionFixture(port);
    }

    private long orderCount() {
        return expect(fixture.manager.get("/api/orders?size=1"), 200).json().get("totalElements").asLong();
    }

    @Test
    void aPlacedOrderHasANumberAndIsCreated() {
        String product = fixture.product();
        JsonNode order = expect(fixture.supervisor.post("/api/orders", ProductionFixture.orderRequest(product)), 201)
                .json();
        assertThat(order.get("number").asText()).matches("PO-\\d{4}-\\d{6}");
        assertThat(order.get("status").asText()).isEqualTo("CREATED");
        assertThat(order.get("productCode").asText()).isEqualTo(product);
        assertThat(fixture.manager.get("/api/orders/" + order.get("id")).json()).isEqualTo(order);
    }

    @Test
    void ordersAreListedByStatusAndProductPageByPage() {
        JsonNode order = fixture.createdOrder();
        String product = order.get("productCode").asText();
        JsonNode page = expect(fixture.manager.get("/api/orders?status=CREATED&productCode=" + product), 200).json();
        assertThat(page.get("totalElements").asInt()).isEqualTo(1);
        assertThat(page.get("content").get(0).get("id")).isEqualTo(order.get("id"));
        assertThat(fixture.manager.get("/api/orders?status=RELEASED&productCode=" + product).json()
                .get("totalElements").asInt()).isZero();
        assertThat(fixture.manager.get("/api/orders?size=2").json().get("content").size()).isLessThanOrEqualTo(2);
        assertThat(fixture.manager.get("/api/orders?status=LOST").status()).isEqualTo(400);
        assertThat(fixture.manager.get("/api/orders?sort=colour").status()).isEqualTo(400);
    }

    @Test
    void releasingAnOrderPlansItsOperationsFromTheRouting() {
        long id = fixture.releasedOrder();
        assertThat(fixture.order(id).get("status").asText()).isEqualTo("RELEASED");
        var operations = fixture.operations(id);
        assertThat(operations).extracting(o -> o.get("operationType").asText()).containsExactly("TURNING", "MEASURING");
        assertThat(operations.get(0).get("steps")).hasSize(3);
        assertThat(operations.get(0).get("eligibleStations")).hasSize(2);
        assertThat(operations.get(0).get("plannedQuantity").asInt()).isEqualTo(25);
    }

    @Test
    void releasingAnOrderTwiceIsRejectedNamingOrderAndState() {
        long id = fixture.releasedOrder();
        String number = fixture.order(id).get("number").asText();
        Api.Response again = fixture.supervisor.post("/api/orders/" + id + "/release", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).isEqualTo("order " + number
                + " cannot be released: it is released (only possible when created)");
        assertThat(fixture.operations(id)).hasSize(2);
    }

    @Test
    void releasingACancelledOrderIsRejected() {
        long id = fixture.createdOrder().get("id").asLong();
        expect(fixture.supervisor.post("/api/orders/" + id + "/cancel", Map.of("reason", "duplicate")), 200);
        Api.Response response = fixture.supervisor.post("/api/orders/" + id + "/release", Map.of());
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asText()).contains("cannot be released: it is cancelled");
        assertThat(fixture.operations(id)).isEmpty();
    }

    @Test
    void releasingAnOrderWhoseProductHasNoRoutingIsRejected() {
        String code = ProductionFixture.freshCode();
        Map<String, Object> product = new HashMap<>(ProductionFixture.shaftRequest(code));
        product.remove("routing");
        expect(fixture.supervisor.post("/api/products", product), 201);
        long id = expect(fixture.supervisor.post("/api/orders", ProductionFixture.orderRequest(code)), 201).id();
        Api.Response response = fixture.supervisor.post("/api/orders/" + id + "/release", Map.of());
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asText()).endsWith("has no routing");
        assertThat(fixture.order(id).get("status").asText()).isEqualTo("CREATED");
    }

    @Test
    void holdingAndResumingReturnsTheOrderToWhereItWas() {
        long id = fixture.releasedOrder();
        expect(fixture.supervisor.post("/api/orders/" + id + "/hold", Map.of("reason", "drawing revision")), 200);
        assertThat(fixture.order(id).get("status").asText()).isEqualTo("ON_HOLD");
        assertThat(fixture.supervisor.post("/api/orders/" + id + "/hold", Map.of()).status()).isEqualTo(409);
        expect(fixture.supervisor.post("/api/orders/" + id + "/resume", null), 200);
        assertThat(fixture.order(id).get("status").asText()).isEqualTo("RELEASED");
        assertThat(fixture.supervisor.post("/api/orders/" + id + "/resume", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void aCreatedOrderCannotBePutOnHold() {
        long id = fixture.createdOrder().get("id").asLong();
        Api.Response response = fixture.supervisor.post("/api/orders/" + id + "/hold", Map.of());
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asText()).contains("cannot be put on hold: it is created");
    }

    @Test
    void badOrdersAreRejectedNamingTheFieldAndNothingIsStored() {
        String product = fixture.product();
        long before = orderCount();
        Map<String, Consumer<Map<String, Object>>> mistakes = Map.of(
                "quantity", o -> o.put("quantity", 0),
                "quantity ", o -> o.put("quantity", -5),
                "dueDate", o -> o.remove("dueDate"),
                "productCode", o -> o.put("productCode", "NO-SUCH-PRODUCT"),
                "priority", o -> o.put("priority", 9),
                "priority ", o -> o.put("priority", 0),
                "dueDate ", o -> o.put("dueDate", "next week"),
                "colour", o -> o.put("colour", "red"));
        mistakes.forEach((field, mistake) -> {
            Map<String, Object> order = ProductionFixture.orderRequest(product);
            mistake.accept(order);
            Api.Response response = fixture.supervisor.post("/api/orders", order);
            assertThat(response.status()).as(field).isEqualTo(400);
            assertThat(response.json().get("detail").asText()).as(field).contains(field.trim());
        });
        assertThat(fixture.supervisor.postRaw("/api/orders", "{\"productCode\": ", "application/json").status())
                .isEqualTo(400);
        assertThat(orderCount()).isEqualTo(before);
    }

    @Test
    void anOperatorCannotPlaceOrReleaseOrders() {
        JsonNode order = fixture.createdOrder();
        long id = order.get("id").asLong();
        assertThat(fixture.operator.post("/api/orders/" + id + "/release", Map.of()).status()).isEqualTo(403);
        assertThat(fixture.operator.post("/api/orders", ProductionFixture.orderRequest(order.get("productCode")
                .asText())).status()).isEqualTo(403);
        assertThat(fixture.order(id)).isEqualTo(order);
    }

    @Test
    void aManagerReadsOrdersButChangesNothing() {
        JsonNode order = fixture.createdOrder();
        long id = order.get("id").asLong();
        assertThat(fixture.manager.get("/api/orders/" + id).status()).isEqualTo(200);
        for (String action : new String[] {"release", "hold", "resume", "cancel"}) {
            assertThat(fixture.manager.post("/api/orders/" + id + "/" + action, Map.of()).status()).as(action)
                    .isEqualTo(403);
        }
        assertThat(fixture.manager.post("/api/orders", ProductionFixture.orderRequest(order.get("productCode")
                .asText())).status()).isEqualTo(403);
        assertThat(fixture.order(id)).isEqualTo(order);
    }

    @Test
    void theDemoProfilePlacesCreatedOrdersForTheDemoProducts() {
        JsonNode page = expect(fixture.manager.get("/api/orders?customerReference=SAIC-2026-0457"), 200).json();
        assertThat(page.get("totalElements").asInt()).isEqualTo(1);
        assertThat(page.get("content").get(0).get("productCode").asText()).isEqualTo("GBX-SHAFT-40");
    }

    @Test
    void unknownOrdersAreNotFound() {
        assertThat(fixture.manager.get("/api/orders/987654321").status()).isEqualTo(404);
        Api.Response release = fixture.supervisor.post("/api/orders/987654321/release", Map.of());
        assertThat(release.status()).isEqualTo(404);
        assertThat(release.json().get("detail").asText()).isEqualTo("order '987654321' does not exist");
    }
}
