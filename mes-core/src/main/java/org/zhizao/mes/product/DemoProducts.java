package org.zhizao.mes.product;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhizao.mes.product.ProductRequests.BomLineRequest;
import org.zhizao.mes.product.ProductRequests.NewProduct;
import org.zhizao.mes.product.ProductRequests.OperationRequest;
import org.zhizao.mes.product.ProductRequests.StationTime;
import org.zhizao.mes.product.ProductRequests.StepRequest;

/**
 * Four sample products with routings on the demo plant, in the demo profile, if no product exists yet.
 * Runs after the plant is loaded.
 */
@Component
@Profile("demo")
@Order(30)
class DemoProducts implements ApplicationRunner {

    private final DefiningProduct defining;
    private final ProductRepository products;

    DemoProducts(DefiningProduct defining, ProductRepository products) {
        this.defining = defining;
        this.products = products;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (products.count() > 0) {
            return;
        }
        all().forEach(defining::create);
    }

    static List<NewProduct> all() {
        return List.of(gearboxShaft(), weldedBracket(), pump(), paintedHousing());
    }

    static NewProduct gearboxShaft() {
        return new NewProduct("GBX-SHAFT-40", "变速箱输出轴", "Gearbox output shaft", "SHAFTS",
                List.of(bom("42CRMO4-D45", "42CrMo4 bar Ø45", "0.42", "m")),
                List.of(operation("TURNING", "Turn shaft to contour",
                                List.of(time("P1/F1/W1/L1/S01", 25, 4.5), time("P1/F1/W1/L2/S01", 25, 4.8),
                                        time("P1/F1/W1/L2/S02", 30, 5.2)),
                                step("Clamp bar stock and check runout", true, false),
                                step("Verify first piece diameters", true, true)),
                        operation("MILLING", "Mill keyways",
                                List.of(time("P1/F1/W1/L1/S02", 20, 3.0), time("P1/F1/W1/L1/S03", 20, 3.0),
                                        time("P1/F1/W1/L2/S03", 22, 3.4)),
                                step("Set up keyway fixture", true, false),
                                step("Gauge keyway width", true, true)),
                        operation("GRINDING", "Grind bearing seats",
                                List.of(time("P1/F1/W1/L2/S04", 35, 6.0)),
                                step("Dress grinding wheel", false, false),
                                step("Measure bearing seat roundness", true, true)),
                        operation("MEASURING", "Final measurement",
                                List.of(time("P1/F1/W1/L1/S05", 10, 2.0)),
                                step("Measure on CMM and file the report", true, true))));
    }

    static NewProduct weldedBracket() {
        return new NewProduct("BRK-W-220", "焊接支架", "Welded mounting bracket", "BRACKETS",
                List.of(bom("Q235-PL8", "Q235 plate 8 mm, cut", "2", "pcs"),
                        bom("ER50-6", "Welding wire ER50-6", "0.15", "kg")),
                List.of(operation("WELDING", "Robot welding",
                                List.of(time("P1/F1/W2/L1/S01", 15, 6.5), time("P1/F1/W2/L1/S02", 15, 6.5),
                                        time("P1/F1/W2/L2/S01", 18, 7.0)),
                                step("Load parts into welding jig", true, false),
                                step("Check first seam visually", true, true)),
                        operation("GRINDING", "Grind seams",
                                List.of(time("P1/F1/W2/L1/S05", 5, 2.5)),
                                step("Grind spatter off the seams", true, false)),
                        operation("INSPECTION", "Seam inspection",
                                List.of(time("P1/F1/W2/L1/S04", 5, 1.5), time("P1/F1/W2/L2/S04", 5, 1.5)),
                                step("Inspect seams against drawing", true, true))));
    }

    static NewProduct pump() {
        return new NewProduct("PMP-CP-50", "离心泵", "Centrifugal pump CP-50", "PUMPS",
                List.of(bom("CP50-CASING", "Pump casing", "1", "pcs"), bom("CP50-IMPELLER", "Impeller", "1", "pcs"),
                        bom("6205-2RS", "Ball bearing 6205-2RS", "2", "pcs"), bom("M8X25", "Screw M8x25", "8", "pcs")),
                List.of(operation("PRESSING", "Press bearings onto shaft",
                                List.of(time("P1/F2/W1/L1/S03", 10, 1.5), time("P1/F2/W1/L2/S04", 10, 1.6)),
                                step("Check press force curve", true, true)),
                        operation("ASSEMBLY", "Assemble impeller and casing",
                                List.of(time("P1/F2/W1/L1/S01", 15, 8.0), time("P1/F2/W1/L2/S01", 15, 8.5)),
                                step("Fit impeller", true, false),
                                step("Fit casing gasket", true, false)),
                        operation("SCREWING", "Screw casing",
                                List.of(time("P1/F2/W1/L1/S02", 5, 2.0), time("P1/F2/W1/L2/S03", 8, 2.4)),
                                step("Tighten M8 screws crosswise to 25 Nm", true, true)),
                        operation("TESTING", "Pressure and flow test",
                                List.of(time("P1/F2/W1/L1/S05", 10, 5.0), time("P1/F2/W1/L2/S05", 10, 5.0)),
                                step("Run leak test at 10 bar", true, true),
                                step("Record flow curve", true, true))));
    }

    static NewProduct paintedHousing() {
        return new NewProduct("HSG-PNT-90", "喷涂壳体", "Painted gear housing", "HOUSINGS",
                List.of(bom("HSG-90-RAW", "Housing casting, machined", "1", "pcs"),
                        bom("RAL7035", "Powder coating RAL 7035", "0.3", "kg")),
                List.of(operation("PRETREATMENT", "Degrease and phosphate",
                                List.of(time("P1/F2/W2/L1/S01", 20, 1.0), time("P1/F2/W2/L2/S01", 20, 1.0)),
                                step("Check bath temperature", true, false)),
                        operation("PAINTING", "Powder coating",
                                List.of(time("P1/F2/W2/L1/S02", 30, 2.0), time("P1/F2/W2/L1/S03", 30, 2.0),
                                        time("P1/F2/W2/L2/S02", 30, 2.2)),
                                step("Mask threads and bores", true, false),
                                step("Measure layer thickness on first part", true, true)),
                        operation("CURING", "Cure in oven",
                                List.of(time("P1/F2/W2/L1/S04", 15, 0.8), time("P1/F2/W2/L2/S04", 15, 0.8)),
                                step("Confirm oven profile 180 °C / 20 min", true, false)),
                        operation("INSPECTION", "Coating inspection",
                                List.of(time("P1/F2/W2/L1/S05", 5, 1.0), time("P1/F2/W2/L2/S05", 5, 1.0)),
                                step("Cross-cut adhesion test", true, true))));
    }

    private static OperationRequest operation(String type, String description, List<StationTime> stations,
            StepRequest... steps) {
        return new OperationRequest(type, description, stations, List.of(steps));
    }

    private static StationTime time(String station, double setupMinutes, double minutesPerUnit) {
        return new StationTime(station, setupMinutes, minutesPerUnit);
    }

    private static StepRequest step(String instruction, boolean required, boolean qualityCheck) {
        return new StepRequest(instruction, required, qualityCheck);
    }

    private static BomLineRequest bom(String code, String name, String quantity, String unit) {
        return new BomLineRequest(code, name, new BigDecimal(quantity), unit);
    }
}
