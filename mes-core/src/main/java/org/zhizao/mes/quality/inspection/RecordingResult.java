package org.zhizao.mes.quality.inspection;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.quality.domain.DefectCodes;
import org.zhizao.mes.quality.domain.Identifier;
import org.zhizao.mes.quality.domain.PhysicalUnits;
import org.zhizao.mes.quality.domain.Retirement;
import org.zhizao.mes.quality.domain.Specification;
import org.zhizao.mes.quality.ncr.DefectCatalogue;
import org.zhizao.mes.quality.ncr.RecordingDefect;
import org.zhizao.mes.quality.spc.MonitoringCharacteristic;
import org.zhizao.mes.quality.spc.QualityAlert;
import org.zhizao.mes.shared.domain.Decision;
import org.zhizao.mes.shared.domain.InvalidInput;

/**
 * Recording an inspection result against an operation: checked against the operation's plan, decided
 * pass or fail at once; an attribute failure records its defects, a measurement feeds the SPC monitor.
 */
@Service
public class RecordingResult {

    /** The stored result and the SPC alerts it raised. */
    public record Recorded(InspectionResult result, Characteristic characteristic, List<QualityAlert> alerts) {
    }

    private final OperationLedger operations;
    private final InspectionPlanRepository plans;
    private final InspectionResultRepository results;
    private final DefectCatalogue catalogue;
    private final RecordingDefect defects;
    private final MonitoringCharacteristic monitor;
    private final AuditTrail audit;
    private final CurrentUser user;

    RecordingResult(OperationLedger operations, InspectionPlanRepository plans, InspectionResultRepository results,
            DefectCatalogue catalogue, RecordingDefect defects, MonitoringCharacteristic monitor, AuditTrail audit,
            CurrentUser user) {
        this.operations = operations;
        this.plans = plans;
        this.results = results;
        this.catalogue = catalogue;
        this.defects = defects;
        this.monitor = monitor;
        this.audit = audit;
        this.user = user;
    }

    @Transactional
    public Recorded record(long operationId, PlanRequests.NewResult request) {
        QualityOperation operation = operations.get(operationId);
        InspectionPlan plan = plans.findByProductIdAndOperationSeq(operation.getProductId(), operation.getSeq())
                .orElseThrow(() -> new InvalidInput("operation " + operation.getCode() + " has no inspection plan"));
        Characteristic characteristic = plan.characteristic(request.characteristic()).orElseThrow(() ->
                new InvalidInput("characteristic '" + request.characteristic() + "' is not in the inspection plan of "
                        + "operation " + operation.getCode() + "; its characteristics are "
                        + plan.inForce().stream().map(Characteristic::getCode).toList()));
        Retirement.usable("characteristic " + characteristic.getCode() + " of the inspection plan of operation "
                + operation.getCode(), characteristic.getRetiredAt(), "new results").orThrow();
        if (request.unitIdentifier() != null) {
            try {
                Identifier.parse(request.unitIdentifier());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(e.getMessage());
            }
        }
        List<String> codes = request.defectCodes() == null ? List.of() : request.defectCodes();
        boolean passed = characteristic.getKind() == Characteristic.Kind.VARIABLE
                ? measured(characteristic, request) : judged(characteristic, request, codes);
        InspectionResult result = results.save(new InspectionResult(characteristic.getId(), operation,
                request.unitIdentifier(), operation.getStationCode(), user.name(), user.now(), request.value(), passed,
                codes, request.note()));
        audit.record(new AuditRecord("INSPECTION", operation.getCode() + "/" + characteristic.getCode(),
                operation.getOrderId(), "RECORD", null, passed ? "PASSED" : "FAILED",
                (request.value() == null ? "" : request.value() + " " + characteristic.getUnit() + " ")
                        + (codes.isEmpty() ? "" : "defects " + codes + " ")
                        + (request.unitIdentifier() == null ? "" : "unit " + request.unitIdentifier())));
        for (String code : codes) {
            defects.record(operation, code, request.unitIdentifier(), 1,
                    "inspection of " + characteristic.getCode());
        }
        List<QualityAlert> alerts = characteristic.getKind() == Characteristic.Kind.VARIABLE
                ? monitor.afterResult(characteristic, operation) : List.of();
        return new Recorded(result, characteristic, alerts);
    }

    private static boolean measured(Characteristic characteristic, PlanRequests.NewResult request) {
        if (request.value() == null) {
            throw new InvalidInput("characteristic " + characteristic.getCode() + " is measured: give its value in "
                    + characteristic.getUnit());
        }
        if (request.passed() != null || request.defectCodes() != null) {
            throw new InvalidInput("characteristic " + characteristic.getCode()
                    + " is measured: pass or fail follows from the value, do not give 'passed' or 'defectCodes'");
        }
        Specification specification = characteristic.specification();
        if (PhysicalUnits.possible(request.value(), specification.unit()) instanceof Decision.Rejected impossible) {
            throw new InvalidInput("characteristic " + characteristic.getCode() + ": " + impossible.reason());
        }
        return specification.conforms(request.value());
    }

    private boolean judged(Characteristic characteristic, PlanRequests.NewResult request, List<String> codes) {
        if (request.value() != null) {
            throw new InvalidInput("characteristic " + characteristic.getCode()
                    + " is an attribute: give 'passed' and the defect codes found, not a value");
        }
        if (request.passed() == null && codes.isEmpty()) {
            throw new InvalidInput("characteristic " + characteristic.getCode()
                    + " is an attribute: give 'passed', or the defect codes found");
        }
        if (Boolean.TRUE.equals(request.passed()) && !codes.isEmpty()) {
            throw new InvalidInput("a passed result cannot report defects " + codes);
        }
        List<String> allowed = characteristic.allowedDefectCodes();
        for (String code : codes) {
            if (!catalogue.exists(code)) {
                throw new InvalidInput("defect code '" + code + "' is not in the catalogue");
            }
            catalogue.usable(code).orThrow();
            if (!allowed.isEmpty() && allowed.stream().noneMatch(a -> DefectCodes.isUnder(code, a))) {
                throw new InvalidInput("characteristic " + characteristic.getCode() + " allows defect codes " + allowed
                        + ", not '" + code + "'");
            }
        }
        return codes.isEmpty() && request.passed();
    }
}
