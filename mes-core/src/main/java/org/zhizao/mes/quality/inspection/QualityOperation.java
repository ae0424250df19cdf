package org.zhizao.mes.quality.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What quality knows of an order's operation, kept in step with the execution module's events: where
 * and when it ran, who worked it and how many units it made.
 */
@Entity
@Table(name = "quality_operation")
public class QualityOperation {

    @Id
    @Column(name = "operation_id")
    private Long operationId;

    @Column(nullable = false)
    private String code;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(nullable = false)
    private int seq;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "product_code", nullable = false)
    private String productCode;

    @Column(name = "station_code")
    private String stationCode;

    @Column(nullable = false)
    private String status;

    @Column(name = "good_quantity", nullable = false)
    private int goodQuantity;

    @Column(name = "scrap_quantity", nullable = false)
    private int scrapQuantity;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private String operators;

    protected QualityOperation() {
    }

    QualityOperation(long operationId, String code, long orderId, String orderNumber, int seq, long productId,
            String productCode) {
        this.operationId = operationId;
        this.code = code;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.seq = seq;
        this.productId = productId;
        this.productCode = productCode;
        this.status = "PLANNED";
    }

    void changed(String stationCode, String status, Instant now) {
        this.stationCode = stationCode;
        this.status = status;
        if ("STARTED".equals(status) && startedAt == null) {
            startedAt = now;
        }
        if ("COMPLETED".equals(status) || "ABORTED".equals(status)) {
            finishedAt = now;
        }
    }

    void reported(int good, int scrap) {
        goodQuantity += good;
        scrapQuantity += scrap;
    }

    void workedBy(String operator) {
        Set<String> names = new LinkedHashSet<>(Set.of(operators == null ? new String[0] : operators.split(",")));
        names.add(operator);
        String joined = String.join(",", names);
        if (joined.length() <= 500) {
            operators = joined;
        }
    }

    /** The last operator who acknowledged a step, or null. */
    public String lastOperator() {
        if (operators == null || operators.isEmpty()) {
            return null;
        }
        String[] names = operators.split(",");
        return names[names.length - 1];
    }

    public int unitsMade() {
        return goodQuantity + scrapQuantity;
    }

    public Long getOperationId() {
        return operationId;
    }

    public String getCode() {
        return code;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public int getSeq() {
        return seq;
    }

    public long getProductId() {
        return productId;
    }

    public String getProductCode() {
        return productCode;
    }

    public String getStationCode() {
        return stationCode;
    }

    public String getStatus() {
        return status;
    }

    public int getGoodQuantity() {
        return goodQuantity;
    }

    public int getScrapQuantity() {
        return scrapQuantity;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getOperators() {
        return operators;
    }
}
