package org.zhizao.mes.quality.ui;

import java.time.Instant;
import java.util.List;
import org.zhizao.mes.quality.domain.ControlChart;
import org.zhizao.mes.quality.domain.Capability;
import org.zhizao.mes.quality.domain.ChartType;
import org.zhizao.mes.quality.domain.Disposition;
import org.zhizao.mes.quality.domain.NcrStatus;
import org.zhizao.mes.quality.domain.RunRuleBreach;
import org.zhizao.mes.quality.domain.Specification;
import org.zhizao.mes.quality.inspection.Characteristic;

/** What the inspector's screens show, read from {@link InspectionDesk}: plain values, no entities. */
public final class InspectionViews {

    private InspectionViews() {
    }

    /**
     * An operation whose required inspections are not all recorded yet.
     *
     * @param open each required characteristic still missing results, e.g. "D1 0/1"
     */
    public record QueueEntry(long operationId, String operationCode, String orderNumber, String productCode,
                             String stationCode, String status, int unitsMade, List<String> open) {
    }

    /** One characteristic of the operation's plan with the results it has and needs. */
    public record CharacteristicLine(long id, String code, String name, Characteristic.Kind kind,
                                     Specification specification, String gauge, List<String> allowedDefectCodes,
                                     boolean required, long recorded, int needed) {
    }

    public record ResultLine(long id, String characteristic, Double value, String unit, boolean passed,
                             List<String> defectCodes, String unitIdentifier, String stationCode, String inspector,
                             Instant recordedAt) {
    }

    /** The inspection form of one operation: its plan's characteristics and the results so far. */
    public record OperationForm(QueueEntry operation, String sampling, List<CharacteristicLine> characteristics,
                                List<ResultLine> results) {
    }

    /** What saving the form recorded, and the SPC alerts it raised. */
    public record Saved(List<ResultLine> results, List<String> alerts) {
    }

    public record DefectCodeLine(String code, String name, String severity) {
    }

    public record NcrLine(long id, String number, NcrStatus status, Disposition disposition, String description,
                          String operationCode, String orderNumber, String unitIdentifier, String proposedBy,
                          String approvedBy, Instant openedAt, Instant updatedAt) {
    }

    /** A variable characteristic that can be charted. */
    public record ChartableCharacteristic(long id, String productCode, int operationSeq, String code, String name,
                                          int subgroupSize, ChartType defaultType, List<ChartType> types) {
    }

    /**
     * A characteristic's control chart and capability.
     *
     * @param chart      null when there are fewer than two complete subgroups
     * @param capability null when there is no chart
     */
    public record SpcFigures(ChartableCharacteristic characteristic, ChartType type, Specification specification,
                             int values, ControlChart chart, int baselineUsed, List<RunRuleBreach> breaches,
                             Capability capability) {
    }

    public record ParetoLine(String defectCode, long count, double share, double cumulativeShare) {
    }
}
