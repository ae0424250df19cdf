package org.zhizao.mes.quality.genealogy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A quantity of a material lot that went into a unit. */
@Entity
@Table(name = "material_consumption")
class MaterialConsumption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private GenealogyUnit unit;

    @Column(name = "component_code", nullable = false)
    private String componentCode;

    @Column(name = "material_lot", nullable = false)
    private String materialLot;

    @Column(nullable = false)
    private BigDecimal quantity;

    @Column(name = "unit", nullable = false)
    private String unitOfMeasure;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MaterialConsumption() {
    }

    MaterialConsumption(GenealogyUnit unit, String componentCode, String materialLot, BigDecimal quantity,
            String unitOfMeasure, String recordedBy, Instant recordedAt) {
        this.unit = unit;
        this.componentCode = componentCode;
        this.materialLot = materialLot;
        this.quantity = quantity;
        this.unitOfMeasure = unitOfMeasure;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    GenealogyUnit getUnit() {
        return unit;
    }

    String getComponentCode() {
        return componentCode;
    }

    String getMaterialLot() {
        return materialLot;
    }

    BigDecimal getQuantity() {
        return quantity;
    }

    String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
