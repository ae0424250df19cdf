package org.zhizao.mes.quality.genealogy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.order.OrderProgress;
import org.zhizao.mes.quality.domain.Identifier;
import org.zhizao.mes.quality.inspection.Characteristic;
import org.zhizao.mes.quality.inspection.CharacteristicRepository;
import org.zhizao.mes.quality.inspection.InspectionResultRepository;
import org.zhizao.mes.quality.inspection.QualityOperation;
import org.zhizao.mes.quality.inspection.QualityOperationRepository;
import org.zhizao.mes.quality.ncr.DefectRecordRepository;
import org.zhizao.mes.quality.ncr.NonconformanceRepository;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.NotFound;

/** Resolves an identifier issued here to its unit's as-built record. */
@Service
class ResolvingIdentifier {

    private final Genealogy genealogy;
    private final MaterialConsumptionRepository consumptions;
    private final OrderProgress orders;
    private final QualityOperationRepository operations;
    private final InspectionResultRepository results;
    private final CharacteristicRepository characteristics;
    private final DefectRecordRepository defects;
    private final NonconformanceRepository reports;
    private final ProcessHistory processes;

    ResolvingIdentifier(Genealogy genealogy, MaterialConsumptionRepository consumptions, OrderProgress orders,
            QualityOperationRepository operations, InspectionResultRepository results,
            CharacteristicRepository characteristics, DefectRecordRepository defects,
            NonconformanceRepository reports, ProcessHistory processes) {
        this.genealogy = genealogy;
        this.consumptions = consumptions;
        this.orders = orders;
        this.operations = operations;
        this.results = results;
        this.characteristics = characteristics;
        this.defects = defects;
        this.reports = reports;
        this.processes = processes;
    }

    @Transactional(readOnly = true)
    public AsBuiltRecord resolve(String text) {
        Identifier identifier;
        try {
            identifier = Identifier.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage());
        }
        if (!identifier.prefix().equals(genealogy.prefix())) {
            throw new NotFound("identifier", text) {
                @Override
                public String getMessage() {
                    return "identifier '" + text + "' has the prefix " + identifier.prefix()
                            + ", which this server does not resolve (it resolves " + genealogy.prefix() + ")";
                }
            };
        }
        GenealogyUnit unit = genealogy.find(text);
        OrderProgress.OrderSnapshot order = orders.get(unit.getOrderId());
        List<QualityOperation> ops = operations.findByOrderIdOrderBySeq(unit.getOrderId());
        Map<Long, String> codes = ops.stream().collect(Collectors.toMap(QualityOperation::getOperationId,
                QualityOperation::getCode));
        String id = unit.getIdentifier();
        return new AsBuiltRecord(id, unit.getKind().name(), unit.getQuantity(), unit.getCreatedAt(),
                new AsBuiltRecord.Order(order.id(), order.number(), order.productCode(), order.status()),
                ops.stream().map(o -> new AsBuiltRecord.Operation(o.getOperationId(), o.getCode(), o.getSeq(),
                        o.getStationCode(), o.getStatus(), o.getOperators() == null ? List.of()
                                : Arrays.asList(o.getOperators().split(",")),
                        o.getStartedAt(), o.getFinishedAt(), o.getGoodQuantity(), o.getScrapQuantity(),
                        processes.of(o))).toList(),
                results.findByUnitIdentifierOrderById(id).stream().map(r -> {
                    Characteristic c = characteristics.findById(r.getCharacteristicId()).orElseThrow();
                    return new AsBuiltRecord.Measurement(codes.get(r.getOperationId()), c.getCode(),
                            r.getMeasuredValue(), c.getUnit(), r.isPassed(), r.defectCodes(), r.getInspector(),
                            r.getStationCode(), r.getRecordedAt());
                }).toList(),
                defects.findByUnitIdentifierOrderById(id).stream().map(d -> new AsBuiltRecord.Defect(
                        d.getDefectCode(), codes.get(d.getOperationId()), d.getStationCode(), d.getOperator(),
                        d.getQuantity(), d.getRecordedAt())).toList(),
                reports.findByUnitIdentifierOrderById(id).stream().map(n -> new AsBuiltRecord.Disposition(
                        n.getNumber(), n.getStatus().name(),
                        n.getDisposition() == null ? null : n.getDisposition().name(), n.getProposedBy(),
                        n.getApprovedBy())).toList(),
                consumptions.findByUnitOrderById(unit).stream().map(c -> new AsBuiltRecord.Material(
                        c.getComponentCode(), c.getMaterialLot(), c.getQuantity(), c.getUnitOfMeasure())).toList());
    }
}
