package org.zhizao.mes.equipment.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.equipment.EquipmentCommands;
import org.zhizao.mes.equipment.EquipmentFeed;
import org.zhizao.mes.equipment.EquipmentHistory;
import org.zhizao.mes.equipment.ShopFloorChange;
import org.zhizao.mes.equipment.internal.LatestSignals;
import org.zhizao.mes.equipment.internal.ShopFloorRecords;
import org.zhizao.mes.security.Access;
import org.zhizao.mes.shared.domain.InvalidInput;

/** Equipment states and their history, downtime classification, alarms, signal trends, AGV missions. */
@RestController
class EquipmentController {

    record Classification(@NotBlank @Size(max = 60) String reasonCode, @Size(max = 500) String note) {
    }

    record Acknowledgement(@Size(max = 500) String note) {
    }

    record Mission(@NotBlank String agvCode, @Size(max = 60) String missionId, @NotBlank String source,
                   @NotBlank String destination) {
    }

    private static final Duration MAX_RANGE = Duration.ofDays(92);

    private final ShopFloorRecords records;
    private final EquipmentFeed feed;
    private final EquipmentCommands commands;
    private final LatestSignals signals;

    EquipmentController(ShopFloorRecords records, EquipmentFeed feed, EquipmentCommands commands,
            LatestSignals signals) {
        this.records = records;
        this.feed = feed;
        this.commands = commands;
        this.signals = signals;
    }

    @GetMapping("/api/equipment/status")
    @PreAuthorize(Access.READ)
    List<Map<String, Object>> status() {
        List<Map<String, Object>> result = new ArrayList<>();
        for (ShopFloorChange c : feed.snapshot()) {
            if (!c.type().equals("signal")) {
                Map<String, Object> row = new LinkedHashMap<>(c.data());
                row.put("type", c.type());
                result.add(row);
            }
        }
        result.sort((a, b) -> (a.get("type") + "" + a.get("device") + a.get("station"))
                .compareTo(b.get("type") + "" + b.get("device") + b.get("station")));
        return result;
    }

    @GetMapping("/api/equipment/devices")
    @PreAuthorize(Access.READ)
    List<EquipmentHistory.BoundEquipment> devices() {
        return records.devices();
    }

    @GetMapping("/api/equipment/intervals")
    @PreAuthorize(Access.READ)
    List<EquipmentHistory.StateInterval> intervals(@RequestParam String code, @RequestParam OffsetDateTime from,
            @RequestParam OffsetDateTime to) {
        List<String> codes = records.devices().stream()
                .filter(d -> d.code().equals(code) || code.equals(d.stationCode())).map(EquipmentHistory.BoundEquipment::code)
                .toList();
        return records.intervals(codes, range(from, to)[0], range(from, to)[1]);
    }

    @PostMapping("/api/equipment/intervals/{id}/classification")
    @PreAuthorize(Access.OPERATE)
    EquipmentHistory.StateInterval classify(@PathVariable long id, @Valid @RequestBody Classification body) {
        return records.classify(id, body.reasonCode(), body.note());
    }

    @GetMapping("/api/equipment/downtime-reasons")
    @PreAuthorize(Access.READ)
    List<ShopFloorRecords.Reason> reasons() {
        return records.reasons();
    }

    @GetMapping("/api/equipment/alarms")
    @PreAuthorize(Access.READ)
    List<ShopFloorRecords.Alarm> alarms(@RequestParam(required = false) String code,
            @RequestParam(defaultValue = "true") boolean active, @RequestParam(required = false) OffsetDateTime from,
            @RequestParam(required = false) OffsetDateTime to) {
        Instant end = to == null ? Instant.now() : to.toInstant();
        Instant start = from == null ? end.minus(Duration.ofDays(1)) : from.toInstant();
        return records.alarms(code, active, start, end.plusMillis(1));
    }

    @PostMapping("/api/equipment/alarms/{id}/acknowledgement")
    @PreAuthorize(Access.OPERATE)
    ShopFloorRecords.Alarm acknowledge(@PathVariable long id, @Valid @RequestBody(required = false) Acknowledgement body) {
        return records.acknowledge(id, body == null ? null : body.note());
    }

    @GetMapping("/api/equipment/signals")
    @PreAuthorize(Access.READ)
    Map<String, List<ShopFloorRecords.Sample>> signals(@RequestParam String code,
            @RequestParam(required = false) String signal, @RequestParam OffsetDateTime from,
            @RequestParam OffsetDateTime to) {
        Instant[] r = range(from, to);
        return records.samples(code, signal, r[0], r[1]);
    }

    /** The latest value of every signal of a station's devices (or of one device): program, spindle, power. */
    @GetMapping("/api/equipment/latest-signals")
    @PreAuthorize(Access.READ)
    List<LatestSignals.DeviceSignals> latestSignals(@RequestParam String code) {
        return signals.of(code);
    }

    @GetMapping("/api/equipment/counts")
    @PreAuthorize(Access.READ)
    EquipmentHistory.StationCounts counts(@RequestParam String station, @RequestParam OffsetDateTime from,
            @RequestParam OffsetDateTime to) {
        Instant[] r = range(from, to);
        return records.counts(station, r[0], r[1]);
    }

    @PostMapping("/api/equipment/agv-missions")
    @PreAuthorize(Access.PLAN)
    EquipmentCommands.Outcome mission(@Valid @RequestBody Mission body) {
        String id = body.missionId() == null ? "M-" + UUID.randomUUID().toString().substring(0, 8) : body.missionId();
        return commands.dispatchMission(body.agvCode(), id, body.source(), body.destination());
    }

    private static Instant[] range(OffsetDateTime from, OffsetDateTime to) {
        if (!to.isAfter(from)) {
            throw new InvalidInput("to: must be after from");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new InvalidInput("to: a range of at most 92 days");
        }
        return new Instant[] {from.toInstant(), to.toInstant()};
    }
}
