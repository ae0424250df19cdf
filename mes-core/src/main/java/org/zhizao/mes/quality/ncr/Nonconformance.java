package org.zhizao.mes.quality.ncr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.zhizao.mes.quality.domain.Disposition;
import org.zhizao.mes.quality.domain.NcrStatus;

/** A nonconformance report, opened from a defect record or an SPC alert. */
@Entity
@Table(name = "nonconformance")
public class Nonconformance {

    public enum Source { DEFECT, SPC_ALERT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ncr_number", unique = true)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Column(name = "defect_id")
    private Long defectId;

    @Column(name = "alert_id")
    private Long alertId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "operation_id", nullable = false)
    private long operationId;

    @Column(name = "unit_identifier")
    private String unitIdentifier;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NcrStatus status;

    @Enumerated(EnumType.STRING)
    private Disposition disposition;

    @Column(name = "disposition_note")
    private String dispositionNote;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "rework_operation_id")
    private Long reworkOperationId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Nonconformance() {
    }

    Nonconformance(Source source, Long defectId, Long alertId, long orderId, long operationId, String unitIdentifier,
            String description, Instant now) {
        this.source = source;
        this.defectId = defectId;
        this.alertId = alertId;
        this.orderId = orderId;
        this.operationId = operationId;
        this.unitIdentifier = unitIdentifier;
        this.description = description;
        this.status = NcrStatus.OPEN;
        this.openedAt = now;
        this.updatedAt = now;
    }

    void numbered(int year) {
        this.number = String.format("NCR-%d-%06d", year, id);
    }

    NcrStatus dispose(Disposition disposition, NcrStatus next, String note, String actor, Instant now) {
        NcrStatus from = status;
        this.disposition = disposition;
        this.dispositionNote = note;
        this.proposedBy = actor;
        this.status = next;
        this.updatedAt = now;
        return from;
    }

    NcrStatus approve(String actor, Instant now) {
        NcrStatus from = status;
        this.approvedBy = actor;
        this.status = NcrStatus.DISPOSITIONED;
        this.updatedAt = now;
        return from;
    }

    NcrStatus reject(Instant now) {
        NcrStatus from = status;
        this.disposition = null;
        this.proposedBy = null;
        this.status = NcrStatus.OPEN;
        this.updatedAt = now;
        return from;
    }

    NcrStatus close(Instant now) {
        NcrStatus from = status;
        this.status = NcrStatus.CLOSED;
        this.updatedAt = now;
        return from;
    }

    void reworkedBy(long operationId) {
        this.reworkOperationId = operationId;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Source getSource() {
        return source;
    }

    public Long getDefectId() {
        return defectId;
    }

    public Long getAlertId() {
        return alertId;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getOperationId() {
        return operationId;
    }

    public String getUnitIdentifier() {
        return unitIdentifier;
    }

    public String getDescription() {
        return description;
    }

    public NcrStatus getStatus() {
        return status;
    }

    public Disposition getDisposition() {
        return disposition;
    }

    public String getDispositionNote() {
        return dispositionNote;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Long getReworkOperationId() {
        return reworkOperationId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
