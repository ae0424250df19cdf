package org.zhizao.mes.quality.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhizao.mes.quality.domain.SamplingRule;
import org.zhizao.mes.quality.inspection.Characteristic;
import org.zhizao.mes.quality.inspection.InspectionPlan;
import org.zhizao.mes.quality.inspection.InspectionPlanRepository;
import org.zhizao.mes.quality.inspection.InspectionResult;
import org.zhizao.mes.quality.inspection.InspectionResultRepository;
import org.zhizao.mes.quality.inspection.OperationLedger;
import org.zhizao.mes.quality.inspection.QualityOperation;
import org.zhizao.mes.quality.inspection.QualityOperationRepository;
import org.zhizao.mes.quality.ui.InspectionViews.CharacteristicLine;
import org.zhizao.mes.quality.ui.InspectionViews.OperationForm;
import org.zhizao.mes.quality.ui.InspectionViews.QueueEntry;
import org.zhizao.mes.quality.ui.InspectionViews.ResultLine;
import org.zhizao.mes.shared.domain.InvalidInput;

/**
 * Which running operations still owe inspections: the same count the completion check applies (the
 * sampling rule's required results for the units made so far), read for the whole shop floor.
 */
@Component
class InspectionQueue {

    /** Work under way at a station: what an inspector can measure now. */
    private static final Set<String> RUNNING = Set.of("DISPATCHED", "STARTED", "PAUSED");

    private final QualityOperationRepository operations;
    private final OperationLedger ledger;
    private final InspectionPlanRepository plans;
    private final InspectionResultRepository results;

    InspectionQueue(QualityOperationRepository operations, OperationLedger ledger, InspectionPlanRepository plans,
            InspectionResultRepository results) {
        this.operations = operations;
        this.ledger = ledger;
        this.plans = plans;
        this.results = results;
    }

    List<QueueEntry> open() {
        List<QueueEntry> queue = new ArrayList<>();
        for (QualityOperation operation : operations.findByStatusIn(RUNNING)) {
            plan(operation).ifPresent(plan -> {
                QueueEntry entry = entry(operation, lines(operation, plan));
                if (!entry.open().isEmpty()) {
                    queue.add(entry);
                }
            });
        }
        queue.sort(Comparator.comparing(QueueEntry::orderNumber).thenComparing(QueueEntry::operationCode));
        return queue;
    }

    OperationForm form(long operationId) {
        QualityOperation operation = ledger.get(operationId);
        InspectionPlan plan = plan(operation).orElseThrow(() ->
                new InvalidInput("operation " + operation.getCode() + " has no inspection plan"));
        List<CharacteristicLine> lines = lines(operation, plan);
        Map<Long, Characteristic> byId = plan.getCharacteristics().stream()
                .collect(Collectors.toMap(Characteristic::getId, Function.identity()));
        List<ResultLine> recorded = results.findByOperationIdOrderById(operationId).stream()
                .filter(r -> byId.containsKey(r.getCharacteristicId()))
                .map(r -> line(r, byId.get(r.getCharacteristicId()))).toList();
        return new OperationForm(entry(operation, lines), plan.sampling().describe(), lines, recorded);
    }

    static ResultLine line(InspectionResult r, Characteristic c) {
        return new ResultLine(r.getId(), c.getCode(), r.getMeasuredValue(), c.getUnit(), r.isPassed(),
                r.defectCodes(), r.getUnitIdentifier(), r.getStationCode(), r.getInspector(), r.getRecordedAt());
    }

    private Optional<InspectionPlan> plan(QualityOperation operation) {
        return plans.findByProductIdAndOperationSeq(operation.getProductId(), operation.getSeq());
    }

    private List<CharacteristicLine> lines(QualityOperation operation, InspectionPlan plan) {
        SamplingRule sampling = plan.sampling();
        int needed = sampling.requiredResults(operation.unitsMade());
        return plan.getCharacteristics().stream().map(c -> new CharacteristicLine(c.getId(), c.getCode(), c.getName(),
                c.getKind(), c.specification(), c.getGauge(), c.allowedDefectCodes(), c.isRequired(),
                results.countByOperationIdAndCharacteristicId(operation.getOperationId(), c.getId()),
                c.isRequired() ? needed : 0)).toList();
    }

    private static QueueEntry entry(QualityOperation operation, List<CharacteristicLine> lines) {
        List<String> open = lines.stream().filter(l -> l.recorded() < l.needed())
                .map(l -> l.code() + " " + l.recorded() + "/" + l.needed()).toList();
        return new QueueEntry(operation.getOperationId(), operation.getCode(), operation.getOrderNumber(),
                operation.getProductCode(), operation.getStationCode(), operation.getStatus(), operation.unitsMade(),
                open);
    }
}
