package org.zhizao.mes.quality.ncr;

import java.time.ZoneOffset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.execution.AddingReworkOperation;
import org.zhizao.mes.execution.OperationView;
import org.zhizao.mes.quality.domain.Disposition;
import org.zhizao.mes.quality.domain.NcrRules;
import org.zhizao.mes.quality.domain.NcrStatus;
import org.zhizao.mes.quality.inspection.CurrentUser;
import org.zhizao.mes.quality.inspection.OperationLedger;
import org.zhizao.mes.quality.inspection.QualityOperation;
import org.zhizao.mes.quality.spc.QualityAlert;
import org.zhizao.mes.quality.spc.QualityAlertRepository;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.NotFound;

/**
 * The nonconformance workflow: open from a defect or an SPC alert, disposition (rework adds a rework
 * operation to the order; use as is waits for a supervisor's approval), close. Every step is audited
 * against the order.
 */
@Service
public class HandlingNonconformance {

    static final String SUBJECT = "NCR";

    private final NonconformanceRepository reports;
    private final DefectRecordRepository defects;
    private final QualityAlertRepository alerts;
    private final OperationLedger operations;
    private final AddingReworkOperation rework;
    private final AuditTrail audit;
    private final CurrentUser user;

    HandlingNonconformance(NonconformanceRepository reports, DefectRecordRepository defects,
            QualityAlertRepository alerts, OperationLedger operations, AddingReworkOperation rework,
            AuditTrail audit, CurrentUser user) {
        this.reports = reports;
        this.defects = defects;
        this.alerts = alerts;
        this.operations = operations;
        this.rework = rework;
        this.audit = audit;
        this.user = user;
    }

    @Transactional
    public Nonconformance open(Long defectId, Long alertId, String description) {
        if ((defectId == null) == (alertId == null)) {
            throw new InvalidInput("an NCR is opened from exactly one of 'defectId' or 'alertId'");
        }
        Nonconformance ncr;
        if (defectId != null) {
            DefectRecord defect = defects.findById(defectId).orElseThrow(() ->
                    new InvalidInput("defect record " + defectId + " does not exist"));
            ncr = new Nonconformance(Nonconformance.Source.DEFECT, defectId, null, defect.getOrderId(),
                    defect.getOperationId(), defect.getUnitIdentifier(), describe(description,
                            defect.getQuantity() + " × " + defect.getDefectCode()), user.now());
        } else {
            QualityAlert alert = alerts.findById(alertId).orElseThrow(() ->
                    new InvalidInput("quality alert " + alertId + " does not exist"));
            ncr = new Nonconformance(Nonconformance.Source.SPC_ALERT, null, alertId, alert.getOrderId(),
                    alert.getOperationId(), null, describe(description, alert.getMessage()), user.now());
        }
        ncr = reports.saveAndFlush(ncr);
        ncr.numbered(ncr.getOpenedAt().atZone(ZoneOffset.UTC).getYear());
        audit.record(AuditRecord.transition(SUBJECT, ncr.getNumber(), ncr.getOrderId(), "OPEN", null, NcrStatus.OPEN,
                ncr.getDescription()));
        return ncr;
    }

    /** Decides the disposition; rework adds the rework operation at once, use as is waits for approval. */
    @Transactional
    public Nonconformance dispose(long id, Disposition disposition, String note, Integer reworkQuantity) {
        Nonconformance ncr = load(id);
        NcrRules.disposition(ncr.getNumber(), ncr.getStatus(), disposition).orThrow();
        NcrStatus from = ncr.dispose(disposition, NcrRules.afterDisposition(disposition), note, user.name(),
                user.now());
        audit.record(AuditRecord.transition(SUBJECT, ncr.getNumber(), ncr.getOrderId(),
                "DISPOSITION_" + disposition.name(), from, ncr.getStatus(), note));
        if (disposition == Disposition.REWORK) {
            QualityOperation origin = operations.get(ncr.getOperationId());
            int quantity = reworkQuantity != null ? reworkQuantity : ncr.getDefectId() == null ? 1
                    : defects.findById(ncr.getDefectId()).map(DefectRecord::getQuantity).orElse(1);
            OperationView added = rework.add(ncr.getOrderId(), origin.getStationCode(), quantity,
                    "Rework for " + ncr.getNumber() + ": " + (note == null ? ncr.getDescription() : note),
                    "rework of " + origin.getCode() + " for " + ncr.getNumber());
            ncr.reworkedBy(added.id());
        }
        return ncr;
    }

    @Transactional
    public Nonconformance approve(long id, String note) {
        Nonconformance ncr = load(id);
        NcrRules.approval(ncr.getNumber(), ncr.getStatus()).orThrow();
        NcrStatus from = ncr.approve(user.name(), user.now());
        audit.record(AuditRecord.transition(SUBJECT, ncr.getNumber(), ncr.getOrderId(), "APPROVE_USE_AS_IS", from,
                ncr.getStatus(), note));
        return ncr;
    }

    @Transactional
    public Nonconformance reject(long id, String note) {
        Nonconformance ncr = load(id);
        NcrRules.approval(ncr.getNumber(), ncr.getStatus()).orThrow();
        NcrStatus from = ncr.reject(user.now());
        audit.record(AuditRecord.transition(SUBJECT, ncr.getNumber(), ncr.getOrderId(), "REJECT_USE_AS_IS", from,
                ncr.getStatus(), note));
        return ncr;
    }

    @Transactional
    public Nonconformance close(long id, String note) {
        Nonconformance ncr = load(id);
        NcrRules.closing(ncr.getNumber(), ncr.getStatus()).orThrow();
        NcrStatus from = ncr.close(user.now());
        audit.record(AuditRecord.transition(SUBJECT, ncr.getNumber(), ncr.getOrderId(), "CLOSE", from,
                ncr.getStatus(), note));
        return ncr;
    }

    private Nonconformance load(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFound("NCR", id));
    }

    private static String describe(String given, String fallback) {
        String text = given == null || given.isBlank() ? fallback : given;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
