package org.zhizao.mes.quality.genealogy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.zhizao.mes.quality.domain.Tracking;

/** A product's quality setting: whether its identifiers are issued per unit or per lot. */
@Entity
@Table(name = "product_tracking")
class ProductTracking {

    @Id
    @Column(name = "product_code")
    private String productCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Tracking tracking;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ProductTracking() {
    }

    ProductTracking(String productCode, Tracking tracking, String by, Instant at) {
        this.productCode = productCode;
        set(tracking, by, at);
    }

    void set(Tracking tracking, String by, Instant at) {
        this.tracking = tracking;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    String getProductCode() {
        return productCode;
    }

    Tracking getTracking() {
        return tracking;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
