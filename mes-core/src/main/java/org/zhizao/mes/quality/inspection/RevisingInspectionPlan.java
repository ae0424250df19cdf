package org.zhizao.mes.quality.inspection;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.quality.domain.Retirement;
import org.zhizao.mes.quality.domain.SamplingRule;
import org.zhizao.mes.quality.domain.Specification;
import org.zhizao.mes.quality.domain.SpecificationRevision;
import org.zhizao.mes.quality.ncr.DefectCatalogue;
import org.zhizao.mes.shared.domain.Decision;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.NotFound;
import org.zhizao.mes.shared.domain.RuleViolation;

/**
 * Changing an inspection plan in force: its sampling, its characteristics' limits and descriptions, new
 * characteristics; and retiring characteristics or the whole plan. Nothing is deleted: the results recorded
 * keep pointing at what they were measured against. Every change is audited.
 */
@Service
public class RevisingInspectionPlan {

    private final InspectionPlanRepository plans;
    private final CharacteristicRepository characteristics;
    private final DefiningInspectionPlan defining;
    private final DefectCatalogue defects;
    private final AuditTrail audit;
    private final CurrentUser user;

    RevisingInspectionPlan(InspectionPlanRepository plans, CharacteristicRepository characteristics,
            DefiningInspectionPlan defining, DefectCatalogue defects, AuditTrail audit, CurrentUser user) {
        this.plans = plans;
        this.characteristics = characteristics;
        this.defining = defining;
        this.defects = defects;
        this.audit = audit;
        this.user = user;
    }

    @Transactional
    public InspectionPlan resample(long planId, PlanRequests.Sampling request) {
        InspectionPlan plan = planInForce(planId);
        SamplingRule sampling;
        try {
            sampling = new SamplingRule(request.kind(), request.n() == null ? 0 : request.n());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("sampling: " + e.getMessage());
        }
        String before = plan.sampling().describe();
        plan.resample(sampling);
        audit.record(new AuditRecord("INSPECTION_PLAN", plan.key(), null, "RESAMPLE", before, sampling.describe(),
                "sampling of the inspection plan of " + plan.key() + " changed"));
        return plan;
    }

    @Transactional
    public InspectionPlan add(long planId, PlanRequests.NewCharacteristic request) {
        InspectionPlan plan = planInForce(planId);
        plan.characteristic(request.code()).ifPresent(existing -> {
            throw new RuleViolation("characteristic " + request.code() + " is already in the inspection plan of "
                    + plan.key() + (existing.isRetired() ? " (retired; give the new one another code)" : ""));
        });
        List<String> problems = new ArrayList<>();
        Characteristic characteristic = defining.characteristic(request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput("the characteristic is inconsistent: " + String.join("; ", problems), problems);
        }
        plan.add(characteristic);
        plans.flush();
        audit.record(new AuditRecord("INSPECTION_CHARACTERISTIC", plan.key() + "/" + characteristic.getCode(), null,
                "ADD", null, "IN_FORCE", characteristic.describe()));
        return plan;
    }

    @Transactional
    public Characteristic revise(long characteristicId, PlanRequests.CharacteristicChange change) {
        Characteristic characteristic = characteristic(characteristicId);
        InspectionPlan plan = planOf(characteristic);
        String what = "characteristic " + characteristic.getCode() + " of the inspection plan of " + plan.key();
        Retirement.editable(what, characteristic.getRetiredAt()).and(
                () -> Retirement.editable("the inspection plan of " + plan.key(), plan.getRetiredAt())).orThrow();
        List<String> problems = new ArrayList<>();
        Specification specification = null;
        if (characteristic.getKind() == Characteristic.Kind.VARIABLE) {
            Specification current = characteristic.specification();
            problems.addAll(SpecificationRevision.problems(characteristic.getCode(), current, change.nominal(),
                    change.lsl(), change.usl(), change.unit()));
            specification = SpecificationRevision.merged(current, change.nominal(), change.lsl(), change.usl());
        } else if (change.nominal() != null || change.lsl() != null || change.usl() != null || change.unit() != null) {
            problems.add("characteristic " + characteristic.getCode()
                    + ": an attribute characteristic has no nominal, limits or unit");
        }
        List<String> allowed = change.allowedDefectCodes() == null ? characteristic.allowedDefectCodes()
                : change.allowedDefectCodes();
        if (change.allowedDefectCodes() != null) {
            if (characteristic.getKind() == Characteristic.Kind.VARIABLE && !allowed.isEmpty()) {
                problems.add("characteristic " + characteristic.getCode()
                        + ": allowedDefectCodes: a measured characteristic reports no defect codes");
            }
            for (String code : allowed) {
                if (defects.usable(code) instanceof Decision.Rejected rejected) {
                    problems.add("characteristic " + characteristic.getCode() + ": allowedDefectCodes: "
                            + rejected.reason());
                }
            }
        }
        if (change.name() != null && change.name().isBlank()) {
            problems.add("characteristic " + characteristic.getCode() + ": name must not be blank");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the change is inconsistent: " + String.join("; ", problems), problems);
        }
        String before = characteristic.describe();
        characteristic.revise(change.name() == null ? characteristic.getName() : change.name(), specification,
                change.gauge() == null ? characteristic.getGauge() : change.gauge(), allowed,
                change.required() == null ? characteristic.isRequired() : change.required(),
                change.holdOnAlert() == null ? characteristic.getHoldOnAlert() : change.holdOnAlert());
        audit.record(new AuditRecord("INSPECTION_CHARACTERISTIC", plan.key() + "/" + characteristic.getCode(), null,
                "EDIT", null, null, before + " → " + characteristic.describe()));
        return characteristic;
    }

    @Transactional
    public Characteristic retire(long characteristicId, String note) {
        Characteristic characteristic = characteristic(characteristicId);
        InspectionPlan plan = planOf(characteristic);
        String what = "characteristic " + characteristic.getCode() + " of the inspection plan of " + plan.key();
        Retirement.retiring(what, characteristic.getRetiredAt()).orThrow();
        characteristic.retire(user.now());
        audit.record(new AuditRecord("INSPECTION_CHARACTERISTIC", plan.key() + "/" + characteristic.getCode(), null,
                "RETIRE", "IN_FORCE", "RETIRED", note == null ? what + " retired" : note));
        return characteristic;
    }

    @Transactional
    public InspectionPlan retirePlan(long planId, String note) {
        InspectionPlan plan = plans.findById(planId).orElseThrow(() -> new NotFound("inspection plan", planId));
        Retirement.retiring("the inspection plan of " + plan.key(), plan.getRetiredAt()).orThrow();
        plan.retire(user.now());
        audit.record(new AuditRecord("INSPECTION_PLAN", plan.key(), null, "RETIRE", "IN_FORCE", "RETIRED",
                note == null ? "inspection plan of " + plan.key() + " retired" : note));
        return plan;
    }

    private InspectionPlan planInForce(long planId) {
        InspectionPlan plan = plans.findById(planId).orElseThrow(() -> new NotFound("inspection plan", planId));
        Retirement.editable("the inspection plan of " + plan.key(), plan.getRetiredAt()).orThrow();
        return plan;
    }

    private Characteristic characteristic(long id) {
        return characteristics.findById(id).orElseThrow(() -> new NotFound("characteristic", id));
    }

    private InspectionPlan planOf(Characteristic characteristic) {
        return plans.findByCharacteristics_Id(characteristic.getId()).orElseThrow();
    }
}
