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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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

    private final Genealogy genealogy;

    GenealogyController(Genealogy genealogy) {
        this.genealogy = genealogy;
    }

    @PostMapping("/api/genealogy/units")
    @PreAuthorize(Access.OPERATE)
    ResponseEntity<UnitView> identify(@Valid @RequestBody NewUnit request) {
        GenealogyUnit.Kind kind = request.kind() == null ? GenealogyUnit.Kind.UNIT : request.kind();
        int quantity = request.quantity() == null ? 1 : request.quantity();
        return ResponseEntity.status(201).body(UnitView.of(genealogy.identify(request.orderId(), kind, quantity)));
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
}
