package org.zhizao.mes.quality.inspection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.product.ProductCatalog;
import org.zhizao.mes.quality.domain.SamplingRule;
import org.zhizao.mes.quality.domain.Specification;
import org.zhizao.mes.quality.ncr.DefectCatalogue;
import org.zhizao.mes.shared.domain.Decision;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.RuleViolation;

/** Defining the inspection plan of a routing operation, checked as a whole before anything is stored. */
@Service
public class DefiningInspectionPlan {

    private final InspectionPlanRepository plans;
    private final ProductCatalog products;
    private final DefectCatalogue defects;
    private final AuditTrail audit;
    private final CurrentUser user;

    DefiningInspectionPlan(InspectionPlanRepository plans, ProductCatalog products, DefectCatalogue defects,
            AuditTrail audit, CurrentUser user) {
        this.plans = plans;
        this.products = products;
        this.defects = defects;
        this.audit = audit;
        this.user = user;
    }

    @Transactional
    public InspectionPlan define(PlanRequests.NewPlan request) {
        ProductCatalog.ProductSummary product = products.findByCode(request.productCode()).orElseThrow(() ->
                new InvalidInput("product '" + request.productCode() + "' does not exist"));
        List<ProductCatalog.RoutedOperation> routing = products.routing(product.id());
        if (routing.stream().noneMatch(o -> o.seq() == request.operationSeq())) {
            throw new InvalidInput("product " + product.code() + " has no routing operation " + request.operationSeq()
                    + "; its operations are " + routing.stream().map(o -> o.seq() + " " + o.operationType()).toList());
        }
        if (plans.findByProductIdAndOperationSeq(product.id(), request.operationSeq()).isPresent()) {
            throw new RuleViolation("operation " + request.operationSeq() + " of product " + product.code()
                    + " already has an inspection plan");
        }
        SamplingRule sampling;
        try {
            sampling = new SamplingRule(request.sampling().kind(),
                    request.sampling().n() == null ? 0 : request.sampling().n());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        List<Characteristic> characteristics = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (PlanRequests.NewCharacteristic c : request.characteristics()) {
            if (!codes.add(c.code())) {
                problems.add("characteristic " + c.code() + " appears twice");
            }
            characteristics.add(characteristic(c, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the inspection plan is inconsistent: " + String.join("; ", problems), problems);
        }
        InspectionPlan plan = plans.save(new InspectionPlan(product.id(), product.code(), request.operationSeq(),
                sampling, characteristics, user.now()));
        audit.record(new AuditRecord("INSPECTION_PLAN", product.code() + "/" + request.operationSeq(), null,
                "DEFINE", null, null, characteristics.size() + " characteristics, sampling " + sampling.describe()));
        return plan;
    }

    /** The characteristic a request describes, adding what is wrong with it to {@code problems}. */
    Characteristic characteristic(PlanRequests.NewCharacteristic c, List<String> problems) {
        Specification specification = null;
        if (c.kind() == Characteristic.Kind.VARIABLE) {
            List<String> wrong = Specification.problems(c.code(), c.nominal(), c.lsl(), c.usl(), c.unit());
            problems.addAll(wrong);
            if (wrong.isEmpty()) {
                specification = new Specification(c.nominal(), c.lsl(), c.usl(), c.unit());
            }
        } else {
            if (c.nominal() != null || c.lsl() != null || c.usl() != null) {
                problems.add("characteristic " + c.code() + ": an attribute characteristic has no nominal or limits");
            }
            for (String code : c.allowedDefectCodes() == null ? List.<String>of() : c.allowedDefectCodes()) {
                if (!defects.exists(code)) {
                    problems.add("characteristic " + c.code() + ": defect code '" + code + "' is not in the catalogue");
                } else if (defects.usable(code) instanceof Decision.Rejected retired) {
                    problems.add("characteristic " + c.code() + ": " + retired.reason());
                }
            }
        }
        int subgroup = c.subgroupSize() == null ? 1 : c.subgroupSize();
        int baseline = c.baselineSubgroups() == null ? 20 : c.baselineSubgroups();
        return new Characteristic(c.code(), c.name(), c.kind(), specification, c.gauge(), c.allowedDefectCodes(),
                c.required() == null || c.required(), subgroup, baseline,
                c.holdOnAlert() == null ? Characteristic.Hold.NONE : c.holdOnAlert());
    }
}
