package org.zhizao.mes.quality;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhizao.mes.product.ProductCatalog;
import org.zhizao.mes.quality.domain.SamplingRule;
import org.zhizao.mes.quality.domain.Severity;
import org.zhizao.mes.quality.domain.Tracking;
import org.zhizao.mes.quality.genealogy.ConfiguringTracking;
import org.zhizao.mes.quality.inspection.Characteristic;
import org.zhizao.mes.quality.inspection.DefiningInspectionPlan;
import org.zhizao.mes.quality.inspection.InspectionPlanRepository;
import org.zhizao.mes.quality.inspection.PlanRequests.NewCharacteristic;
import org.zhizao.mes.quality.inspection.PlanRequests.NewPlan;
import org.zhizao.mes.quality.inspection.PlanRequests.Sampling;
import org.zhizao.mes.quality.ncr.DefectCatalogue;

/**
 * In the demo profile: a defect catalogue and inspection plans for the demo shaft and bracket, if there
 * are none yet, and how each demo product is tracked where not set: shafts and pumps per unit (serialised),
 * welded brackets and painted housings per lot. Runs after the demo products and orders.
 */
@Component
@Profile("demo")
@Order(40)
class DemoQuality implements ApplicationRunner {

    private record Code(String code, String name, Severity severity) {
    }

    private static final List<Code> CATALOGUE = List.of(
            new Code("DIM", "Dimensional", Severity.MAJOR),
            new Code("DIM.OVERSIZE", "Oversize", Severity.MAJOR),
            new Code("DIM.UNDERSIZE", "Undersize", Severity.MAJOR),
            new Code("DIM.RUNOUT", "Runout out of tolerance", Severity.MAJOR),
            new Code("SURF", "Surface", Severity.MINOR),
            new Code("SURF.SCRATCH", "Scratch", Severity.MINOR),
            new Code("SURF.BURR", "Burr", Severity.MINOR),
            new Code("SURF.CORROSION", "Corrosion", Severity.MAJOR),
            new Code("WELD", "Weld", Severity.MAJOR),
            new Code("WELD.POROSITY", "Porosity", Severity.MAJOR),
            new Code("WELD.CRACK", "Weld crack", Severity.CRITICAL),
            new Code("WELD.SPATTER", "Spatter", Severity.MINOR),
            new Code("PAINT", "Paint", Severity.MINOR),
            new Code("PAINT.RUN", "Paint run", Severity.MINOR),
            new Code("PAINT.THIN", "Coating too thin", Severity.MAJOR),
            new Code("MAT", "Material", Severity.MAJOR),
            new Code("MAT.CRACK", "Material crack", Severity.CRITICAL));

    private final DefectCatalogue catalogue;
    private final DefiningInspectionPlan defining;
    private final InspectionPlanRepository plans;
    private static final Map<String, Tracking> TRACKING = Map.of("GBX-SHAFT-40", Tracking.UNIT,
            "PMP-CP-50", Tracking.UNIT, "BRK-W-220", Tracking.LOT, "HSG-PNT-90", Tracking.LOT);

    private final ProductCatalog products;
    private final ConfiguringTracking tracking;

    DemoQuality(DefectCatalogue catalogue, DefiningInspectionPlan defining, InspectionPlanRepository plans,
            ProductCatalog products, ConfiguringTracking tracking) {
        this.catalogue = catalogue;
        this.defining = defining;
        this.plans = plans;
        this.products = products;
        this.tracking = tracking;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (catalogue.count() == 0) {
            CATALOGUE.forEach(c -> catalogue.define(c.code(), c.name(), c.severity()));
        }
        if (plans.count() == 0) {
            seq("GBX-SHAFT-40", "TURNING").ifPresent(seq -> defining.define(new NewPlan("GBX-SHAFT-40", seq,
                    new Sampling(SamplingRule.Kind.EVERY_NTH, 5), List.of(
                            variable("D1", "Bearing seat diameter", 40.0, 39.975, 40.025, "mm", "Micrometer 25-50",
                                    Characteristic.Hold.OPERATION),
                            variable("RO", "Radial runout", 0.0, 0.0, 0.02, "mm", "Dial indicator",
                                    Characteristic.Hold.NONE),
                            attribute("VIS", "Visual surface check", List.of("SURF", "DIM"))))));
            seq("BRK-W-220", "WELDING").ifPresent(seq -> defining.define(new NewPlan("BRK-W-220", seq,
                    new Sampling(SamplingRule.Kind.FIRST_PIECE, 1), List.of(
                            variable("A", "Fillet weld throat", 4.0, 3.5, 4.5, "mm", "Weld gauge",
                                    Characteristic.Hold.ORDER),
                            attribute("SEAM", "Seam visual inspection", List.of("WELD"))))));
        }
        new TreeMap<>(TRACKING).forEach((code, mode) -> {
            if (products.findByCode(code).isPresent() && tracking.get(code).updatedAt() == null) {
                tracking.set(code, mode);
            }
        });
    }

    private Optional<Integer> seq(String productCode, String operationType) {
        return products.findByCode(productCode).flatMap(p -> products.routing(p.id()).stream()
                .filter(o -> o.operationType().equals(operationType)).map(ProductCatalog.RoutedOperation::seq)
                .findFirst());
    }

    private static NewCharacteristic variable(String code, String name, double nominal, double lsl, double usl,
            String unit, String gauge, Characteristic.Hold hold) {
        return new NewCharacteristic(code, name, Characteristic.Kind.VARIABLE, nominal, lsl, usl, unit, gauge, null,
                true, 1, 20, hold);
    }

    private static NewCharacteristic attribute(String code, String name, List<String> allowed) {
        return new NewCharacteristic(code, name, Characteristic.Kind.ATTRIBUTE, null, null, null, null, "Visual",
                allowed, true, 1, 20, Characteristic.Hold.NONE);
    }
}
