package org.zhizao.mes.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.mes.support.ProductionFixture.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;

/** Unit or lot tracking as a product's quality setting, and identifiers issued as it says. */
@MesTest
class ProductTrackingApiTest {

    @LocalServerPort
    int port;

    QualityFixture quality;

    @BeforeEach
    void setUp() {
        quality = new QualityFixture(port);
    }

    private JsonNode tracking(String productCode) {
        return expect(quality.production.manager.get("/api/genealogy/products/" + productCode + "/tracking"), 200)
                .json();
    }

    private Api.Response setTracking(Api api, String productCode, Object tracking) {
        return api.put("/api/genealogy/products/" + productCode + "/tracking", Map.of("tracking", tracking));
    }

    private String lotTrackedProduct() {
        String code = quality.product();
        expect(setTracking(quality.production.supervisor, code, "LOT"), 200);
        return code;
    }

    private List<String> identifications(long orderId) {
        List<String> kinds = new ArrayList<>();
        JsonNode trail = expect(quality.production.manager.get("/api/orders/" + orderId + "/audit?size=200"), 200)
                .json();
        trail.get("content").forEach(e -> {
            if ("IDENTIFY".equals(e.get("action").asText())) {
                kinds.add(e.get("toState").asText());
            }
        });
        return kinds;
    }

    @Test
    void aProductIsTrackedPerUnitUntilSetAndTheDemoProductsHaveTheirs() {
        JsonNode fresh = tracking(quality.product());
        assertThat(fresh.get("tracking").asText()).isEqualTo("UNIT");
        assertThat(fresh.get("updatedBy").isNull()).isTrue();
        assertThat(tracking("GBX-SHAFT-40").get("tracking").asText()).isEqualTo("UNIT");
        assertThat(tracking("PMP-CP-50").get("tracking").asText()).isEqualTo("UNIT");
        assertThat(tracking("BRK-W-220").get("tracking").asText()).isEqualTo("LOT");
        assertThat(tracking("HSG-PNT-90").get("tracking").asText()).isEqualTo("LOT");
    }

    @Test
    void aPlannerSetsTheTrackingAndItIsAudited() {
        String code = quality.product();
        JsonNode set = expect(setTracking(quality.production.supervisor, code, "LOT"), 200).json();
        assertThat(set.get("tracking").asText()).isEqualTo("LOT");
        assertThat(set.get("updatedBy").asText()).isEqualTo("supervisor");
        assertThat(tracking(code).get("tracking").asText()).isEqualTo("LOT");
        JsonNode audit = expect(quality.production.manager.get("/api/audit?subjectType=PRODUCT_TRACKING&subjectId="
                + code), 200).json().get("content");
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.get("fromState").asText()).isEqualTo("UNIT");
            assertThat(e.get("toState").asText()).isEqualTo("LOT");
            assertThat(e.get("actor").asText()).isEqualTo("supervisor");
        });
    }

    @Test
    void aLotTrackedProductIsIdentifiedPerLotWithoutAskingForIt() {
        long orderId = quality.releasedOrder(lotTrackedProduct());
        JsonNode lot = expect(quality.production.operator.post("/api/genealogy/units",
                Map.of("orderId", orderId, "quantity", 25)), 201).json();
        assertThat(lot.get("kind").asText()).isEqualTo("LOT");
        assertThat(lot.get("quantity").asInt()).isEqualTo(25);
        JsonNode record = expect(quality.production.manager.get("/id/" + lot.get("identifier").asText()), 200).json();
        assertThat(record.get("kind").asText()).isEqualTo("LOT");
        assertThat(record.get("quantity").asInt()).isEqualTo(25);
    }

    @Test
    void aRequestContradictingTheProductsTrackingIsRefusedNamingProductAndModeAndNothingIsIssued() {
        String code = lotTrackedProduct();
        long orderId = quality.releasedOrder(code);
        Api.Response unit = quality.production.operator.post("/api/genealogy/units",
                Map.of("orderId", orderId, "kind", "UNIT"));
        assertThat(unit.status()).isEqualTo(409);
        assertThat(unit.json().get("detail").asText()).isEqualTo("product " + code
                + " is tracked per lot (LOT): it is identified per lot, not per unit");
        Api.Response noQuantity = quality.production.operator.post("/api/genealogy/units", Map.of("orderId", orderId));
        assertThat(noQuantity.status()).isEqualTo(400);
        assertThat(noQuantity.json().get("detail").asText()).isEqualTo("quantity: product " + code
                + " is tracked per lot (LOT): give the lot's quantity");

        String serialised = quality.product();
        long unitOrder = quality.releasedOrder(serialised);
        Api.Response lot = quality.production.operator.post("/api/genealogy/units",
                Map.of("orderId", unitOrder, "kind", "LOT", "quantity", 10));
        assertThat(lot.status()).isEqualTo(409);
        assertThat(lot.json().get("detail").asText()).contains("product " + serialised + " is tracked per unit (UNIT)");
        Api.Response many = quality.production.operator.post("/api/genealogy/units",
                Map.of("orderId", unitOrder, "quantity", 5));
        assertThat(many.status()).isEqualTo(400);
        assertThat(many.json().get("detail").asText()).contains("each identifier is one piece, not 5");

        assertThat(identifications(orderId)).isEmpty();
        assertThat(identifications(unitOrder)).isEmpty();
    }

    @Test
    void theTrackingCannotSwitchWhileAnUnfinishedOrderHoldsIdentifiersOfTheOldKind() {
        String code = quality.product();
        long orderId = quality.releasedOrder(code);
        expect(quality.production.operator.post("/api/genealogy/units", Map.of("orderId", orderId)), 201);
        String number = quality.production.order(orderId).get("number").asText();

        Api.Response refused = setTracking(quality.production.supervisor, code, "LOT");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).isEqualTo("product " + code + " is tracked per unit (UNIT)"
                + " and cannot switch to LOT while its unfinished orders [" + number + "] hold UNIT identifiers");
        assertThat(tracking(code).get("tracking").asText()).isEqualTo("UNIT");
    }

    @Test
    void badTrackingRequestsAreRefusedAndChangeNothing() {
        String code = quality.product();
        assertThat(setTracking(quality.inspector, code, "LOT").status()).isEqualTo(403);
        assertThat(setTracking(quality.production.operator, code, "LOT").status()).isEqualTo(403);
        assertThat(setTracking(quality.production.supervisor, code, "BATCH").status()).isEqualTo(400);
        Api.Response missing = quality.production.supervisor.put("/api/genealogy/products/" + code + "/tracking",
                Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("tracking");
        Api.Response unknown = setTracking(quality.production.supervisor, "NO-SUCH-PRODUCT", "LOT");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).isEqualTo("product 'NO-SUCH-PRODUCT' does not exist");
        assertThat(quality.production.manager.get("/api/genealogy/products/NO-SUCH-PRODUCT/tracking").status())
                .isEqualTo(404);
        assertThat(tracking(code).get("updatedBy").isNull()).isTrue();
    }
}
