package org.zhizao.mes.quality.inspection;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import org.zhizao.mes.quality.domain.SamplingRule;

/** The inspection plan of one routing operation of a product: its characteristics and sampling rule. */
@Entity
@Table(name = "inspection_plan")
public class InspectionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "product_code", nullable = false)
    private String productCode;

    @Column(name = "operation_seq", nullable = false)
    private int operationSeq;

    @Enumerated(EnumType.STRING)
    @Column(name = "sampling_kind", nullable = false)
    private SamplingRule.Kind samplingKind;

    @Column(name = "sampling_n", nullable = false)
    private int samplingN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    /** 0 while in force, the plan's id once retired: one plan in force per operation (see V8). */
    @Column(name = "retired_key", nullable = false)
    private long retiredKey;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("id")
    private List<Characteristic> characteristics = new ArrayList<>();

    protected InspectionPlan() {
    }

    InspectionPlan(long productId, String productCode, int operationSeq, SamplingRule sampling,
            List<Characteristic> characteristics, Instant now) {
        this.productId = productId;
        this.productCode = productCode;
        this.operationSeq = operationSeq;
        this.samplingKind = sampling.kind();
        this.samplingN = sampling.n();
        this.characteristics.addAll(characteristics);
        this.createdAt = now;
    }

    public SamplingRule sampling() {
        return new SamplingRule(samplingKind, samplingN);
    }

    public Optional<Characteristic> characteristic(String code) {
        return characteristics.stream().filter(c -> c.getCode().equals(code)).findFirst();
    }

    /** The characteristics not retired: those required and offered for new results. */
    public List<Characteristic> inForce() {
        return characteristics.stream().filter(c -> !c.isRetired()).toList();
    }

    void resample(SamplingRule sampling) {
        this.samplingKind = sampling.kind();
        this.samplingN = sampling.n();
    }

    void add(Characteristic characteristic) {
        characteristics.add(characteristic);
    }

    void retire(Instant at) {
        this.retiredAt = at;
        this.retiredKey = id;
    }

    /** Retired: the operation no longer needs or takes inspections by it; its results stay. */
    public boolean isRetired() {
        return retiredAt != null;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    /** E.g. "GBX-SHAFT-40/10". */
    public String key() {
        return productCode + "/" + operationSeq;
    }

    public Long getId() {
        return id;
    }

    public long getProductId() {
        return productId;
    }

    public String getProductCode() {
        return productCode;
    }

    public int getOperationSeq() {
        return operationSeq;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Characteristic> getCharacteristics() {
        return characteristics;
    }
}
