package org.zhizao.mes.quality.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.quality.domain.ChartType;
import org.zhizao.mes.quality.domain.Disposition;
import org.zhizao.mes.quality.domain.NcrRules;
import org.zhizao.mes.quality.domain.NcrStatus;
import org.zhizao.mes.quality.domain.Pareto;
import org.zhizao.mes.quality.inspection.InspectionResult;
import org.zhizao.mes.quality.inspection.InspectionResultRepository;
import org.zhizao.mes.quality.inspection.OperationLedger;
import org.zhizao.mes.quality.inspection.PlanRequests;
import org.zhizao.mes.quality.inspection.QualityOperation;
import org.zhizao.mes.quality.inspection.RecordingResult;
import org.zhizao.mes.quality.ncr.DefectCatalogue;
import org.zhizao.mes.quality.ncr.DefectRecord;
import org.zhizao.mes.quality.ncr.DefectRecordRepository;
import org.zhizao.mes.quality.ncr.HandlingNonconformance;
import org.zhizao.mes.quality.ncr.Nonconformance;
import org.zhizao.mes.quality.ncr.NonconformanceRepository;
import org.zhizao.mes.quality.ncr.RecordingDefect;
import org.zhizao.mes.quality.spc.QualityAlert;
import org.zhizao.mes.quality.ui.InspectionViews.ChartableCharacteristic;
import org.zhizao.mes.quality.ui.InspectionViews.DefectCodeLine;
import org.zhizao.mes.quality.ui.InspectionViews.NcrLine;
import org.zhizao.mes.quality.ui.InspectionViews.OperationForm;
import org.zhizao.mes.quality.ui.InspectionViews.ParetoLine;
import org.zhizao.mes.quality.ui.InspectionViews.QueueEntry;
import org.zhizao.mes.quality.ui.InspectionViews.ResultLine;
import org.zhizao.mes.quality.ui.InspectionViews.Saved;
import org.zhizao.mes.quality.ui.InspectionViews.SpcFigures;
import org.zhizao.mes.security.Access;
import org.zhizao.mes.shared.domain.Decision;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.NotFound;

/**
 * The quality inspector's screens' one way to the quality services: reads need any signed-in role,
 * changes the inspecting roles; NCR approval the planning roles, as over HTTP.
 */
@Service
public class InspectionDesk {

    private final InspectionQueue queue;
    private final RecordingResult recording;
    private final InspectionResultRepository results;
    private final OperationLedger operations;
    private final DefectCatalogue catalogue;
    private final RecordingDefect defects;
    private final DefectRecordRepository defectRecords;
    private final HandlingNonconformance handling;
    private final NonconformanceRepository reports;
    private final SpcCalculation spc;

    InspectionDesk(InspectionQueue queue, RecordingResult recording, InspectionResultRepository results,
            OperationLedger operations, DefectCatalogue catalogue,
            RecordingDefect defects, DefectRecordRepository defectRecords, HandlingNonconformance handling,
            NonconformanceRepository reports, SpcCalculation spc) {
        this.queue = queue;
        this.recording = recording;
        this.results = results;
        this.operations = operations;
        this.catalogue = catalogue;
        this.defects = defects;
        this.defectRecords = defectRecords;
        this.handling = handling;
        this.reports = reports;
        this.spc = spc;
    }

    /** Operations still running whose required inspections are not all recorded, oldest order first. */
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    public List<QueueEntry> queue() {
        return queue.open();
    }

    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    public OperationForm form(long operationId) {
        return queue.form(operationId);
    }

    /** Records every entry of the form at once: all are stored, or none when one is refused. */
    @PreAuthorize(Access.INSPECT)
    @Transactional
    public Saved record(long operationId, List<PlanRequests.NewResult> entries) {
        if (entries.isEmpty()) {
            throw new InvalidInput("enter a value or a pass/fail judgement for at least one characteristic");
        }
        List<ResultLine> saved = new ArrayList<>();
        List<String> alerts = new ArrayList<>();
        for (PlanRequests.NewResult entry : entries) {
            RecordingResult.Recorded recorded = recording.record(operationId, entry);
            saved.add(InspectionQueue.line(recorded.result(), recorded.characteristic()));
            recorded.alerts().stream().map(QualityAlert::getMessage).forEach(alerts::add);
        }
        return new Saved(saved, alerts);
    }

    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    public List<DefectCodeLine> defectCodes() {
        return catalogue.all().stream()
                .map(c -> new DefectCodeLine(c.getCode(), c.getName(), c.getSeverity().name())).toList();
    }

    /** Records defects found on an operation's units; opens an NCR for them if asked. */
    @PreAuthorize(Access.INSPECT)
    @Transactional
    public Long recordDefect(long operationId, String defectCode, int quantity, String unitIdentifier, String note,
            boolean openNcr) {
        if (quantity < 1) {
            throw new InvalidInput("the quantity of defective units must be at least 1");
        }
        DefectRecord record = defects.record(operationId, defectCode, blankToNull(unitIdentifier), quantity, null,
                blankToNull(note));
        return openNcr ? handling.open(record.getId(), null, blankToNull(note)).getId() : null;
    }

    /**
     * Opens an NCR from a failed result: from the defect record the result made if it reported this code,
     * else from a new defect record of the code on the result's unit.
     */
    @PreAuthorize(Access.INSPECT)
    @Transactional
    public NcrLine openNcr(long resultId, String defectCode, String description) {
        InspectionResult result = results.findById(resultId).orElseThrow(() -> new NotFound("inspection result",
                resultId));
        if (result.isPassed()) {
            throw new InvalidInput("an NCR is opened for a failed result; this result passed");
        }
        if (defectCode == null || defectCode.isBlank()) {
            throw new InvalidInput("choose the defect code the nonconformance is about");
        }
        DefectRecord defect = result.defectCodes().contains(defectCode)
                ? defectRecords.findByOrderIdOrderById(result.getOrderId()).stream()
                        .filter(d -> d.getOperationId() == result.getOperationId()
                                && d.getDefectCode().equals(defectCode)
                                && java.util.Objects.equals(d.getUnitIdentifier(), result.getUnitIdentifier()))
                        .reduce((first, last) -> last).orElse(null)
                : null;
        if (defect == null) {
            defect = defects.record(result.getOperationId(), defectCode, result.getUnitIdentifier(), 1, null,
                    blankToNull(description));
        }
        return ncrLine(handling.open(defect.getId(), null, blankToNull(description)));
    }

    /** NCRs in the given states (all when empty), newest first. */
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    public List<NcrLine> ncrs(Set<NcrStatus> statuses) {
        Set<NcrStatus> wanted = statuses.isEmpty() ? EnumSet.allOf(NcrStatus.class) : statuses;
        return reports.findByStatusIn(wanted, Pageable.unpaged(Sort.by(Sort.Direction.DESC, "id"))).getContent()
                .stream().map(this::ncrLine).toList();
    }

    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    public NcrLine ncr(long id) {
        return reports.findById(id).map(this::ncrLine).orElseThrow(() -> new NotFound("NCR", id));
    }

    /** Whether the workflow allows this disposition of the NCR now, with the reason if not. */
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    public Decision dispositionAllowed(long id, Disposition disposition) {
        Nonconformance ncr = reports.findById(id).orElseThrow(() -> new NotFound("NCR", id));
        return NcrRules.disposition(ncr.getNumber(), ncr.getStatus(), disposition);
    }

    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    public Decision closingAllowed(long id) {
        Nonconformance ncr = reports.findById(id).orElseThrow(() -> new NotFound("NCR", id));
        return NcrRules.closing(ncr.getNumber(), ncr.getStatus());
    }

    @PreAuthorize(Access.INSPECT)
    @Transactional
    public NcrLine dispose(long id, Disposition disposition, String note, Integer reworkQuantity) {
        return ncrLine(handling.dispose(id, disposition, blankToNull(note), reworkQuantity));
    }

    @PreAuthorize(Access.INSPECT)
    @Transactional
    public NcrLine close(long id, String note) {
        return ncrLine(handling.close(id, blankToNull(note)));
    }

    /** A supervisor accepts the use-as-is proposal. */
    @PreAuthorize(Access.PLAN)
    @Transactional
    public NcrLine approve(long id, String note) {
        return ncrLine(handling.approve(id, blankToNull(note)));
    }

    @PreAuthorize(Access.PLAN)
    @Transactional
    public NcrLine reject(long id, String note) {
        return ncrLine(handling.reject(id, blankToNull(note)));
    }

    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    public List<ChartableCharacteristic> chartableCharacteristics() {
        return spc.chartable();
    }

    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    public SpcFigures spc(long characteristicId, ChartType type) {
        return spc.figures(characteristicId, type);
    }

    /** Defects by code recorded in [from, to), largest first. */
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    public List<ParetoLine> pareto(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new InvalidInput("the period must end after it starts");
        }
        Map<String, Long> counts = defectRecords.findByRecordedAtGreaterThanEqualAndRecordedAtLessThan(from, to)
                .stream().collect(Collectors.groupingBy(DefectRecord::getDefectCode,
                        Collectors.summingLong(DefectRecord::getQuantity)));
        return Pareto.of(counts).stream()
                .map(b -> new ParetoLine(b.key(), b.count(), b.share(), b.cumulativeShare())).toList();
    }

    private NcrLine ncrLine(Nonconformance n) {
        QualityOperation operation = operations.get(n.getOperationId());
        return new NcrLine(n.getId(), n.getNumber(), n.getStatus(), n.getDisposition(), n.getDescription(),
                operation.getCode(), operation.getOrderNumber(), n.getUnitIdentifier(), n.getProposedBy(),
                n.getApprovedBy(), n.getOpenedAt(), n.getUpdatedAt());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
