package org.zhizao.mes.quality.ncr;

import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.quality.domain.DefectCodes;
import org.zhizao.mes.quality.domain.Severity;
import org.zhizao.mes.shared.domain.Decision;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.RuleViolation;

/** The hierarchical defect catalogue: codes are added under an existing parent and never removed. */
@Service
@NamedInterface("defects") // the station terminal offers the catalogue when scrap is reported
public class DefectCatalogue {

    private final DefectCodeRepository codes;
    private final AuditTrail audit;

    DefectCatalogue(DefectCodeRepository codes, AuditTrail audit) {
        this.codes = codes;
        this.audit = audit;
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
        if (codes.existsByCode(code)) {
            throw new RuleViolation("defect code " + code + " is already in the catalogue");
        }
        DefectCode defined = codes.save(new DefectCode(code, name, severity));
        audit.record(new AuditRecord("DEFECT_CODE", code, null, "DEFINE", null, severity.name(), name));
        return defined;
    }
}
