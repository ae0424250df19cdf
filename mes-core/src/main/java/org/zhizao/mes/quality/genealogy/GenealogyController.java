package org.zhizao.mes.quality.genealogy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.quality.domain.Tracking;
import org.zhizao.mes.quality.inspection.OperationLedger;
import org.zhizao.mes.security.Access;

/** Unit and lot identifiers, material consumption and the backward and forward trace. */
@RestController
class GenealogyController {

    record NewUnit(@NotNull Long orderId, GenealogyUnit.Kind kind, @Min(1) @Max(1_000_000) Integer quantity) {
    }

    record UnitView(String identifier, String kind, long orderId, String orderNumber, String productCode,
                    int quantity, Instant createdAt) {
        static UnitView of(GenealogyUnit u) {
            return new UnitView(u.getIdentifier(), u.getKind().name(), u.getOrderId(), u.getOrderNumber(),
                    u.getProductCode(), u.getQuantity(), u.getCreatedAt());
        }
    }

    record NewConsumption(@NotBlank @Size(max = 200) String identifier, @NotBlank @Size(max = 40) String componentCode,
                          @NotBlank @Size(max = 100) String materialLot,
                          @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal quantity,
                          @NotBlank @Size(max = 20) String unit) {
    }

    record LotView(String componentCode, String materialLot, BigDecimal quantity, String unit, String recordedBy,
                   Instant recordedAt) {
        static LotView of(MaterialConsumption c) {
            return new LotView(c.getComponentCode(), c.getMaterialLot(), c.getQuantity(), c.getUnitOfMeasure(),
                    c.getRecordedBy(), c.getRecordedAt());
        }
    }

    record BackwardTrace(String identifier, List<LotView> lots) {
    }

    record ForwardTrace(String componentCode, String materialLot, List<UnitView> units) {
    }

    record TrackingRequest(@NotNull Tracking tracking) {
    }

    private final Genealogy genealogy;
    private final ConfiguringTracking tracking;
    private final OperationLedger operations;
    private final ProcessHistory processes;

    GenealogyController(Genealogy genealogy, ConfiguringTracking tracking, OperationLedger operations,
            ProcessHistory processes) {
        this.genealogy = genealogy;
        this.tracking = tracking;
        this.operations = operations;
        this.processes = processes;
    }

    @PostMapping("/api/genealogy/units")
    @PreAuthorize(Access.OPERATE)
    ResponseEntity<UnitView> identify(@Valid @RequestBody NewUnit request) {
        return ResponseEntity.status(201).body(UnitView.of(genealogy.identifyAsConfigured(request.orderId(),
                request.kind(), request.quantity())));
    }

    @PostMapping("/api/genealogy/consumptions")
    @PreAuthorize(Access.OPERATE)
    ResponseEntity<LotView> consume(@Valid @RequestBody NewConsumption request) {
        return ResponseEntity.status(201).body(LotView.of(genealogy.consume(request.identifier(),
                request.componentCode(), request.materialLot(), request.quantity(), request.unit())));
    }

    @GetMapping("/api/genealogy/backward")
    @PreAuthorize(Access.READ)
    BackwardTrace backward(@RequestParam String identifier) {
        return new BackwardTrace(identifier, genealogy.lotsOf(identifier).stream().map(LotView::of).toList());
    }

    /** The recall question: which finished units contain this lot? */
    @GetMapping("/api/genealogy/forward")
    @PreAuthorize(Access.READ)
    ForwardTrace forward(@RequestParam String materialLot, @RequestParam(required = false) String componentCode) {
        return new ForwardTrace(componentCode, materialLot, genealogy.unitsContaining(componentCode, materialLot)
                .stream().map(MaterialConsumption::getUnit).distinct().map(UnitView::of).toList());
    }

    @GetMapping("/api/genealogy/products/{productCode}/tracking")
    @PreAuthorize(Access.READ)
    ConfiguringTracking.ProductTrackingView trackingOf(@PathVariable String productCode) {
        return tracking.get(productCode);
    }

    /** Whether the product's identifiers are issued per unit or per lot. */
    @PutMapping("/api/genealogy/products/{productCode}/tracking")
    @PreAuthorize(Access.PLAN)
    ConfiguringTracking.ProductTrackingView setTracking(@PathVariable String productCode,
            @Valid @RequestBody TrackingRequest request) {
        return tracking.set(productCode, request.tracking());
    }

    /** The machine signals recorded on the operation's station while it ran, summarised per signal. */
    @GetMapping("/api/quality/operations/{operationId}/process-values")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    List<AsBuiltRecord.ProcessValue> processValues(@PathVariable long operationId) {
        return processes.of(operations.get(operationId));
    }
}
