package org.zhizao.mes.quality.ncr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;
import org.zhizao.mes.quality.domain.DefectCodes;
import org.zhizao.mes.quality.domain.Severity;

/** An entry of the defect catalogue; its parent is the code up to the last dot. */
@Entity
@Table(name = "defect_code")
@NamedInterface("defects")
public class DefectCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected DefectCode() {
    }

    DefectCode(String code, String name, Severity severity) {
        this.code = code;
        this.parentCode = DefectCodes.parentOf(code);
        this.name = name;
        this.severity = severity;
    }

    void revise(String name, Severity severity) {
        this.name = name;
        this.severity = severity;
    }

    void retire(Instant at) {
        this.retiredAt = at;
    }

    /** Retired: kept for the defects recorded with it, not used for new ones. */
    public boolean isRetired() {
        return retiredAt != null;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public String getCode() {
        return code;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getName() {
        return name;
    }

    public Severity getSeverity() {
        return severity;
    }
}
