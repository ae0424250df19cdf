package org.zhizao.mes.quality.ncr;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.quality.domain.Disposition;
import org.zhizao.mes.quality.domain.NcrStatus;
import org.zhizao.mes.quality.domain.Severity;
import org.zhizao.mes.security.Access;
import org.zhizao.mes.shared.domain.NotFound;

/** The defect catalogue, defect records and nonconformance reports. */
@RestController
class NcrController {

    record NewDefectCode(@NotBlank @Size(max = 60) String code, @NotBlank @Size(max = 200) String name,
                         @NotNull Severity severity) {
    }

    /** A catalogue entry; {@code retiredAt} is set once it is retired (it then takes no new defects). */
    record DefectCodeView(String code, String parentCode, String name, String severity, Instant retiredAt) {
        static DefectCodeView of(DefectCode c) {
            return new DefectCodeView(c.getCode(), c.getParentCode(), c.getName(), c.getSeverity().name(),
                    c.getRetiredAt());
        }
    }

    record NewDefect(@NotNull Long operationId, @NotBlank @Size(max = 60) String defectCode,
                     @Size(max = 200) String unitIdentifier, @Min(1) @Max(1_000_000) Integer quantity,
                     @Size(max = 100) String operator, @Size(max = 500) String note) {
    }

    record DefectView(long id, String defectCode, long orderId, long operationId, String productCode,
                      String stationCode, String unitIdentifier, String operator, String recordedBy, int quantity,
                      String note, Instant recordedAt) {
        static DefectView of(DefectRecord d) {
            return new DefectView(d.getId(), d.getDefectCode(), d.getOrderId(), d.getOperationId(), d.getProductCode(),
                    d.getStationCode(), d.getUnitIdentifier(), d.getOperator(), d.getRecordedBy(), d.getQuantity(),
                    d.getNote(), d.getRecordedAt());
        }
    }

    record NewNcr(Long defectId, Long alertId, @Size(max = 500) String description) {
    }

    record DispositionRequest(@NotNull Disposition disposition, @Size(max = 500) String note,
                              @Min(1) @Max(1_000_000) Integer reworkQuantity) {
    }

    record Note(@Size(max = 500) String note) {
        static String of(Note n) {
            return n == null ? null : n.note();
        }
    }

    record NcrView(long id, String number, String source, Long defectId, Long alertId, long orderId, long operationId,
                   String unitIdentifier, String description, String status, String disposition,
                   String dispositionNote, String proposedBy, String approvedBy, Long reworkOperationId,
                   Instant openedAt, Instant updatedAt) {
        static NcrView of(Nonconformance n) {
            return new NcrView(n.getId(), n.getNumber(), n.getSource().name(), n.getDefectId(), n.getAlertId(),
                    n.getOrderId(), n.getOperationId(), n.getUnitIdentifier(), n.getDescription(),
                    n.getStatus().name(), n.getDisposition() == null ? null : n.getDisposition().name(),
                    n.getDispositionNote(), n.getProposedBy(), n.getApprovedBy(), n.getReworkOperationId(),
                    n.getOpenedAt(), n.getUpdatedAt());
        }
    }

    private final DefectCatalogue catalogue;
    private final RecordingDefect recording;
    private final DefectRecordRepository defects;
    private final HandlingNonconformance handling;
    private final NonconformanceRepository reports;

    NcrController(DefectCatalogue catalogue, RecordingDefect recording, DefectRecordRepository defects,
            HandlingNonconformance handling, NonconformanceRepository reports) {
        this.catalogue = catalogue;
        this.recording = recording;
        this.defects = defects;
        this.handling = handling;
        this.reports = reports;
    }

    @GetMapping("/api/quality/defect-codes")
    @PreAuthorize(Access.READ)
    List<DefectCodeView> catalogue() {
        return catalogue.all().stream().map(DefectCodeView::of).toList();
    }

    @PostMapping("/api/quality/defect-codes")
    @PreAuthorize(Access.PLAN)
    ResponseEntity<DefectCodeView> define(@Valid @RequestBody NewDefectCode request) {
        return ResponseEntity.status(201).body(DefectCodeView.of(
                catalogue.define(request.code(), request.name(), request.severity())));
    }

    @PostMapping("/api/quality/defects")
    @PreAuthorize(Access.INSPECT)
    ResponseEntity<DefectView> record(@Valid @RequestBody NewDefect request) {
        DefectRecord record = recording.record(request.operationId(), request.defectCode(), request.unitIdentifier(),
                request.quantity() == null ? 1 : request.quantity(), request.operator(), request.note());
        return ResponseEntity.created(URI.create("/api/quality/defects/" + record.getId())).body(DefectView.of(record));
    }

    @GetMapping("/api/quality/defects/{id}")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    DefectView defect(@PathVariable long id) {
        return defects.findById(id).map(DefectView::of).orElseThrow(() -> new NotFound("defect record", id));
    }

    @GetMapping("/api/quality/defects")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    List<DefectView> defectsOfOrder(@RequestParam long orderId) {
        return defects.findByOrderIdOrderById(orderId).stream().map(DefectView::of).toList();
    }

    @PostMapping("/api/quality/ncrs")
    @PreAuthorize(Access.INSPECT)
    ResponseEntity<NcrView> open(@Valid @RequestBody NewNcr request) {
        NcrView ncr = NcrView.of(handling.open(request.defectId(), request.alertId(), request.description()));
        return ResponseEntity.created(URI.create("/api/quality/ncrs/" + ncr.id())).body(ncr);
    }

    @GetMapping("/api/quality/ncrs")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    Page<NcrView> list(@RequestParam(required = false) Set<NcrStatus> status,
            @PageableDefault(size = 50) Pageable pageable) {
        Set<NcrStatus> statuses = status == null || status.isEmpty() ? Set.of(NcrStatus.values()) : status;
        return reports.findByStatusIn(statuses, pageable).map(NcrView::of);
    }

    @GetMapping("/api/quality/ncrs/{id}")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    NcrView get(@PathVariable long id) {
        return reports.findById(id).map(NcrView::of).orElseThrow(() -> new NotFound("NCR", id));
    }

    @PostMapping("/api/quality/ncrs/{id}/disposition")
    @PreAuthorize(Access.INSPECT)
    NcrView dispose(@PathVariable long id, @Valid @RequestBody DispositionRequest request) {
        return NcrView.of(handling.dispose(id, request.disposition(), request.note(), request.reworkQuantity()));
    }

    /** Approving use as is accepts nonconforming material: a supervisor's decision. */
    @PostMapping("/api/quality/ncrs/{id}/approval")
    @PreAuthorize(Access.PLAN)
    NcrView approve(@PathVariable long id, @Valid @RequestBody(required = false) Note note) {
        return NcrView.of(handling.approve(id, Note.of(note)));
    }

    @PostMapping("/api/quality/ncrs/{id}/rejection")
    @PreAuthorize(Access.PLAN)
    NcrView reject(@PathVariable long id, @Valid @RequestBody(required = false) Note note) {
        return NcrView.of(handling.reject(id, Note.of(note)));
    }

    @PostMapping("/api/quality/ncrs/{id}/close")
    @PreAuthorize(Access.INSPECT)
    NcrView close(@PathVariable long id, @Valid @RequestBody(required = false) Note note) {
        return NcrView.of(handling.close(id, Note.of(note)));
    }
}
