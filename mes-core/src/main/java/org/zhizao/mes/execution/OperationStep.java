package org.zhizao.mes.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zhizao.mes.execution.domain.StepState;

/** A work step of an operation, copied from the routing, and who acknowledged it when. */
@Entity
@Table(name = "operation_step")
class OperationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private String instruction;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "quality_check", nullable = false)
    private boolean qualityCheck;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    private String note;

    protected OperationStep() {
    }

    OperationStep(int seq, String instruction, boolean required, boolean qualityCheck) {
        this.seq = seq;
        this.instruction = instruction;
        this.required = required;
        this.qualityCheck = qualityCheck;
    }

    void acknowledge(String actor, String note, Instant now) {
        this.acknowledgedBy = actor;
        this.acknowledgedAt = now;
        this.note = note;
    }

    StepState state() {
        return new StepState(seq, instruction, required, acknowledgedAt != null);
    }

    int getSeq() {
        return seq;
    }

    String getInstruction() {
        return instruction;
    }

    boolean isRequired() {
        return required;
    }

    boolean isQualityCheck() {
        return qualityCheck;
    }

    String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    String getNote() {
        return note;
    }
}
