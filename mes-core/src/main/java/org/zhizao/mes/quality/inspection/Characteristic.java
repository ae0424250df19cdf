package org.zhizao.mes.quality.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.zhizao.mes.quality.domain.ChartType;
import org.zhizao.mes.quality.domain.Specification;

/**
 * A characteristic of an inspection plan: a variable one measured against its specification, or an
 * attribute one judged pass or fail with the defect codes it may report.
 */
@Entity
@Table(name = "inspection_characteristic")
public class Characteristic {

    public enum Kind { VARIABLE, ATTRIBUTE }

    /** What an SPC alert on this characteristic puts on hold. */
    public enum Hold { NONE, OPERATION, ORDER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    private Double nominal;
    private Double lsl;
    private Double usl;
    private String unit;
    private String gauge;

    @Column(name = "allowed_defect_codes")
    private String allowedDefectCodes;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "subgroup_size", nullable = false)
    private int subgroupSize;

    @Column(name = "baseline_subgroups", nullable = false)
    private int baselineSubgroups;

    @Enumerated(EnumType.STRING)
    @Column(name = "hold_on_alert", nullable = false)
    private Hold holdOnAlert;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected Characteristic() {
    }

    Characteristic(String code, String name, Kind kind, Specification specification, String gauge,
            List<String> allowedDefectCodes, boolean required, int subgroupSize, int baselineSubgroups,
            Hold holdOnAlert) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        if (specification != null) {
            this.nominal = specification.nominal();
            this.lsl = specification.lsl();
            this.usl = specification.usl();
            this.unit = specification.unit();
        }
        this.gauge = gauge;
        this.allowedDefectCodes = allowedDefectCodes == null || allowedDefectCodes.isEmpty() ? null
                : String.join(",", allowedDefectCodes);
        this.required = required;
        this.subgroupSize = subgroupSize;
        this.baselineSubgroups = baselineSubgroups;
        this.holdOnAlert = holdOnAlert;
    }

    /** Replaces what a quality engineer may edit; the code, kind, unit and SPC subgrouping stay. */
    void revise(String name, Specification specification, String gauge, List<String> allowedDefectCodes,
            boolean required, Hold holdOnAlert) {
        this.name = name;
        if (kind == Kind.VARIABLE) {
            this.nominal = specification.nominal();
            this.lsl = specification.lsl();
            this.usl = specification.usl();
        }
        this.gauge = gauge;
        this.allowedDefectCodes = allowedDefectCodes == null || allowedDefectCodes.isEmpty() ? null
                : String.join(",", allowedDefectCodes);
        this.required = required;
        this.holdOnAlert = holdOnAlert;
    }

    void retire(Instant at) {
        this.retiredAt = at;
    }

    /** Retired: no longer required nor offered for new results; its results stay. */
    public boolean isRetired() {
        return retiredAt != null;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    /** E.g. "D1 40.0 [39.95, 40.05] mm, required" or "VIS attribute [SURF], optional", for the audit trail. */
    public String describe() {
        String spec = kind == Kind.VARIABLE ? nominal + " [" + lsl + ", " + usl + "] " + unit
                : "attribute " + allowedDefectCodes();
        return code + " " + spec + ", " + (required ? "required" : "optional") + ", hold " + holdOnAlert;
    }

    public Specification specification() {
        return kind == Kind.VARIABLE ? new Specification(nominal, lsl, usl, unit) : null;
    }

    public List<String> allowedDefectCodes() {
        return allowedDefectCodes == null ? List.of() : Arrays.asList(allowedDefectCodes.split(","));
    }

    public ChartType chartType() {
        return ChartType.forSubgroupSize(subgroupSize);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public String getUnit() {
        return unit;
    }

    public String getGauge() {
        return gauge;
    }

    public boolean isRequired() {
        return required;
    }

    public int getSubgroupSize() {
        return subgroupSize;
    }

    public int getBaselineSubgroups() {
        return baselineSubgroups;
    }

    public Hold getHoldOnAlert() {
        return holdOnAlert;
    }
}
