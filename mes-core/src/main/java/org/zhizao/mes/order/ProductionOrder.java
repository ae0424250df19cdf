package org.zhizao.mes.order;

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
import java.time.LocalDate;
import org.zhizao.mes.order.domain.OrderStatus;
import org.zhizao.mes.order.domain.OrderTransition;

/** A production order: make a quantity of a product by a due date. */
@Entity
@Table(name = "production_order")
class ProductionOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_number", unique = true)
    private String number;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "product_code", nullable = false)
    private String productCode;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private int priority;

    @Column(name = "customer_reference")
    private String customerReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_from")
    private OrderStatus heldFrom;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected ProductionOrder() {
    }

    ProductionOrder(long productId, String productCode, int quantity, LocalDate dueDate, int priority,
            String customerReference, Instant createdAt) {
        amend(productId, productCode, quantity, dueDate, priority, customerReference);
        this.status = OrderStatus.CREATED;
        this.createdAt = createdAt;
    }

    void assignNumber(String number) {
        this.number = number;
    }

    /** Changes what is to be made and by when; the caller has checked {@code AmendPolicy}. */
    void amend(long productId, String productCode, int quantity, LocalDate dueDate, int priority,
            String customerReference) {
        this.productId = productId;
        this.productCode = productCode;
        this.quantity = quantity;
        this.dueDate = dueDate;
        this.priority = priority;
        this.customerReference = customerReference;
    }

    /** Moves to the transition's target state; the caller has checked the transition. */
    OrderStatus apply(OrderTransition transition, Instant now) {
        OrderStatus from = status;
        status = transition.target(heldFrom);
        heldFrom = transition == OrderTransition.HOLD ? from : null;
        switch (transition) {
            case RELEASE -> releasedAt = now;
            case START -> startedAt = now;
            case COMPLETE, CANCEL -> finishedAt = now;
            default -> { }
        }
        return from;
    }

    OrderProgress.OrderSnapshot snapshot() {
        return new OrderProgress.OrderSnapshot(id, number, productId, productCode, quantity, dueDate, priority,
                status.name(), status.label(), status.acceptsWork());
    }

    Long getId() {
        return id;
    }

    String getNumber() {
        return number;
    }

    long getProductId() {
        return productId;
    }

    String getProductCode() {
        return productCode;
    }

    int getQuantity() {
        return quantity;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    int getPriority() {
        return priority;
    }

    String getCustomerReference() {
        return customerReference;
    }

    OrderStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReleasedAt() {
        return releasedAt;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }
}
