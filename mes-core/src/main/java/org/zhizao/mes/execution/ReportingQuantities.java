package org.zhizao.mes.execution;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.execution.domain.WorkRules;

/** Reporting good and scrap parts against an operation, by an operator or from a machine's counters. */
@Service
public class ReportingQuantities {

    private final OperationTransitions transitions;

    ReportingQuantities(OperationTransitions transitions) {
        this.transitions = transitions;
    }

    /** Adds the given good and scrap parts to the operation's totals. */
    @Transactional
    public OperationView report(long operationId, int good, int scrap, String reason) {
        Operation operation = transitions.load(operationId);
        WorkRules.reportingQuantities(operation.getCode(), operation.getStatus(), good, scrap).orThrow();
        operation.report(good, scrap, transitions.now());
        transitions.record(new AuditRecord(OperationTransitions.SUBJECT, operation.getCode(), operation.getOrderId(),
                "REPORT_QUANTITIES", null, null, "good +" + good + ", scrap +" + scrap + " (total good "
                + operation.getGoodQuantity() + ", scrap " + operation.getScrapQuantity() + ")"
                + (reason == null ? "" : ": " + reason)));
        transitions.publish(new QuantitiesReported(operation.getId(), operation.getCode(), operation.getOrderId(),
                operation.getStationCode(), good, scrap));
        return OperationView.of(operation);
    }
}
