package org.zhizao.mes.equipment.internal;

import static org.zhizao.mes.equipment.internal.HistoryWriter.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.equipment.AvailabilityState;
import org.zhizao.mes.equipment.EquipmentHistory;
import org.zhizao.mes.equipment.domain.DowntimeRules;
import org.zhizao.mes.shared.domain.NotFound;
import org.zhizao.plc.mapping.DefaultTemplates;
import org.zhizao.plc.mapping.DeviceTemplate;
import org.zhizao.plc.mapping.SignalMapping;

/**
 * The stored history (state intervals, counts, energy, alarms, signal samples) and the two things people
 * do with it: classifying downtime and acknowledging alarms, both audited.
 */
@Service
@NamedInterface("records") // the station terminal works alarms and downtime through it
public class ShopFloorRecords implements EquipmentHistory {

    /** An alarm with its life: raised, cleared, acknowledged. */
    @NamedInterface("records")
    public record Alarm(long id, String equipmentCode, String stationCode, String code, String message, int severity,
                        Instant raisedAt, Instant clearedAt, String acknowledgedBy, Instant acknowledgedAt) {
    }

    /** A node of the downtime reason tree. */
    @NamedInterface("records")
    public record Reason(String code, String parentCode, String nameZh, String nameEn, String category) {
    }

    /** One downsampled minute of a numeric signal. */
    public record Sample(Instant minute, int samples, double min, double max, double avg, double last) {
    }

    private final JdbcTemplate jdbc;
    private final DeviceDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    ShopFloorRecords(JdbcTemplate jdbc, DeviceDirectory directory, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<BoundEquipment> primaryDevice(String stationCode) {
        return directory.primaryOf(stationCode).map(DeviceDirectory.Device::equipment);
    }

    @Override
    public List<BoundEquipment> devices() {
        return directory.all().stream().map(DeviceDirectory.Device::equipment).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StateInterval> intervals(Collection<String> equipmentCodes, Instant from, Instant to) {
        if (equipmentCodes.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(equipmentCodes.size(), "?"));
        List<Object> args = new ArrayList<>(equipmentCodes);
        args.add(ts(to));
        args.add(ts(from));
        return jdbc.query("SELECT * FROM equipment_state_interval WHERE equipment_code IN (" + in + ")"
                + " AND started_at < ? AND (ended_at IS NULL OR ended_at > ?) ORDER BY started_at, id",
                ShopFloorRecords::interval, args.toArray());
    }

    @Override
    @Transactional(readOnly = true)
    public StationCounts counts(String stationCode, Instant from, Instant to) {
        Map<String, Object> row = jdbc.queryForMap("SELECT COALESCE(SUM(good), 0) AS good, COALESCE(SUM(scrap), 0)"
                + " AS scrap FROM equipment_count WHERE station_code = ? AND counted_at >= ? AND counted_at < ?",
                stationCode, ts(from), ts(to));
        long good = ((Number) row.get("good")).longValue();
        long scrap = ((Number) row.get("scrap")).longValue();
        return new StationCounts(stationCode, good + scrap, scrap);
    }

    @Override
    @Transactional(readOnly = true)
    public double energyKwh(String stationCode, Instant from, Instant to) {
        Double kwh = jdbc.queryForObject("SELECT COALESCE(SUM(kwh), 0) FROM equipment_energy WHERE station_code = ?"
                + " AND bucket_start >= ? AND bucket_start < ?", Double.class, stationCode, ts(from), ts(to));
        return kwh == null ? 0 : kwh;
    }

    @Transactional(readOnly = true)
    public List<Reason> reasons() {
        return jdbc.query("SELECT * FROM downtime_reason ORDER BY code", (rs, n) -> new Reason(rs.getString("code"),
                rs.getString("parent_code"), rs.getString("name_zh"), rs.getString("name_en"),
                rs.getString("category")));
    }

    /** Gives a downtime interval a reason from the tree (audited). */
    @Transactional
    public StateInterval classify(long intervalId, String reasonCode, String note) {
        StateInterval interval = interval(intervalId);
        String category = jdbc.query("SELECT category FROM downtime_reason WHERE code = ?",
                rs -> rs.next() ? rs.getString(1) : null, reasonCode);
        DowntimeRules.classifying(intervalId, interval.state(), reasonCode, category).orThrow();
        jdbc.update("UPDATE equipment_state_interval SET reason_code = ?, classified_by = ?, classified_at = ?,"
                + " note = ? WHERE id = ?", reasonCode, actor(), ts(clock.instant()),
                HistoryWriter.truncate(note, 500), intervalId);
        audit.record(new AuditRecord("EQUIPMENT_INTERVAL", String.valueOf(intervalId), null, "CLASSIFY",
                interval.reasonCode(), reasonCode, interval.equipmentCode() + " " + interval.state()
                        + (note == null ? "" : ": " + note)));
        return interval(intervalId);
    }

    @Transactional(readOnly = true)
    public StateInterval interval(long id) {
        return jdbc.query("SELECT * FROM equipment_state_interval WHERE id = ?", ShopFloorRecords::interval, id)
                .stream().findFirst().orElseThrow(() -> new NotFound("state interval", id));
    }

    @Transactional(readOnly = true)
    public List<Alarm> alarms(String codePrefix, boolean activeOnly, Instant from, Instant to) {
        return jdbc.query("SELECT * FROM equipment_alarm WHERE equipment_code LIKE ? AND raised_at < ?"
                + (activeOnly ? " AND cleared_at IS NULL" : " AND (cleared_at IS NULL OR cleared_at >= ?)")
                + " ORDER BY raised_at DESC, id DESC", ShopFloorRecords::alarm,
                activeOnly ? new Object[] {prefix(codePrefix), ts(to)}
                        : new Object[] {prefix(codePrefix), ts(to), ts(from)});
    }

    /** An operator acknowledges an alarm (audited); once. */
    @Transactional
    public Alarm acknowledge(long alarmId, String note) {
        Alarm alarm = alarm(alarmId);
        DowntimeRules.acknowledging(alarmId, alarm.acknowledgedBy()).orThrow();
        int updated = jdbc.update("UPDATE equipment_alarm SET acknowledged_by = ?, acknowledged_at = ?,"
                + " version = version + 1 WHERE id = ? AND acknowledged_by IS NULL", actor(), ts(clock.instant()),
                alarmId);
        DowntimeRules.acknowledging(alarmId, updated == 1 ? null : alarm(alarmId).acknowledgedBy()).orThrow();
        audit.record(new AuditRecord("ALARM", String.valueOf(alarmId), null, "ACKNOWLEDGE",
                alarm.clearedAt() == null ? "ACTIVE" : "CLEARED", "ACKNOWLEDGED", alarm.equipmentCode() + " "
                        + alarm.code() + " " + alarm.message() + (note == null ? "" : ": " + note)));
        return alarm(alarmId);
    }

    @Transactional(readOnly = true)
    public Alarm alarm(long id) {
        return jdbc.query("SELECT * FROM equipment_alarm WHERE id = ?", ShopFloorRecords::alarm, id).stream()
                .findFirst().orElseThrow(() -> new NotFound("alarm", id));
    }

    @Transactional(readOnly = true)
    public Map<String, List<Sample>> samples(String equipmentCode, String signal, Instant from, Instant to) {
        Map<String, List<Sample>> result = new LinkedHashMap<>();
        List<Object> args = new ArrayList<>(List.of(equipmentCode, ts(from), ts(to)));
        if (signal != null) {
            args.add(signal);
        }
        jdbc.query("SELECT * FROM signal_sample WHERE equipment_code = ? AND bucket_start >= ? AND bucket_start < ?"
                + (signal == null ? "" : " AND signal_name = ?") + " ORDER BY signal_name, bucket_start", rs -> {
                    result.computeIfAbsent(rs.getString("signal_name"), k -> new ArrayList<>()).add(new Sample(
                            instant(rs, "bucket_start"), rs.getInt("samples"), rs.getDouble("value_min"),
                            rs.getDouble("value_max"), rs.getDouble("value_avg"), rs.getDouble("value_last")));
                }, args.toArray());
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SignalMinute> signalMinutes(String stationCode, Instant from, Instant to) {
        Map<String, String> templates = new LinkedHashMap<>();
        directory.all().stream().filter(d -> stationCode.equals(d.station()))
                .forEach(d -> templates.put(d.code(), d.template()));
        if (templates.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(templates.size(), "?"));
        List<Object> args = new ArrayList<>(templates.keySet());
        args.add(ts(from));
        args.add(ts(to));
        return jdbc.query("SELECT * FROM signal_sample WHERE equipment_code IN (" + in + ") AND bucket_start >= ?"
                + " AND bucket_start < ? ORDER BY equipment_code, signal_name, bucket_start", (rs, n) -> {
                    String device = rs.getString("equipment_code");
                    String signal = rs.getString("signal_name");
                    return new SignalMinute(device, signal, unitOf(templates.get(device), signal),
                            instant(rs, "bucket_start"), rs.getInt("samples"), rs.getDouble("value_min"),
                            rs.getDouble("value_max"), rs.getDouble("value_avg"), rs.getDouble("value_last"));
                }, args.toArray());
    }

    /** The engineering unit a bundled device template gives a signal, or null. */
    private static String unitOf(String template, String signal) {
        DeviceTemplate t = template == null ? null
                : DefaultTemplates.load().get(template);
        SignalMapping mapping = t == null ? null : t.signals().get(signal);
        return mapping == null ? null : mapping.unit();
    }

    private static String prefix(String code) {
        return (code == null ? "" : code.replace("%", "")) + "%";
    }

    private static String actor() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null ? AuditTrail.SYSTEM : a.getName();
    }

    private static StateInterval interval(ResultSet rs, int n) throws SQLException {
        return new StateInterval(rs.getLong("id"), rs.getString("equipment_code"), rs.getString("station_code"),
                AvailabilityState.valueOf(rs.getString("state")), rs.getString("device_state"),
                instant(rs, "started_at"), instant(rs, "ended_at"), rs.getString("reason_code"),
                rs.getString("classified_by"), rs.getString("note"));
    }

    private static Alarm alarm(ResultSet rs, int n) throws SQLException {
        return new Alarm(rs.getLong("id"), rs.getString("equipment_code"), rs.getString("station_code"),
                rs.getString("alarm_code"), rs.getString("message"), rs.getInt("severity"), instant(rs, "raised_at"),
                instant(rs, "cleared_at"), rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.time.OffsetDateTime t = rs.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
