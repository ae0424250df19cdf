package org.zhizao.mes.scheduling;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.execution.DispatchingOperation;
import org.zhizao.mes.execution.OperationBacklog;
import org.zhizao.mes.execution.OperationView;
import org.zhizao.mes.order.OrderProgress;
import org.zhizao.mes.scheduling.domain.PlanRules;
import org.zhizao.mes.scheduling.domain.PlanStatus;

/**
 * Dispatching a plan: each planned operation still planned or dispatched goes to its planned station, in
 * start order, through execution's dispatch use case (which checks its rules and writes its audit
 * entries). Operations that started or finished meanwhile, or whose order is on hold, are left alone.
 * All or nothing, in one transaction.
 */
@Service
class DispatchingPlan {

    static final String SUBJECT = "PLAN";

    private final PlanStore store;
    private final PlanRepository plans;
    private final OperationBacklog backlog;
    private final OrderProgress orders;
    private final DispatchingOperation dispatching;
    private final AuditTrail audit;

    DispatchingPlan(PlanStore store, PlanRepository plans, OperationBacklog backlog, OrderProgress orders,
            DispatchingOperation dispatching, AuditTrail audit) {
        this.store = store;
        this.plans = plans;
        this.backlog = backlog;
        this.orders = orders;
        this.dispatching = dispatching;
        this.audit = audit;
    }

    @Transactional
    PlanView dispatch(long planId, String reason) {
        Plan plan = store.load(planId);
        boolean latest = plans.findFirstByWorkshopCodeOrderByPlanNumberDesc(plan.getWorkshopCode())
                .map(p -> p.getId().equals(plan.getId())).orElse(false);
        PlanRules.dispatching(plan.label(), plan.getStatus(), latest).orThrow();
        String why = "plan " + plan.label() + (reason == null || reason.isBlank() ? "" : ": " + reason);
        List<Plan.Entry> inOrder = plan.getOperations().stream()
                .sorted(Comparator.comparing(Plan.Entry::start).thenComparing(Plan.Entry::operationCode)).toList();
        int dispatched = 0;
        int left = 0;
        for (Plan.Entry entry : inOrder) {
            OperationView operation = backlog.get(entry.operationId());
            boolean waiting = operation.status().equals("PLANNED") || operation.status().equals("DISPATCHED");
            boolean alreadyThere = operation.status().equals("DISPATCHED")
                    && entry.stationCode().equals(operation.stationCode());
            if (!waiting || alreadyThere || !orders.get(operation.orderId()).acceptsWork()) {
                left++;
                continue;
            }
            dispatching.dispatch(entry.operationId(), entry.stationCode(), why);
            dispatched++;
        }
        plan.dispatched(store.now(), SolvingWorkshop.actor());
        audit.record(AuditRecord.transition(SUBJECT, plan.label(), null, "DISPATCH", PlanStatus.DRAFT,
                PlanStatus.DISPATCHED, dispatched + " operations dispatched, " + left + " left as they were"
                        + (reason == null || reason.isBlank() ? "" : ": " + reason)));
        return PlanView.of(plan);
    }
}
