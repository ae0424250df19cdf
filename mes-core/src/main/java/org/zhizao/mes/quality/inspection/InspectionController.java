package org.zhizao.mes.quality.inspection;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.product.ProductCatalog;
import org.zhizao.mes.quality.spc.QualityAlert;
import org.zhizao.mes.security.Access;
import org.zhizao.mes.shared.domain.NotFound;

/** Inspection plans of routing operations and the results recorded against operations. */
@RestController
class InspectionController {

    /** A plan with all its characteristics, retired ones included (marked by {@code retiredAt}). */
    record PlanView(long id, String productCode, int operationSeq, String sampling, String samplingKind,
                    int samplingN, List<CharacteristicView> characteristics, Instant retiredAt) {
        static PlanView of(InspectionPlan p) {
            return new PlanView(p.getId(), p.getProductCode(), p.getOperationSeq(), p.sampling().describe(),
                    p.sampling().kind().name(), p.sampling().n(),
                    p.getCharacteristics().stream().map(CharacteristicView::of).toList(), p.getRetiredAt());
        }
    }

    record CharacteristicView(long id, String code, String name, String kind, Double nominal, Double lsl, Double usl,
                              String unit, String gauge, List<String> allowedDefectCodes, boolean required,
                              int subgroupSize, String chartType, int baselineSubgroups, String holdOnAlert,
                              Instant retiredAt) {
        static CharacteristicView of(Characteristic c) {
            var spec = c.specification();
            return new CharacteristicView(c.getId(), c.getCode(), c.getName(), c.getKind().name(),
                    spec == null ? null : spec.nominal(), spec == null ? null : spec.lsl(),
                    spec == null ? null : spec.usl(), c.getUnit(), c.getGauge(), c.allowedDefectCodes(),
                    c.isRequired(), c.getSubgroupSize(), c.chartType().name(), c.getBaselineSubgroups(),
                    c.getHoldOnAlert().name(), c.getRetiredAt());
        }
    }

    record ResultView(long id, long operationId, String characteristic, Double value, String unit, boolean passed,
                      List<String> defectCodes, String unitIdentifier, String stationCode, String inspector,
                      Instant recordedAt, String note, List<AlertView> alerts) {
    }

    record AlertView(long id, int rule, String message, String hold) {
        static AlertView of(QualityAlert a) {
            return new AlertView(a.getId(), a.getRuleNumber(), a.getMessage(), a.getHold());
        }
    }

    private final DefiningInspectionPlan defining;
    private final RevisingInspectionPlan revising;
    private final RecordingResult recording;
    private final InspectionPlanRepository plans;
    private final InspectionResultRepository results;
    private final CharacteristicRepository characteristics;
    private final OperationLedger operations;
    private final ProductCatalog products;
    private final PlantDirectory plant;

    InspectionController(DefiningInspectionPlan defining, RevisingInspectionPlan revising, RecordingResult recording,
            InspectionPlanRepository plans, InspectionResultRepository results,
            CharacteristicRepository characteristics, OperationLedger operations, ProductCatalog products,
            PlantDirectory plant) {
        this.plant = plant;
        this.defining = defining;
        this.revising = revising;
        this.recording = recording;
        this.plans = plans;
        this.results = results;
        this.characteristics = characteristics;
        this.operations = operations;
        this.products = products;
    }

    @PostMapping("/api/quality/plans")
    @PreAuthorize(Access.PLAN)
    ResponseEntity<PlanView> define(@Valid @RequestBody PlanRequests.NewPlan request) {
        PlanView plan = PlanView.of(defining.define(request));
        return ResponseEntity.created(URI.create("/api/quality/plans/" + plan.id())).body(plan);
    }

    @GetMapping("/api/quality/plans/{id}")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    PlanView plan(@PathVariable long id) {
        return plans.findById(id).map(PlanView::of).orElseThrow(() -> new NotFound("inspection plan", id));
    }

    @GetMapping("/api/quality/plans")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    List<PlanView> plansOf(@RequestParam String productCode) {
        long productId = products.findByCode(productCode).orElseThrow(() -> new NotFound("product", productCode)).id();
        return plans.findByProductIdOrderByOperationSeq(productId).stream().map(PlanView::of).toList();
    }

    @PutMapping("/api/quality/plans/{id}/sampling")
    @PreAuthorize(Access.PLAN)
    @Transactional
    PlanView resample(@PathVariable long id, @Valid @RequestBody PlanRequests.Sampling request) {
        return PlanView.of(revising.resample(id, request));
    }

    @PostMapping("/api/quality/plans/{id}/characteristics")
    @PreAuthorize(Access.PLAN)
    @Transactional
    ResponseEntity<PlanView> addCharacteristic(@PathVariable long id,
            @Valid @RequestBody PlanRequests.NewCharacteristic request) {
        return ResponseEntity.status(201).body(PlanView.of(revising.add(id, request)));
    }

    /** Retires the plan: its operation no longer needs or takes inspections by it; a new plan may be defined. */
    @PostMapping("/api/quality/plans/{id}/retirement")
    @PreAuthorize(Access.PLAN)
    @Transactional
    PlanView retirePlan(@PathVariable long id, @Valid @RequestBody(required = false) PlanRequests.Retiring request) {
        return PlanView.of(revising.retirePlan(id, request == null ? null : request.note()));
    }

    @GetMapping("/api/quality/characteristics/{id}")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    CharacteristicView characteristic(@PathVariable long id) {
        return characteristics.findById(id).map(CharacteristicView::of)
                .orElseThrow(() -> new NotFound("characteristic", id));
    }

    /** Edits limits, descriptions, allowed defect codes, whether required and the hold on alert. */
    @PutMapping("/api/quality/characteristics/{id}")
    @PreAuthorize(Access.PLAN)
    @Transactional
    CharacteristicView revise(@PathVariable long id, @Valid @RequestBody PlanRequests.CharacteristicChange request) {
        return CharacteristicView.of(revising.revise(id, request));
    }

    @PostMapping("/api/quality/characteristics/{id}/retirement")
    @PreAuthorize(Access.PLAN)
    @Transactional
    CharacteristicView retire(@PathVariable long id, @Valid @RequestBody(required = false) PlanRequests.Retiring request) {
        return CharacteristicView.of(revising.retire(id, request == null ? null : request.note()));
    }

    @PostMapping("/api/quality/operations/{operationId}/results")
    @PreAuthorize(Access.INSPECT)
    ResponseEntity<ResultView> record(@PathVariable long operationId, @Valid @RequestBody PlanRequests.NewResult request) {
        RecordingResult.Recorded recorded = recording.record(operationId, request);
        ResultView view = view(recorded.result(), recorded.characteristic(),
                recorded.alerts().stream().map(AlertView::of).toList());
        return ResponseEntity.status(201).body(view);
    }

    @GetMapping("/api/quality/operations/{operationId}/results")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    List<ResultView> results(@PathVariable long operationId) {
        operations.get(operationId);
        return results.findByOperationIdOrderById(operationId).stream()
                .map(r -> view(r, characteristics.findById(r.getCharacteristicId()).orElseThrow(), List.of()))
                .toList();
    }

    /** The last result recorded at a station (for the twin's station panel); 204 when there is none. */
    @GetMapping("/api/quality/results/latest")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    ResponseEntity<ResultView> latestAt(@RequestParam String station) {
        if (plant.findStation(station).isEmpty()) {
            throw new NotFound("station", station);
        }
        return results.findFirstByStationCodeOrderByRecordedAtDescIdDesc(station)
                .map(r -> ResponseEntity.ok(view(r, characteristics.findById(r.getCharacteristicId()).orElseThrow(),
                        List.of())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    static ResultView view(InspectionResult r, Characteristic c, List<AlertView> alerts) {
        return new ResultView(r.getId(), r.getOperationId(), c.getCode(), r.getMeasuredValue(), c.getUnit(),
                r.isPassed(), r.defectCodes(), r.getUnitIdentifier(), r.getStationCode(), r.getInspector(),
                r.getRecordedAt(), r.getNote(), alerts);
    }
}
