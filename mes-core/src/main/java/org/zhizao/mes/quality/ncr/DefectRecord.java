package org.zhizao.mes.quality.ncr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zhizao.mes.quality.inspection.QualityOperation;

/** Defects of one code found on an operation's units, with where, on which unit and whose work. */
@Entity
@Table(name = "defect_record")
public class DefectRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "defect_code", nullable = false)
    private String defectCode;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "operation_id", nullable = false)
    private long operationId;

    @Column(name = "product_code", nullable = false)
    private String productCode;

    @Column(name = "station_code")
    private String stationCode;

    @Column(name = "unit_identifier")
    private String unitIdentifier;

    private String operator;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(nullable = false)
    private int quantity;

    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DefectRecord() {
    }

    DefectRecord(String defectCode, QualityOperation operation, String unitIdentifier, String operator,
            String recordedBy, int quantity, String note, Instant recordedAt) {
        this.defectCode = defectCode;
        this.orderId = operation.getOrderId();
        this.operationId = operation.getOperationId();
        this.productCode = operation.getProductCode();
        this.stationCode = operation.getStationCode();
        this.unitIdentifier = unitIdentifier;
        this.operator = operator;
        this.recordedBy = recordedBy;
        this.quantity = quantity;
        this.note = note;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getDefectCode() {
        return defectCode;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getOperationId() {
        return operationId;
    }

    public String getProductCode() {
        return productCode;
    }

    public String getStationCode() {
        return stationCode;
    }

    public String getUnitIdentifier() {
        return unitIdentifier;
    }

    public String getOperator() {
        return operator;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
