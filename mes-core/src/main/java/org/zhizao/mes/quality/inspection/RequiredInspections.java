package org.zhizao.mes.quality.inspection;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhizao.mes.execution.CompletionCheck;
import org.zhizao.mes.execution.OperationView;
import org.zhizao.mes.quality.domain.RequiredInspection;
import org.zhizao.mes.shared.domain.Decision;

/** Blocks completing an operation until its plan's required inspections have their results. */
@Component
class RequiredInspections implements CompletionCheck {

    private final QualityOperationRepository operations;
    private final InspectionPlanRepository plans;
    private final InspectionResultRepository results;

    RequiredInspections(QualityOperationRepository operations, InspectionPlanRepository plans,
            InspectionResultRepository results) {
        this.operations = operations;
        this.plans = plans;
        this.results = results;
    }

    @Override
    public Decision check(OperationView operation) {
        return operations.findById(operation.id())
                .flatMap(o -> plans.findByProductIdAndOperationSeq(o.getProductId(), operation.seq()))
                .map(plan -> {
                    List<RequiredInspection> required = plan.inForce().stream()
                            .filter(Characteristic::isRequired)
                            .map(c -> new RequiredInspection(c.getCode(), plan.sampling(),
                                    results.countByOperationIdAndCharacteristicId(operation.id(), c.getId())))
                            .toList();
                    return RequiredInspection.allRecorded(operation.code(),
                            operation.goodQuantity() + operation.scrapQuantity(), required);
                })
                .orElse(Decision.allowed());
    }
}
