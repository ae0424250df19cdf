package org.zhizao.mes.quality.genealogy;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.order.OrderProgress;
import org.zhizao.mes.quality.domain.Identifier;
import org.zhizao.mes.quality.domain.Tracking;
import org.zhizao.mes.quality.inspection.CurrentUser;
import org.zhizao.mes.shared.domain.Decision;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.NotFound;
import org.zhizao.mes.shared.domain.RuleViolation;

/**
 * Identifying produced units and lots, recording the material lots they consumed, and tracing: backward
 * from a unit to its lots, forward from a lot to every unit that contains it.
 */
@Service
class Genealogy {

    private final GenealogyUnitRepository units;
    private final MaterialConsumptionRepository consumptions;
    private final OrderProgress orders;
    private final IdentifierSettings settings;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final ConfiguringTracking tracking;

    Genealogy(GenealogyUnitRepository units, MaterialConsumptionRepository consumptions, OrderProgress orders,
            IdentifierSettings settings, AuditTrail audit, CurrentUser user, ConfiguringTracking tracking) {
        this.units = units;
        this.consumptions = consumptions;
        this.orders = orders;
        this.settings = settings;
        this.audit = audit;
        this.user = user;
        this.tracking = tracking;
    }

    /** Issues the next identifier for a unit or lot of the order, which must be how its product is tracked. */
    @Transactional
    public GenealogyUnit identify(long orderId, GenealogyUnit.Kind kind, int quantity) {
        return identifyAsConfigured(orderId, kind, quantity);
    }

    /**
     * Issues the next identifier of the order, prefix/ZZ-factory-year-serial, for a unit or a lot as its
     * product is tracked: a requested kind that contradicts the product's tracking is 409, a quantity that
     * does not fit it 400. {@code kind} null means the product's own; {@code quantity} null one piece for a
     * unit (a lot needs it).
     */
    @Transactional
    public GenealogyUnit identifyAsConfigured(long orderId, GenealogyUnit.Kind requested, Integer quantity) {
        OrderProgress.OrderSnapshot order = orders.get(orderId);
        Tracking mode = tracking.trackingOf(order.productCode());
        mode.identifying(order.productCode(), requested == null ? null : Tracking.valueOf(requested.name())).orThrow();
        if (mode.quantity(order.productCode(), quantity) instanceof Decision.Rejected wrong) {
            throw new InvalidInput(wrong.reason());
        }
        GenealogyUnit.Kind kind = GenealogyUnit.Kind.valueOf(mode.name());
        int pieces = quantity == null ? 1 : quantity;
        if (List.of("CREATED", "CANCELLED").contains(order.status())) {
            throw new RuleViolation("order " + order.number()
                    + " produces no units: it is " + order.statusLabel());
        }
        GenealogyUnit unit = units.saveAndFlush(new GenealogyUnit(kind, orderId, order.number(), order.productCode(),
                pieces, user.now()));
        // the row's id is the serial: unique without a counter table, and gaps are harmless
        unit.identify(Identifier.next(settings.prefix(), settings.factory(),
                unit.getCreatedAt().atZone(ZoneOffset.UTC).getYear(), unit.getId()).toString());
        audit.record(new AuditRecord("UNIT", unit.getIdentifier(), orderId, "IDENTIFY", null, kind.name(),
                pieces + " × " + order.productCode()));
        return unit;
    }

    @Transactional
    public MaterialConsumption consume(String identifier, String componentCode, String materialLot,
            BigDecimal quantity, String unitOfMeasure) {
        GenealogyUnit unit = find(identifier);
        if (quantity.signum() <= 0) {
            throw new InvalidInput("quantity must be positive, got " + quantity);
        }
        MaterialConsumption consumption = consumptions.save(new MaterialConsumption(unit, componentCode, materialLot,
                quantity, unitOfMeasure, user.name(), user.now()));
        audit.record(new AuditRecord("UNIT", identifier, unit.getOrderId(), "CONSUME", null, null,
                quantity.toPlainString() + " " + unitOfMeasure + " of " + componentCode + " lot " + materialLot));
        return consumption;
    }

    /** Backward trace: the material lots a unit consumed. */
    @Transactional(readOnly = true)
    public List<MaterialConsumption> lotsOf(String identifier) {
        return consumptions.findByUnitOrderById(find(identifier));
    }

    /** Forward trace: every unit that consumed the lot (of the component, if given). */
    @Transactional(readOnly = true)
    public List<MaterialConsumption> unitsContaining(String componentCode, String materialLot) {
        return componentCode == null ? consumptions.findByMaterialLotOrderById(materialLot)
                : consumptions.findByComponentCodeAndMaterialLotOrderById(componentCode, materialLot);
    }

    /** The unit of a well-formed identifier; 400 if malformed, 404 if unknown. */
    @Transactional(readOnly = true)
    public GenealogyUnit find(String identifier) {
        Identifier parsed;
        try {
            parsed = Identifier.parse(identifier);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage());
        }
        return units.findByIdentifier(parsed.toString()).orElseThrow(() -> new NotFound("identifier", identifier));
    }

    String prefix() {
        return settings.prefix();
    }
}
