package org.zhizao.mes.quality.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One recorded inspection: a measured value or an attribute judgement, passed or failed at once. */
@Entity
@Table(name = "inspection_result")
public class InspectionResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "characteristic_id", nullable = false)
    private long characteristicId;

    @Column(name = "operation_id", nullable = false)
    private long operationId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "unit_identifier")
    private String unitIdentifier;

    @Column(name = "station_code")
    private String stationCode;

    @Column(nullable = false)
    private String inspector;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "measured_value")
    private Double measuredValue;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "defect_codes")
    private String defectCodes;

    private String note;

    protected InspectionResult() {
    }

    InspectionResult(long characteristicId, QualityOperation operation, String unitIdentifier, String stationCode,
            String inspector, Instant recordedAt, Double measuredValue, boolean passed, List<String> defectCodes,
            String note) {
        this.characteristicId = characteristicId;
        this.operationId = operation.getOperationId();
        this.orderId = operation.getOrderId();
        this.unitIdentifier = unitIdentifier;
        this.stationCode = stationCode;
        this.inspector = inspector;
        this.recordedAt = recordedAt;
        this.measuredValue = measuredValue;
        this.passed = passed;
        this.defectCodes = defectCodes == null || defectCodes.isEmpty() ? null : String.join(",", defectCodes);
        this.note = note;
    }

    public List<String> defectCodes() {
        return defectCodes == null ? List.of() : Arrays.asList(defectCodes.split(","));
    }

    public Long getId() {
        return id;
    }

    public long getCharacteristicId() {
        return characteristicId;
    }

    public long getOperationId() {
        return operationId;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getUnitIdentifier() {
        return unitIdentifier;
    }

    public String getStationCode() {
        return stationCode;
    }

    public String getInspector() {
        return inspector;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Double getMeasuredValue() {
        return measuredValue;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getNote() {
        return note;
    }
}
