package org.zhizao.mes.scheduling;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zhizao.mes.scheduling.domain.PlanOutcome;
import org.zhizao.mes.scheduling.domain.PlanStatus;

/** One plan version of a workshop: where and when each operation runs, and why it scores as it does. */
@Entity
@Table(name = "planning_plan")
class Plan {

    @Embeddable
    record Entry(@Column(name = "operation_id") long operationId,
                 @Column(name = "operation_code") String operationCode,
                 @Column(name = "order_id") long orderId,
                 @Column(name = "order_number") String orderNumber,
                 @Column(name = "station_code") String stationCode,
                 @Column(name = "start_at") Instant start,
                 @Column(name = "end_at") Instant end,
                 @Column(name = "pinned") boolean pinned,
                 @Column(name = "setup_minutes") long setupMinutes) {
    }

    @Embeddable
    record OrderLine(@Column(name = "order_id") long orderId,
                     @Column(name = "order_number") String orderNumber,
                     @Column(name = "priority") int priority,
                     @Column(name = "due_at") Instant due,
                     @Column(name = "completion_at") Instant completion,
                     @Column(name = "lateness_minutes") long latenessMinutes) {
    }

    @Embeddable
    record CostLine(@Column(name = "constraint_name") String constraint,
                    @Column(name = "hard_score") long hard,
                    @Column(name = "medium_score") long medium,
                    @Column(name = "soft_score") long soft,
                    @Column(name = "matches") int matches) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workshop_code", nullable = false)
    private String workshopCode;

    @Column(name = "plan_number", nullable = false)
    private int planNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(nullable = false)
    private String origin;

    @Column(name = "planning_start", nullable = false)
    private Instant planningStart;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "hard_score", nullable = false)
    private long hardScore;

    @Column(name = "medium_score", nullable = false)
    private long mediumScore;

    @Column(name = "soft_score", nullable = false)
    private long softScore;

    @Column(name = "makespan_minutes", nullable = false)
    private long makespanMinutes;

    @Column(name = "solve_millis", nullable = false)
    private long solveMillis;

    @Column(nullable = false)
    private String summary;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Column(name = "dispatched_by")
    private String dispatchedBy;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "planning_plan_operation", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderBy("start, operationCode")
    private List<Entry> operations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "planning_plan_order", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderBy("latenessMinutes DESC, orderNumber")
    private List<OrderLine> orders = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "planning_plan_cost", joinColumns = @JoinColumn(name = "plan_id"))
    private List<CostLine> costs = new ArrayList<>();

    protected Plan() {
    }

    Plan(String workshopCode, int planNumber, String origin, Instant planningStart, Instant createdAt,
            String createdBy, long solveMillis, PlanOutcome outcome) {
        this.workshopCode = workshopCode;
        this.planNumber = planNumber;
        this.status = PlanStatus.DRAFT;
        this.origin = origin;
        this.planningStart = planningStart;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.solveMillis = solveMillis;
        this.hardScore = outcome.hardScore();
        this.mediumScore = outcome.mediumScore();
        this.softScore = outcome.softScore();
        this.makespanMinutes = outcome.makespanMinutes();
        this.summary = outcome.summary();
        outcome.operations().forEach(o -> operations.add(new Entry(o.operationId(), o.operationCode(), o.orderId(),
                o.orderNumber(), o.stationCode(), o.start(), o.end(), o.pinned(), o.setupMinutes())));
        outcome.orders().forEach(o -> orders.add(new OrderLine(o.orderId(), o.orderNumber(), o.priority(), o.due(),
                o.completion(), o.latenessMinutes())));
        outcome.costs().forEach(c -> costs.add(new CostLine(c.constraint(), c.hard(), c.medium(), c.soft(),
                c.matches())));
    }

    void dispatched(Instant at, String by) {
        status = PlanStatus.DISPATCHED;
        dispatchedAt = at;
        dispatchedBy = by;
    }

    /** How a user names the plan, e.g. {@code P1/F1/W1 v3}. */
    String label() {
        return workshopCode + " v" + planNumber;
    }

    Long getId() {
        return id;
    }

    String getWorkshopCode() {
        return workshopCode;
    }

    int getPlanNumber() {
        return planNumber;
    }

    PlanStatus getStatus() {
        return status;
    }

    String getOrigin() {
        return origin;
    }

    Instant getPlanningStart() {
        return planningStart;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    long getHardScore() {
        return hardScore;
    }

    long getMediumScore() {
        return mediumScore;
    }

    long getSoftScore() {
        return softScore;
    }

    long getMakespanMinutes() {
        return makespanMinutes;
    }

    long getSolveMillis() {
        return solveMillis;
    }

    String getSummary() {
        return summary;
    }

    Instant getDispatchedAt() {
        return dispatchedAt;
    }

    String getDispatchedBy() {
        return dispatchedBy;
    }

    List<Entry> getOperations() {
        return operations;
    }

    List<OrderLine> getOrders() {
        return orders;
    }

    List<CostLine> getCosts() {
        return costs;
    }
}
