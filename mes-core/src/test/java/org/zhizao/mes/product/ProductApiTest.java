package org.zhizao.mes.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.mes.support.ProductionFixture.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;
import org.zhizao.mes.support.ProductionFixture;

/** Defining products, their routing and bill of materials over HTTP. */
@MesTest
class ProductApiTest {

    @LocalServerPort
    int port;

    ProductionFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ProductionFixture(port);
    }

    private long productCount() {
        return expect(fixture.manager.get("/api/products?size=1"), 200).json().get("totalElements").asLong();
    }

    @Test
    void aSupervisorDefinesAProductWithRoutingStepsAndBom() {
        String code = ProductionFixture.freshCode();
        JsonNode product = expect(fixture.supervisor.post("/api/products", ProductionFixture.shaftRequest(code)), 201)
                .json();
        assertThat(product.get("routing")).extracting(o -> o.get("seq").asInt()).containsExactly(10, 20);
        JsonNode turning = product.get("routing").get(0);
        assertThat(turning.get("stations").get(0).get("setupMinutes").asDouble()).isEqualTo(20.0);
        assertThat(turning.get("steps").get(2).get("instruction").asText()).isEqualTo("verify first piece");
        assertThat(turning.get("steps").get(2).get("qualityCheck").asBoolean()).isTrue();
        assertThat(turning.get("steps").get(1).get("required").asBoolean()).isFalse();
        assertThat(product.get("bom").get(0).get("componentCode").asText()).isEqualTo("42CRMO4-D45");
        assertThat(fixture.manager.get("/api/products/" + product.get("id")).json()).isEqualTo(product);
    }

    @Test
    void theDemoProductsAreThere() {
        JsonNode page = expect(fixture.manager.get("/api/products?family=SHAFTS&size=200"), 200).json();
        List<String> codes = new java.util.ArrayList<>();
        page.get("content").forEach(p -> codes.add(p.get("code").asText()));
        assertThat(codes).contains("GBX-SHAFT-40");
    }

    @Test
    void aStepIsRequiredUnlessSaidOtherwise() {
        String code = ProductionFixture.freshCode();
        Map<String, Object> request = new HashMap<>(ProductionFixture.shaftRequest(code));
        request.put("routing", List.of(Map.of("operationType", "TURNING",
                "stations", List.of(ProductionFixture.station(ProductionFixture.LATHE, 10, 2)),
                "steps", List.of(Map.of("instruction", "clamp")))));
        JsonNode product = expect(fixture.supervisor.post("/api/products", request), 201).json();
        assertThat(product.get("routing").get(0).get("steps").get(0).get("required").asBoolean()).isTrue();
    }

    @Test
    void aRoutingNamingAnUnknownOrIncapableStationIsRejectedAndNothingIsStored() {
        long before = productCount();
        String code = ProductionFixture.freshCode();
        Map<String, Object> request = new HashMap<>(ProductionFixture.shaftRequest(code));
        request.put("routing", List.of(Map.of("operationType", "GRINDING",
                "stations", List.of(ProductionFixture.station("P1/F1/W1/L9/S01", 10, 2),
                        ProductionFixture.station(ProductionFixture.MILL, 10, 2)))));
        Api.Response response = fixture.supervisor.post("/api/products", request);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors")).extracting(JsonNode::asText).containsExactly(
                "routing[0] (GRINDING): station 'P1/F1/W1/L9/S01' does not exist",
                "routing[0] (GRINDING): station 'P1/F1/W1/L1/S02' cannot perform GRINDING (it performs DRILLING,"
                        + " MILLING)");
        assertThat(productCount()).isEqualTo(before);
    }

    @Test
    void badFieldsAreRejectedNamingTheField() {
        String code = ProductionFixture.freshCode();
        Map<String, Object> request = new HashMap<>(ProductionFixture.shaftRequest(code));
        request.put("routing", List.of(Map.of("operationType", "TURNING",
                "stations", List.of(ProductionFixture.station(ProductionFixture.LATHE, -1, 0)))));
        request.put("nameEn", " ");
        Api.Response response = fixture.supervisor.post("/api/products", request);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors")).extracting(JsonNode::asText).contains(
                "nameEn: must not be blank", "routing[0].stations[0].minutesPerUnit: must be greater than 0");
        assertThat(fixture.manager.get("/api/products?size=500").body()).doesNotContain(code);
    }

    @Test
    void aDuplicateProductCodeIsAConflict() {
        String code = fixture.product();
        assertThat(fixture.supervisor.post("/api/products", ProductionFixture.shaftRequest(code)).status())
                .isEqualTo(409);
    }

    @Test
    void replacingTheRoutingLeavesReleasedOrdersAsTheyWere() {
        long orderId = fixture.releasedOrder();
        JsonNode order = fixture.order(orderId);
        long productId = order.get("productId").asLong();
        JsonNode replaced = expect(fixture.supervisor.put("/api/products/" + productId + "/routing",
                Map.of("operations", List.of(Map.of("operationType", "TURNING",
                        "stations", List.of(ProductionFixture.station(ProductionFixture.OTHER_LATHE, 5, 3)))))), 200)
                .json();
        assertThat(replaced.get("routing")).hasSize(1);
        assertThat(fixture.operations(orderId)).hasSize(2);
    }

    @Test
    void theBillOfMaterialsIsReplacedAsAWhole() {
        long id = expect(fixture.supervisor.post("/api/products",
                ProductionFixture.shaftRequest(ProductionFixture.freshCode())), 201).id();
        JsonNode product = expect(fixture.supervisor.put("/api/products/" + id + "/bom", Map.of("lines", List.of(
                Map.of("componentCode", "C45-D50", "componentName", "C45 bar", "quantity", 0.5, "unit", "m"),
                Map.of("componentCode", "KEY-8", "componentName", "Key 8x7", "quantity", 1, "unit", "pcs")))), 200)
                .json();
        assertThat(product.get("bom")).extracting(l -> l.get("componentCode").asText())
                .containsExactly("C45-D50", "KEY-8");
    }

    @Test
    void anOperatorOrManagerCannotDefineProducts() {
        long before = productCount();
        String code = ProductionFixture.freshCode();
        assertThat(fixture.operator.post("/api/products", ProductionFixture.shaftRequest(code)).status())
                .isEqualTo(403);
        assertThat(fixture.manager.post("/api/products", ProductionFixture.shaftRequest(code)).status())
                .isEqualTo(403);
        assertThat(productCount()).isEqualTo(before);
    }

    @Test
    void anUnknownProductIsNotFound() {
        assertThat(fixture.manager.get("/api/products/987654321").status()).isEqualTo(404);
        assertThat(fixture.supervisor.put("/api/products/987654321/bom", Map.of("lines", List.of())).status())
                .isEqualTo(404);
    }
}
