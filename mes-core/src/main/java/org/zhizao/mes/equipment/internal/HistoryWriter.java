package org.zhizao.mes.equipment.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.execution.MachineJobs;
import org.zhizao.mes.execution.OperationView;

/**
 * Stores what ingestion saw, in one transaction per batch: state intervals, counts (credited to the
 * operation running on the station, in the same transaction), the counter readings they came from,
 * alarms, energy and downsampled signals. A failed batch is given back and tried again with the next.
 */
@Component
class HistoryWriter {

    private static final Logger log = LoggerFactory.getLogger(HistoryWriter.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final MachineJobs jobs;
    private final AuditTrail audit;
    private final AtomicLong partsStored = new AtomicLong();

    HistoryWriter(JdbcTemplate jdbc, TransactionTemplate tx, MachineJobs jobs, AuditTrail audit) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.jobs = jobs;
        this.audit = audit;
    }

    /** Parts stored since start (produced, good and scrap). */
    long partsStored() {
        return partsStored.get();
    }

    /** Stores everything pending; returns false if it failed (and will be tried again). */
    boolean flush(PendingWrites pending) {
        PendingWrites.Batch batch = pending.take();
        if (batch.isEmpty()) {
            return true;
        }
        try {
            long parts = tx.execute(status -> write(batch));
            partsStored.addAndGet(parts);
            return true;
        } catch (RuntimeException e) {
            log.warn("Storing equipment history failed, will retry: {}", e.toString());
            pending.giveBack(batch);
            return false;
        }
    }

    /** Closes intervals left open by a previous run of the server, at the given time. */
    void closeOpenIntervals(Instant at) {
        tx.executeWithoutResult(s -> {
            jdbc.update("UPDATE equipment_state_interval SET ended_at = ? WHERE ended_at IS NULL", ts(at));
            jdbc.update("UPDATE equipment_alarm SET cleared_at = ? WHERE cleared_at IS NULL", ts(at));
        });
    }

    private long write(PendingWrites.Batch b) {
        for (PendingWrites.StateChange s : b.states) {
            jdbc.update("UPDATE equipment_state_interval SET ended_at = ? WHERE equipment_code = ? AND ended_at IS NULL",
                    ts(s.at()), s.device());
            jdbc.update("INSERT INTO equipment_state_interval (equipment_code, station_code, state, device_state,"
                    + " started_at) VALUES (?, ?, ?, ?, ?)", s.device(), s.station(), s.state().name(),
                    truncate(s.deviceState(), 80), ts(s.at()));
        }
        long parts = 0;
        for (PendingWrites.Counts c : b.counts.values()) {
            parts += counts(c);
        }
        for (PendingWrites.AlarmChange a : b.alarms) {
            if (a.raised()) {
                jdbc.update("INSERT INTO equipment_alarm (equipment_code, station_code, alarm_code, message, severity,"
                        + " raised_at, version) VALUES (?, ?, ?, ?, ?, ?, 0)", a.device(), a.station(),
                        truncate(a.alarm().code, 60), truncate(a.alarm().message, 500), a.alarm().severity, ts(a.at()));
            } else {
                jdbc.update("UPDATE equipment_alarm SET cleared_at = ? WHERE equipment_code = ? AND cleared_at IS NULL",
                        ts(a.at()), a.device());
            }
        }
        b.energy.forEach((k, kwh) -> {
            int updated = jdbc.update("UPDATE equipment_energy SET kwh = kwh + ? WHERE equipment_code = ?"
                    + " AND bucket_start = ?", kwh, k.device(), ts(k.minute()));
            if (updated == 0) {
                jdbc.update("INSERT INTO equipment_energy (equipment_code, station_code, bucket_start, kwh)"
                        + " VALUES (?, ?, ?, ?)", k.device(), k.station(), ts(k.minute()), kwh);
            }
        });
        if (!b.samples.isEmpty()) {
            List<Object[]> rows = new ArrayList<>();
            for (PendingWrites.Sample s : b.samples) {
                rows.add(new Object[] {s.device(), s.signal(), ts(s.minute()), s.samples(), s.min(), s.max(), s.avg(),
                        s.last()});
            }
            jdbc.batchUpdate("INSERT INTO signal_sample (equipment_code, signal_name, bucket_start, samples, value_min,"
                    + " value_max, value_avg, value_last) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
        return parts;
    }

    private long counts(PendingWrites.Counts c) {
        if (c.produced > 0 || c.scrap > 0) {
            long good = c.produced - c.scrap;
            String operation = null;
            if (good >= 0 && c.station != null) {
                Optional<OperationView> credited = jobs.credit(c.station, c.job, (int) good, (int) c.scrap, c.device);
                operation = credited.map(OperationView::code).orElse(null);
            }
            jdbc.update("INSERT INTO equipment_count (equipment_code, station_code, operation_code, good, scrap,"
                    + " counted_at) VALUES (?, ?, ?, ?, ?, ?)", c.device, c.station, operation, (int) good,
                    (int) c.scrap, ts(c.last));
        }
        c.readings.forEach((signal, r) -> {
            int updated = jdbc.update("UPDATE equipment_counter_reading SET last_value = ?, bits = ?, read_at = ?"
                    + " WHERE equipment_code = ? AND signal_name = ?", r[0], (int) r[1], ts(c.last), c.device, signal);
            if (updated == 0) {
                jdbc.update("INSERT INTO equipment_counter_reading (equipment_code, signal_name, last_value, bits,"
                        + " read_at) VALUES (?, ?, ?, ?, ?)", c.device, signal, r[0], (int) r[1], ts(c.last));
            }
        });
        return c.produced;
    }

    /** Writes a command sent to a device and its result to the audit trail. */
    void auditCommand(String device, String command, Long orderId, String detail, boolean succeeded, String status) {
        tx.executeWithoutResult(s -> audit.record(new AuditRecord("EQUIPMENT", device, orderId, "COMMAND",
                null, succeeded ? "SUCCEEDED" : "FAILED", truncate(command + ": " + detail + " → " + status, 500))));
    }

    /** A time as JDBC 4.2 passes TIMESTAMP WITH TIME ZONE to H2 and PostgreSQL alike. */
    static OffsetDateTime ts(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
