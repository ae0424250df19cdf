package org.zhizao.mes.quality.spc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A run rule broken on a characteristic's control chart, naming the rule and the points. */
@Entity
@Table(name = "quality_alert")
public class QualityAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "characteristic_id", nullable = false)
    private long characteristicId;

    @Column(nullable = false)
    private String characteristic;

    @Column(name = "operation_id", nullable = false)
    private long operationId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "rule_number", nullable = false)
    private int ruleNumber;

    @Column(nullable = false)
    private String message;

    /** The breaking points' sample numbers on the chart, counted from 1, comma-separated. */
    @Column(nullable = false)
    private String points;

    /** What was put on hold: NONE, OPERATION or ORDER. */
    @Column(nullable = false)
    private String hold;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    protected QualityAlert() {
    }

    QualityAlert(long characteristicId, String characteristic, long operationId, long orderId, int ruleNumber,
            String message, String points, String hold, Instant raisedAt) {
        this.characteristicId = characteristicId;
        this.characteristic = characteristic;
        this.operationId = operationId;
        this.orderId = orderId;
        this.ruleNumber = ruleNumber;
        this.message = message;
        this.points = points;
        this.hold = hold;
        this.raisedAt = raisedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCharacteristicId() {
        return characteristicId;
    }

    public String getCharacteristic() {
        return characteristic;
    }

    public long getOperationId() {
        return operationId;
    }

    public long getOrderId() {
        return orderId;
    }

    public int getRuleNumber() {
        return ruleNumber;
    }

    public String getMessage() {
        return message;
    }

    public String getPoints() {
        return points;
    }

    public String getHold() {
        return hold;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }
}
