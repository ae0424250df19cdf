package org.zhizao.mes.quality.genealogy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A produced unit, or a lot of units, with its resolvable identifier. */
@Entity
@Table(name = "genealogy_unit")
class GenealogyUnit {

    enum Kind { UNIT, LOT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(unique = true)
    private String identifier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(name = "product_code", nullable = false)
    private String productCode;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GenealogyUnit() {
    }

    GenealogyUnit(Kind kind, long orderId, String orderNumber, String productCode, int quantity, Instant now) {
        this.kind = kind;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.productCode = productCode;
        this.quantity = quantity;
        this.createdAt = now;
    }

    void identify(String identifier) {
        this.identifier = identifier;
    }

    Long getId() {
        return id;
    }

    String getIdentifier() {
        return identifier;
    }

    Kind getKind() {
        return kind;
    }

    long getOrderId() {
        return orderId;
    }

    String getOrderNumber() {
        return orderNumber;
    }

    String getProductCode() {
        return productCode;
    }

    int getQuantity() {
        return quantity;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
