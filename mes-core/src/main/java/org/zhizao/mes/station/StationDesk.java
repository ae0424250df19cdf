package org.zhizao.mes.station;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.equipment.AvailabilityState;
import org.zhizao.mes.equipment.EquipmentFeed;
import org.zhizao.mes.equipment.EquipmentHistory;
import org.zhizao.mes.equipment.internal.ShopFloorRecords;
import org.zhizao.mes.execution.AcknowledgingStep;
import org.zhizao.mes.execution.OperationBacklog;
import org.zhizao.mes.execution.OperationView;
import org.zhizao.mes.execution.ReportingQuantities;
import org.zhizao.mes.execution.RunningOperation;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.quality.ncr.DefectCatalogue;
import org.zhizao.mes.quality.ncr.RecordingDefect;
import org.zhizao.mes.security.Access;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.NotFound;
import org.zhizao.mes.shared.domain.RuleViolation;

/**
 * What the station terminal reads and does, checked per role: anyone signed in reads, operators, supervisors
 * and administrators work. Delegates to execution (operations, steps, quantities), quality (defects) and
 * equipment (states, alarms, downtime).
 */
@Service
public class StationDesk {

    /** How far back the terminal lists downtime to classify: about a shift and a half. */
    static final Duration DOWNTIME_WINDOW = Duration.ofHours(12);

    private static final int MAX_DOWNTIMES = 8;
    private static final Set<String> ON_STATION = Set.of("STARTED", "PAUSED", "DISPATCHED");

    /** A defect code of the catalogue, as the scrap dialog offers it. */
    public record DefectChoice(String code, String name) {
    }

    /** An alarm of one of the station's devices. */
    public record StationAlarm(long id, String equipmentCode, String code, String message, int severity,
                               Instant raisedAt, String acknowledgedBy) {
    }

    /** A node of the downtime reason tree; {@code category} is PLANNED or UNPLANNED. */
    public record DowntimeReason(String code, String parentCode, String nameZh, String nameEn, String category) {
    }

    private final PlantDirectory plant;
    private final OperationBacklog backlog;
    private final RunningOperation running;
    private final AcknowledgingStep acknowledging;
    private final ReportingQuantities reporting;
    private final DefectCatalogue catalogue;
    private final RecordingDefect defects;
    private final ShopFloorRecords records;
    private final EquipmentFeed feed;
    private final Clock clock;

    StationDesk(PlantDirectory plant, OperationBacklog backlog, RunningOperation running,
            AcknowledgingStep acknowledging, ReportingQuantities reporting, DefectCatalogue catalogue,
            RecordingDefect defects, ShopFloorRecords records, EquipmentFeed feed, Clock clock) {
        this.plant = plant;
        this.backlog = backlog;
        this.running = running;
        this.acknowledging = acknowledging;
        this.reporting = reporting;
        this.catalogue = catalogue;
        this.defects = defects;
        this.records = records;
        this.feed = feed;
        this.clock = clock;
    }

    /** Every station of the plant model, line by line. */
    @PreAuthorize(Access.READ)
    public List<PlantDirectory.StationInfo> stations() {
        return plant.stations().stream().sorted(Comparator.comparing(PlantDirectory.StationInfo::lineCode)
                .thenComparing(PlantDirectory.StationInfo::code)).toList();
    }

    @PreAuthorize(Access.READ)
    public Optional<PlantDirectory.StationInfo> station(String code) {
        return code == null ? Optional.empty() : plant.findStation(code);
    }

    /**
     * The station as the terminal shows it.
     *
     * @param chosenOperationId the operation the operator picked (kept even once finished, so the operator
     *                          sees the outcome), or null for the first one on the station
     */
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    public StationBoard board(String stationCode, Long chosenOperationId) {
        PlantDirectory.StationInfo station = plant.findStation(stationCode)
                .orElseThrow(() -> new NotFound("station", stationCode));
        List<OperationView> queue = backlog.unfinishedAt(stationCode).stream()
                .filter(o -> ON_STATION.contains(o.status()))
                .sorted(Comparator.comparing((OperationView o) -> o.status().equals("DISPATCHED"))
                        .thenComparing(o -> o.dispatchedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(OperationView::id))
                .toList();
        OperationView current = chosen(stationCode, chosenOperationId).orElse(queue.isEmpty() ? null : queue.get(0));
        List<OperationView> next = queue.stream().filter(o -> current == null || o.id() != current.id()).toList();

        Instant now = clock.instant();
        Optional<EquipmentHistory.BoundEquipment> device = records.primaryDevice(stationCode);
        List<EquipmentHistory.StateInterval> intervals = device.map(d -> records.intervals(List.of(d.code()),
                now.minus(DOWNTIME_WINDOW), now.plusMillis(1))).orElse(List.of());
        StateNow state = device.flatMap(d -> liveState(d.code())).orElseGet(() -> storedState(intervals));
        List<EquipmentHistory.StateInterval> downtimes = intervals.stream().filter(i -> i.state().isDowntime())
                .sorted(Comparator.comparing(EquipmentHistory.StateInterval::start).reversed())
                .limit(MAX_DOWNTIMES).toList();
        Instant midnight = now.atZone(ZoneId.systemDefault()).toLocalDate().atStartOfDay(ZoneId.systemDefault())
                .toInstant();
        return new StationBoard(station, state.state(), state.since(), current, next,
                records.counts(stationCode, midnight, now.plusMillis(1)),
                records.alarms(stationCode + "/", true, now.minus(Duration.ofDays(1)), now.plusMillis(1)).stream()
                        .map(a -> new StationAlarm(a.id(), a.equipmentCode(), a.code(), a.message(), a.severity(),
                                a.raisedAt(), a.acknowledgedBy())).toList(),
                downtimes);
    }

    @PreAuthorize(Access.READ)
    public List<DefectChoice> defectCodes() {
        return catalogue.all().stream().map(d -> new DefectChoice(d.getCode(), d.getName())).toList();
    }

    /** The downtime reason tree, parents before their children. */
    @PreAuthorize(Access.READ)
    public List<DowntimeReason> downtimeReasons() {
        return records.reasons().stream().map(r -> new DowntimeReason(r.code(), r.parentCode(), r.nameZh(),
                r.nameEn(), r.category())).toList();
    }

    @PreAuthorize(Access.OPERATE)
    public OperationView start(long operationId) {
        return running.start(operationId, null);
    }

    @PreAuthorize(Access.OPERATE)
    public OperationView pause(long operationId) {
        return running.pause(operationId, null);
    }

    @PreAuthorize(Access.OPERATE)
    public OperationView resume(long operationId) {
        return running.resume(operationId, null);
    }

    @PreAuthorize(Access.OPERATE)
    public OperationView complete(long operationId) {
        return running.complete(operationId, null);
    }

    /** Acknowledges step {@code seq}; the step rules decide whether it is its turn. */
    @PreAuthorize(Access.OPERATE)
    public OperationView acknowledge(long operationId, int seq) {
        return acknowledging.acknowledge(operationId, seq, null);
    }

    /** Acknowledges the first step not acknowledged yet. */
    @PreAuthorize(Access.OPERATE)
    public OperationView acknowledgeNext(long operationId) {
        OperationView operation = backlog.get(operationId);
        OperationView.Step step = operation.steps().stream().filter(s -> s.acknowledgedAt() == null).findFirst()
                .orElseThrow(() -> new RuleViolation("operation " + operation.code()
                        + ": every step is acknowledged already"));
        return acknowledging.acknowledge(operationId, step.seq(), null);
    }

    /**
     * Reports scrapped parts with the defect that made them scrap: the operation's scrap count grows and the
     * defect is recorded for the Pareto analysis, both or neither.
     */
    @PreAuthorize(Access.OPERATE)
    @Transactional
    public OperationView reportScrap(long operationId, int quantity, String defectCode, String note) {
        if (quantity < 1) {
            throw new InvalidInput("quantity: report at least one scrapped part");
        }
        if (defectCode == null || defectCode.isBlank()) {
            throw new InvalidInput("defect code: choose the defect that made the parts scrap");
        }
        if (!catalogue.exists(defectCode)) {
            throw new InvalidInput("defect code '" + defectCode + "' is not in the catalogue");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 500) {
            throw new InvalidInput("note: at most 500 characters");
        }
        OperationView reported = reporting.report(operationId, 0, quantity,
                "scrap " + defectCode + (text == null ? "" : ": " + text));
        defects.record(operationId, defectCode, null, quantity, actor(), text);
        return reported;
    }

    @PreAuthorize(Access.OPERATE)
    public void acknowledgeAlarm(long alarmId) {
        records.acknowledge(alarmId, null);
    }

    /** Gives a downtime interval a reason from the tree; the downtime rules decide which reasons fit. */
    @PreAuthorize(Access.OPERATE)
    public EquipmentHistory.StateInterval classifyDowntime(long intervalId, String reasonCode, String note) {
        if (reasonCode == null || reasonCode.isBlank()) {
            throw new InvalidInput("reason: choose a reason from the tree");
        }
        return records.classify(intervalId, reasonCode, note == null || note.isBlank() ? null : note.strip());
    }

    private Optional<OperationView> chosen(String stationCode, Long operationId) {
        if (operationId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(backlog.get(operationId)).filter(o -> stationCode.equals(o.stationCode()));
        } catch (NotFound gone) {
            return Optional.empty();
        }
    }

    private record StateNow(AvailabilityState state, Instant since) {
    }

    private Optional<StateNow> liveState(String deviceCode) {
        String key = "state:" + deviceCode;
        return feed.snapshot().stream().filter(c -> key.equals(c.key())).findFirst().map(c -> new StateNow(
                AvailabilityState.valueOf(String.valueOf(c.data().get("state"))),
                c.data().get("since") == null ? null : Instant.parse(String.valueOf(c.data().get("since")))));
    }

    private static StateNow storedState(List<EquipmentHistory.StateInterval> intervals) {
        return intervals.stream().filter(i -> i.end() == null).reduce((a, b) -> b)
                .map(i -> new StateNow(i.state(), i.start())).orElse(new StateNow(AvailabilityState.OFFLINE, null));
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }
}
