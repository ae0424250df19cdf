package org.zhizao.mes.execution;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhizao.mes.execution.domain.OperationStatus;
import org.zhizao.mes.execution.domain.OperationTransition;
import org.zhizao.mes.execution.domain.StepState;

/**
 * One operation of a released order, planned from a routing operation. The aggregate root of its work
 * steps: every change, a step acknowledgement included, updates this row and its version, so two
 * concurrent changes of one operation cannot both succeed.
 */
@Entity
@Table(name = "order_operation")
class Operation {

    /** An eligible station copied from the routing, with its times in minutes. */
    @Embeddable
    record EligibleStation(@Column(name = "station_code") String stationCode,
                           @Column(name = "setup_minutes") double setupMinutes,
                           @Column(name = "minutes_per_unit") double minutesPerUnit) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private int seq;

    @Column(name = "operation_type", nullable = false)
    private String operationType;

    private String description;

    @Column(name = "planned_quantity", nullable = false)
    private int plannedQuantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OperationStatus status;

    @Column(name = "station_code")
    private String stationCode;

    @Column(name = "good_quantity", nullable = false)
    private int goodQuantity;

    @Column(name = "scrap_quantity", nullable = false)
    private int scrapQuantity;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "order_operation_station", joinColumns = @JoinColumn(name = "operation_id"))
    @OrderBy("stationCode")
    private List<EligibleStation> eligibleStations = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "operation_id", nullable = false)
    @OrderBy("seq")
    private List<OperationStep> steps = new ArrayList<>();

    protected Operation() {
    }

    Operation(long orderId, String orderNumber, int seq, String operationType, String description,
            int plannedQuantity, List<EligibleStation> eligibleStations, List<OperationStep> steps, Instant now) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.code = orderNumber + "-" + seq;
        this.seq = seq;
        this.operationType = operationType;
        this.description = description;
        this.plannedQuantity = plannedQuantity;
        this.status = OperationStatus.PLANNED;
        this.eligibleStations.addAll(eligibleStations);
        this.steps.addAll(steps);
        this.updatedAt = now;
    }

    /** Moves to the transition's target; the caller has checked the rules. Returns the state before. */
    OperationStatus apply(OperationTransition transition, Instant now) {
        OperationStatus from = status;
        status = transition.target();
        switch (transition) {
            case DISPATCH -> dispatchedAt = now;
            case START -> startedAt = startedAt == null ? now : startedAt;
            case COMPLETE, ABORT -> finishedAt = now;
            default -> { }
        }
        updatedAt = now;
        return from;
    }

    void dispatchTo(String stationCode) {
        this.stationCode = stationCode;
    }

    void report(int good, int scrap, Instant now) {
        goodQuantity += good;
        scrapQuantity += scrap;
        updatedAt = now;
    }

    void acknowledge(OperationStep step, String actor, String note, Instant now) {
        step.acknowledge(actor, note, now);
        updatedAt = now; // bumps this row's version: the optimistic lock both acknowledgers hit
    }

    List<StepState> stepStates() {
        return steps.stream().map(OperationStep::state).toList();
    }

    Optional<OperationStep> step(int seq) {
        return steps.stream().filter(s -> s.getSeq() == seq).findFirst();
    }

    List<String> eligibleStationCodes() {
        return eligibleStations.stream().map(EligibleStation::stationCode).toList();
    }

    Long getId() {
        return id;
    }

    long getOrderId() {
        return orderId;
    }

    String getOrderNumber() {
        return orderNumber;
    }

    String getCode() {
        return code;
    }

    int getSeq() {
        return seq;
    }

    String getOperationType() {
        return operationType;
    }

    String getDescription() {
        return description;
    }

    int getPlannedQuantity() {
        return plannedQuantity;
    }

    OperationStatus getStatus() {
        return status;
    }

    String getStationCode() {
        return stationCode;
    }

    int getGoodQuantity() {
        return goodQuantity;
    }

    int getScrapQuantity() {
        return scrapQuantity;
    }

    Instant getDispatchedAt() {
        return dispatchedAt;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }

    List<EligibleStation> getEligibleStations() {
        return eligibleStations;
    }

    List<OperationStep> getSteps() {
        return steps;
    }
}
