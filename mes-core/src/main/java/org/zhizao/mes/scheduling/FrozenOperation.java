package org.zhizao.mes.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An operation a supervisor froze: the next solve keeps it on this station at this start. */
@Entity
@Table(name = "planning_frozen_operation")
class FrozenOperation {

    @Id
    @Column(name = "operation_id")
    private Long operationId;

    @Column(name = "operation_code", nullable = false)
    private String operationCode;

    @Column(name = "workshop_code", nullable = false)
    private String workshopCode;

    @Column(name = "station_code", nullable = false)
    private String stationCode;

    @Column(name = "start_at", nullable = false)
    private Instant start;

    @Column(name = "frozen_at", nullable = false)
    private Instant frozenAt;

    @Column(name = "frozen_by", nullable = false)
    private String frozenBy;

    protected FrozenOperation() {
    }

    FrozenOperation(long operationId, String operationCode, String workshopCode, String stationCode, Instant start,
            Instant frozenAt, String frozenBy) {
        this.operationId = operationId;
        this.operationCode = operationCode;
        this.workshopCode = workshopCode;
        this.stationCode = stationCode;
        this.start = start;
        this.frozenAt = frozenAt;
        this.frozenBy = frozenBy;
    }

    Long getOperationId() {
        return operationId;
    }

    String getOperationCode() {
        return operationCode;
    }

    String getWorkshopCode() {
        return workshopCode;
    }

    String getStationCode() {
        return stationCode;
    }

    Instant getStart() {
        return start;
    }

    Instant getFrozenAt() {
        return frozenAt;
    }

    String getFrozenBy() {
        return frozenBy;
    }
}
