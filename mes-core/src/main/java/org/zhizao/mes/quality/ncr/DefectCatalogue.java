package org.zhizao.mes.quality.ncr;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.quality.domain.DefectCodes;
import org.zhizao.mes.quality.domain.Retirement;
import org.zhizao.mes.quality.domain.Severity;
import org.zhizao.mes.shared.domain.Decision;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.NotFound;
import org.zhizao.mes.shared.domain.RuleViolation;

/**
 * The hierarchical defect catalogue: codes are added under an existing parent, renamed or re-graded, and
 * retired rather than removed, so the defects recorded with them keep their code.
 */
@Service
@NamedInterface("defects") // the station terminal offers the catalogue when scrap is reported
public class DefectCatalogue {

    private final DefectCodeRepository codes;
    private final AuditTrail audit;
    private final Clock clock;

    DefectCatalogue(DefectCodeRepository codes, AuditTrail audit, Clock clock) {
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a code may be used for a new defect: in the catalogue, and neither it nor its family retired. */
    @Transactional(readOnly = true)
    public Decision usable(String code) {
        if (!codes.existsByCode(code)) {
            return Decision.rejected("defect code '" + code + "' is not in the catalogue");
        }
        return DefectCodes.usable(code, retiredCodes());
    }

    @Transactional(readOnly = true)
    public Set<String> retiredCodes() {
        return codes.findByRetiredAtIsNotNull().stream().map(DefectCode::getCode).collect(Collectors.toSet());
    }

    /** Renames or re-grades a code in use (audited); a retired code stays as it was. */
    @Transactional
    public DefectCode revise(String code, String name, Severity severity) {
        DefectCode defect = codes.findByCode(code).orElseThrow(() -> new NotFound("defect code", code));
        Retirement.editable("defect code " + code, defect.getRetiredAt()).orThrow();
        if (name != null && name.isBlank()) {
            throw new InvalidInput("name: must not be blank");
        }
        Severity before = defect.getSeverity();
        String named = defect.getName();
        defect.revise(name == null ? defect.getName() : name, severity == null ? defect.getSeverity() : severity);
        audit.record(new AuditRecord("DEFECT_CODE", code, null, "EDIT", before.name(), defect.getSeverity().name(),
                named + " → " + defect.getName()));
        return defect;
    }

    /** Retires a code (audited): no new defects with it or under it; recorded ones keep it. */
    @Transactional
    public DefectCode retire(String code, String note) {
        DefectCode defect = codes.findByCode(code).orElseThrow(() -> new NotFound("defect code", code));
        Retirement.retiring("defect code " + code, defect.getRetiredAt()).orThrow();
        defect.retire(clock.instant().truncatedTo(ChronoUnit.MICROS));
        audit.record(new AuditRecord("DEFECT_CODE", code, null, "RETIRE", "IN_USE", "RETIRED",
                note == null ? "defect code " + code + " retired" : note));
        return defect;
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return codes.existsByCode(code);
    }

    @Transactional(readOnly = true)
    public List<DefectCode> all() {
        return codes.findAllByOrderByCode();
    }

    @Transactional(readOnly = true)
    public long count() {
        return codes.count();
    }

    @Transactional
    public DefectCode define(String code, String name, Severity severity) {
        if (DefectCodes.wellFormed(code) instanceof Decision.Rejected rejected) {
            throw new InvalidInput(rejected.reason());
        }
        String parent = DefectCodes.parentOf(code);
        if (parent != null && !codes.existsByCode(parent)) {
            throw new InvalidInput("defect code " + code + " needs its parent " + parent + " in the catalogue first");
        }
        if (parent != null && DefectCodes.usable(parent, retiredCodes()) instanceof Decision.Rejected retired) {
            throw new RuleViolation("defect code " + code + " cannot be added: " + retired.reason());
        }
        if (codes.existsByCode(code)) {
            throw new RuleViolation("defect code " + code + " is already in the catalogue");
        }
        DefectCode defined = codes.save(new DefectCode(code, name, severity));
        audit.record(new AuditRecord("DEFECT_CODE", code, null, "DEFINE", null, severity.name(), name));
        return defined;
    }
}
