package org.zhizao.mes.scheduling;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.execution.OperationBacklog;
import org.zhizao.mes.execution.OperationView;
import org.zhizao.mes.scheduling.domain.PlanRules;
import org.zhizao.mes.shared.domain.RuleViolation;

/**
 * Freezing an operation where the latest plan of its workshop puts it: later solves keep it on that
 * station at that start. Unfreezing lets the solver move it again.
 */
@Service
class FreezingOperation {

    static final String SUBJECT = "OPERATION";

    /** A frozen operation as the API shows it. */
    record FrozenView(long operationId, String operationCode, String workshopCode, String stationCode,
                      Instant start, Instant frozenAt, String frozenBy) {
        static FrozenView of(FrozenOperation f) {
            return new FrozenView(f.getOperationId(), f.getOperationCode(), f.getWorkshopCode(), f.getStationCode(),
                    f.getStart(), f.getFrozenAt(), f.getFrozenBy());
        }
    }

    private final OperationBacklog backlog;
    private final PlanRepository plans;
    private final FrozenOperationRepository frozen;
    private final PlanStore store;
    private final AuditTrail audit;

    FreezingOperation(OperationBacklog backlog, PlanRepository plans, FrozenOperationRepository frozen,
            PlanStore store, AuditTrail audit) {
        this.backlog = backlog;
        this.plans = plans;
        this.frozen = frozen;
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    FrozenView freeze(long operationId, String reason) {
        OperationView operation = backlog.get(operationId);
        List<String> workshops = plans.workshopsPlanning(operationId, PageRequest.of(0, 1));
        Plan.Entry entry = workshops.isEmpty() ? null
                : plans.findFirstByWorkshopCodeOrderByPlanNumberDesc(workshops.get(0)).stream()
                        .flatMap(p -> p.getOperations().stream())
                        .filter(e -> e.operationId() == operationId).findFirst().orElse(null);
        PlanRules.freezing(operation.code(), operation.status(), entry != null).orThrow();
        frozen.findById(operationId).ifPresent(frozen::delete);
        frozen.flush();
        FrozenOperation saved = frozen.save(new FrozenOperation(operationId, operation.code(), workshops.get(0),
                entry.stationCode(), entry.start(), store.now(), SolvingWorkshop.actor()));
        audit.record(new AuditRecord(SUBJECT, operation.code(), operation.orderId(), "FREEZE", null, null,
                "on " + entry.stationCode() + " at " + entry.start() + (reason == null ? "" : ": " + reason)));
        return FrozenView.of(saved);
    }

    @Transactional
    FrozenView unfreeze(long operationId, String reason) {
        OperationView operation = backlog.get(operationId);
        FrozenOperation current = frozen.findById(operationId)
                .orElseThrow(() -> new RuleViolation("operation " + operation.code() + " is not frozen"));
        frozen.delete(current);
        audit.record(new AuditRecord(SUBJECT, operation.code(), operation.orderId(), "UNFREEZE", null, null,
                reason));
        return FrozenView.of(current);
    }

    @Transactional(readOnly = true)
    List<FrozenView> frozenIn(String workshopCode) {
        return frozen.findByWorkshopCode(workshopCode).stream().map(FrozenView::of).toList();
    }
}
