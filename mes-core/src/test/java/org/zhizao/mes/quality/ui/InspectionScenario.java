package org.zhizao.mes.quality.ui;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhizao.mes.execution.DispatchingOperation;
import org.zhizao.mes.execution.RunningOperation;
import org.zhizao.mes.order.PlacingOrder;
import org.zhizao.mes.order.ReleasingOrder;
import org.zhizao.mes.quality.inspection.InspectionPlan;
import org.zhizao.mes.quality.inspection.InspectionPlanRepository;
import org.zhizao.mes.quality.inspection.PlanRequests;
import org.zhizao.mes.quality.inspection.QualityOperation;
import org.zhizao.mes.quality.inspection.QualityOperationRepository;
import org.zhizao.mes.quality.inspection.RecordingResult;

/**
 * Work for the inspector's screens made through the services: a new order of the demo gearbox shaft,
 * released, its TURNING operation (the demo plan: D1 bearing seat 40 ± 0.025 mm, RO runout up to
 * 0.02 mm, VIS visual, every 5th unit) dispatched to a lathe and started. Each call makes a new order,
 * so tests sharing the application never inspect the same operation.
 */
final class InspectionScenario {

    static final String SHAFT = "GBX-SHAFT-40";
    static final String LATHE = "P1/F1/W1/L2/S01";

    private final ApplicationContext context;

    InspectionScenario(ApplicationContext context) {
        this.context = context;
    }

    /** A started TURNING operation of a new shaft order, as quality knows it. */
    QualityOperation startedTurning() {
        long orderId = context.getBean(PlacingOrder.class).place(SHAFT, 10, LocalDate.now().plusDays(5), 3,
                "INSPECTION-TEST", "inspection test").id();
        context.getBean(ReleasingOrder.class).release(orderId, "inspection test");
        QualityOperation turning = context.getBean(QualityOperationRepository.class).findByOrderIdOrderBySeq(orderId)
                .get(0);
        context.getBean(DispatchingOperation.class).dispatch(turning.getOperationId(), LATHE, "inspection test");
        context.getBean(RunningOperation.class).start(turning.getOperationId(), "inspection test");
        return context.getBean(QualityOperationRepository.class).findById(turning.getOperationId()).orElseThrow();
    }

    /** Measurements of one characteristic recorded on the operation, straight through the service. */
    void measure(long operationId, String characteristic, List<Double> values) {
        RecordingResult recording = context.getBean(RecordingResult.class);
        values.forEach(v -> recording.record(operationId, new PlanRequests.NewResult(characteristic, v, null, null,
                null, null)));
    }

    /** The id of the demo shaft's TURNING characteristic with this code. */
    long characteristicId(String code) {
        // the plan's characteristics load lazily: read them inside a transaction
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status ->
                context.getBean(InspectionPlanRepository.class).findAll().stream()
                        .filter(p -> p.getProductCode().equals(SHAFT)).map(InspectionPlan::getCharacteristics)
                        .flatMap(List::stream).filter(c -> c.getCode().equals(code)).findFirst().orElseThrow()
                        .getId());
    }
}
