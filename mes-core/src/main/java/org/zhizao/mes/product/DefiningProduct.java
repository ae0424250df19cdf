package org.zhizao.mes.product;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.product.ProductRequests.BomLineRequest;
import org.zhizao.mes.product.ProductRequests.NewProduct;
import org.zhizao.mes.product.ProductRequests.OperationRequest;
import org.zhizao.mes.product.domain.RoutingRules;
import org.zhizao.mes.shared.domain.Decision;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.NotFound;
import org.zhizao.mes.shared.domain.RuleViolation;

/** Creating products and replacing their routing or bill of materials. */
@Service
class DefiningProduct {

    private final ProductRepository products;
    private final PlantDirectory plant;
    private final AuditTrail audit;
    private final Clock clock;

    DefiningProduct(ProductRepository products, PlantDirectory plant, AuditTrail audit, Clock clock) {
        this.products = products;
        this.plant = plant;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    ProductView create(NewProduct request) {
        if (products.existsByCode(request.code())) {
            throw new RuleViolation("product '" + request.code() + "' already exists");
        }
        List<OperationRequest> routing = request.routing() == null ? List.of() : request.routing();
        checkRouting(routing);
        Product product = new Product(request.code(), request.nameZh(), request.nameEn(), request.family(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        product.replaceBom(bomLines(request.bom() == null ? List.of() : request.bom()));
        routingOperations(routing).forEach(product::addOperation);
        products.save(product);
        audit.record(new AuditRecord("PRODUCT", product.getCode(), null, "CREATE", null, null,
                routing.size() + " operations, " + product.getBom().size() + " BOM lines"));
        return ProductView.of(product);
    }

    @Transactional
    ProductView replaceRouting(long productId, List<OperationRequest> routing) {
        Product product = products.findById(productId).orElseThrow(() -> new NotFound("product", productId));
        checkRouting(routing);
        product.clearRouting();
        products.flush(); // delete the old operations before the new ones are inserted
        routingOperations(routing).forEach(product::addOperation);
        audit.record(new AuditRecord("PRODUCT", product.getCode(), null, "REPLACE_ROUTING", null, null,
                routing.size() + " operations"));
        return ProductView.of(product);
    }

    @Transactional
    ProductView replaceBom(long productId, List<BomLineRequest> lines) {
        Product product = products.findById(productId).orElseThrow(() -> new NotFound("product", productId));
        product.replaceBom(bomLines(lines));
        audit.record(new AuditRecord("PRODUCT", product.getCode(), null, "REPLACE_BOM", null, null,
                lines.size() + " BOM lines"));
        return ProductView.of(product);
    }

    private void checkRouting(List<OperationRequest> routing) {
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < routing.size(); i++) {
            OperationRequest operation = routing.get(i);
            String where = "routing[" + i + "] (" + operation.operationType() + ")";
            collect(errors, RoutingRules.stationsListedOnce(where,
                    operation.stations().stream().map(ProductRequests.StationTime::stationCode).toList()));
            for (var station : operation.stations()) {
                collect(errors, RoutingRules.stationCanPerform(where, station.stationCode(),
                        operation.operationType(), plant.findStation(station.stationCode())
                                .map(PlantDirectory.StationInfo::operations).map(Set::copyOf)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(String.join("; ", errors), errors);
        }
    }

    private static void collect(List<String> errors, Decision decision) {
        if (decision instanceof Decision.Rejected rejected) {
            errors.add(rejected.reason());
        }
    }

    private static List<RoutingOperation> routingOperations(List<OperationRequest> routing) {
        return IntStream.range(0, routing.size()).mapToObj(i -> {
            OperationRequest r = routing.get(i);
            List<RoutingOperation.Station> stations = r.stations().stream()
                    .map(s -> new RoutingOperation.Station(s.stationCode(), s.setupMinutes(), s.minutesPerUnit()))
                    .toList();
            var steps = r.steps() == null ? List.<ProductRequests.StepRequest>of() : r.steps();
            List<RoutingOperation.Step> stepTemplates = IntStream.range(0, steps.size())
                    .mapToObj(j -> new RoutingOperation.Step(j + 1, steps.get(j).instruction(),
                            !Boolean.FALSE.equals(steps.get(j).required()),
                            Boolean.TRUE.equals(steps.get(j).qualityCheck())))
                    .toList();
            return new RoutingOperation((i + 1) * 10, r.operationType(), r.description(), stations, stepTemplates);
        }).toList();
    }

    private static List<BomLine> bomLines(List<BomLineRequest> lines) {
        return IntStream.range(0, lines.size()).mapToObj(i -> new BomLine(i + 1, lines.get(i).componentCode(),
                lines.get(i).componentName(), lines.get(i).quantity(), lines.get(i).unit())).toList();
    }
}
