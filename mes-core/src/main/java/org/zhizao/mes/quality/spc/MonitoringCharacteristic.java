package org.zhizao.mes.quality.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.execution.RunningOperation;
import org.zhizao.mes.order.HoldingOrder;
import org.zhizao.mes.order.OrderProgress;
import org.zhizao.mes.quality.domain.RunRuleBreach;
import org.zhizao.mes.quality.inspection.Characteristic;
import org.zhizao.mes.quality.inspection.CurrentUser;
import org.zhizao.mes.quality.inspection.InspectionResultRepository;
import org.zhizao.mes.quality.inspection.QualityOperation;

/**
 * After each measurement: once the baseline subgroups exist, checks the newest point of the
 * characteristic's chart against the run rules; each new breach raises an alert and, if the
 * characteristic says so, pauses the operation or holds the order.
 */
@Service
public class MonitoringCharacteristic {

    private final InspectionResultRepository results;
    private final QualityAlertRepository alerts;
    private final RunningOperation running;
    private final HoldingOrder holding;
    private final OrderProgress orders;
    private final AuditTrail audit;
    private final CurrentUser user;

    MonitoringCharacteristic(InspectionResultRepository results, QualityAlertRepository alerts,
            RunningOperation running, HoldingOrder holding, OrderProgress orders, AuditTrail audit, CurrentUser user) {
        this.results = results;
        this.alerts = alerts;
        this.running = running;
        this.holding = holding;
        this.orders = orders;
        this.audit = audit;
        this.user = user;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public List<QualityAlert> afterResult(Characteristic characteristic, QualityOperation operation) {
        List<Double> values = results.valuesOf(characteristic.getId());
        int n = characteristic.getSubgroupSize();
        if (values.size() % n != 0) {
            return List.of(); // the newest subgroup is not complete yet
        }
        ChartData data = ChartData.of(characteristic.chartType(), n, characteristic.getBaselineSubgroups(), values);
        if (data.subgroups() < characteristic.getBaselineSubgroups()) {
            return List.of();
        }
        int newest = data.subgroups() - 1;
        List<RunRuleBreach> fresh = data.breaches().stream().filter(b -> b.lastPoint() == newest).toList();
        if (fresh.isEmpty()) {
            return List.of();
        }
        String hold = hold(characteristic, operation, fresh.get(0));
        List<QualityAlert> raised = new ArrayList<>();
        for (RunRuleBreach breach : fresh) {
            String message = characteristic.getCode() + " on operation " + operation.getCode() + ": "
                    + breach.describe();
            String points = breach.points().stream().map(p -> String.valueOf(p + 1)).collect(Collectors.joining(","));
            QualityAlert alert = alerts.save(new QualityAlert(characteristic.getId(), characteristic.getCode(),
                    operation.getOperationId(), operation.getOrderId(), breach.rule().number(), message, points,
                    hold, user.now()));
            audit.record(new AuditRecord("QUALITY_ALERT", String.valueOf(alert.getId()), operation.getOrderId(),
                    "RAISE", null, null, message));
            raised.add(alert);
        }
        return raised;
    }

    /** Puts the operation or order on hold if the characteristic asks for it and the state allows it. */
    private String hold(Characteristic characteristic, QualityOperation operation, RunRuleBreach breach) {
        String reason = "SPC alert on " + characteristic.getCode() + ": " + breach.describe();
        switch (characteristic.getHoldOnAlert()) {
            case OPERATION -> {
                if ("STARTED".equals(operation.getStatus())) {
                    running.pause(operation.getOperationId(), reason);
                    return "OPERATION";
                }
            }
            case ORDER -> {
                String status = orders.get(operation.getOrderId()).status();
                if ("RELEASED".equals(status) || "IN_PROGRESS".equals(status)) {
                    holding.hold(operation.getOrderId(), reason);
                    return "ORDER";
                }
            }
            case NONE -> { }
        }
        return "NONE";
    }
}
