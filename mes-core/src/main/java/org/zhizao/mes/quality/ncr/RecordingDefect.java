package org.zhizao.mes.quality.ncr;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.quality.domain.Identifier;
import org.zhizao.mes.quality.inspection.CurrentUser;
import org.zhizao.mes.quality.inspection.OperationLedger;
import org.zhizao.mes.quality.inspection.QualityOperation;
import org.zhizao.mes.shared.domain.InvalidInput;

/** Recording defects found on an operation's units. */
@Service
@NamedInterface("defects") // the station terminal records the defect of reported scrap
public class RecordingDefect {

    private final DefectRecordRepository defects;
    private final DefectCatalogue catalogue;
    private final OperationLedger operations;
    private final AuditTrail audit;
    private final CurrentUser user;

    RecordingDefect(DefectRecordRepository defects, DefectCatalogue catalogue, OperationLedger operations,
            AuditTrail audit, CurrentUser user) {
        this.defects = defects;
        this.catalogue = catalogue;
        this.operations = operations;
        this.audit = audit;
        this.user = user;
    }

    /** A defect reported directly; the operator defaults to the last one who acknowledged a step. */
    @Transactional
    public DefectRecord record(long operationId, String code, String unitIdentifier, int quantity, String operator,
            String note) {
        QualityOperation operation = operations.get(operationId);
        if (unitIdentifier != null) {
            try {
                Identifier.parse(unitIdentifier);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(e.getMessage());
            }
        }
        return store(operation, code, unitIdentifier, quantity, operator == null ? operation.lastOperator() : operator,
                note);
    }

    /** A defect found by an inspection, inside its transaction. */
    @Transactional
    public DefectRecord record(QualityOperation operation, String code, String unitIdentifier, int quantity,
            String note) {
        return store(operation, code, unitIdentifier, quantity, operation.lastOperator(), note);
    }

    private DefectRecord store(QualityOperation operation, String code, String unitIdentifier, int quantity,
            String operator, String note) {
        if (!catalogue.exists(code)) {
            throw new InvalidInput("defect code '" + code + "' is not in the catalogue");
        }
        catalogue.usable(code).orThrow();
        DefectRecord record = defects.save(new DefectRecord(code, operation, unitIdentifier, operator, user.name(),
                quantity, note, user.now()));
        audit.record(new AuditRecord("DEFECT", String.valueOf(record.getId()), operation.getOrderId(), "RECORD", null,
                null, quantity + " × " + code + " on " + operation.getCode()
                        + (unitIdentifier == null ? "" : ", unit " + unitIdentifier)));
        return record;
    }
}
